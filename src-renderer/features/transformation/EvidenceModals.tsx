import { calendarDate } from '@contract/dates';
import { addEvidenceNoteInputSchema } from '@contract/transformation';
import { Input, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { ACCEPTED_FILES, fileProblem, readFileAsBase64 } from '../resident/file-upload';
import { FormFooter, FormModal } from './FormParts';
import type { PlanAction } from './plan-form';
import { PLAN_TRACK_REFRESH } from './plan-form';

type NoteValues = { date: string; text: string };

const isNoteField = (path: string) => path === 'date' || path === 'text';

/** A dated note of what was done for an action. */
export function EvidenceNoteModal({ action, opened, session, onClose }: { action: PlanAction | null; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('transformation.evidence.noteTitle')} size="md">
      {action !== null && <NoteForm key={session} action={action} onDone={onClose} />}
    </FormModal>
  );
}

function NoteForm({ action, onDone }: { action: PlanAction; onDone: () => void }) {
  const { t } = useTranslation();
  const [today] = useState(() => calendarDate(new Date()));
  const form = useContractForm<NoteValues, typeof addEvidenceNoteInputSchema>({
    schema: addEvidenceNoteInputSchema,
    initialValues: { date: today, text: '' },
    toInput: (values) => ({ actionId: action.id, ...values }),
    fieldOfPath: (path) => (isNoteField(path) ? path : null),
  });
  const add = useProcedureMutation('transformation.addEvidenceNote', PLAN_TRACK_REFRESH);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        add.mutate(valid, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('transformation.evidence.noteSaved') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {action.title}
        </Text>
        <TextInput
          label={t('transformation.evidence.date')}
          type="date"
          required
          max={today}
          value={form.values.date}
          onChange={(event) => form.setValue('date', event.currentTarget.value)}
          error={form.error('date')}
        />
        <Textarea
          label={t('transformation.evidence.text')}
          required
          value={form.values.text}
          onChange={(event) => form.setValue('text', event.currentTarget.value)}
          error={form.error('text')}
          autosize
          minRows={3}
          data-autofocus
        />
        <FormFooter error={add.error} isField={isNoteField} pending={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

/** A PDF, JPEG or PNG (≤ 20 MB) that shows what was done for an action; the core checks the content. */
export function EvidenceFileModal({ action, opened, session, onClose }: { action: PlanAction | null; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('transformation.evidence.fileTitle')} size="md">
      {action !== null && <FileForm key={session} action={action} onDone={onClose} />}
    </FormModal>
  );
}

function FileForm({ action, onDone }: { action: PlanAction; onDone: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const add = useProcedureMutation('transformation.addEvidenceFile', PLAN_TRACK_REFRESH);
  // The core's problems with the content (empty, not base64) are the file's; with the name too.
  const issue = add.error?.code === 'VALIDATION_FAILED' ? add.error.issues.find((found) => found.path !== 'description') : undefined;
  const fileError = problem !== null ? t(problem) : issue === undefined ? undefined : t(issue.message, issue.params ?? {});

  const submit = async () => {
    if (file === null) {
      setProblem('transformation.evidence.chooseFile');
      return;
    }
    if (problem !== null) {
      return;
    }
    setReading(true);
    try {
      const contentBase64 = await readFileAsBase64(file);
      add.mutate(
        { actionId: action.id, fileName: file.name, description, contentBase64 },
        {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('transformation.evidence.fileSaved', { name: file.name }) });
            onDone();
          },
        },
      );
    } catch {
      setProblem('transformation.evidence.unreadable');
    } finally {
      setReading(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {action.title}
        </Text>
        <Input.Wrapper id={inputId} label={t('transformation.evidence.file')} description={t('transformation.evidence.fileHint')} required error={fileError}>
          <input
            id={inputId}
            type="file"
            accept={ACCEPTED_FILES}
            aria-invalid={fileError !== undefined}
            // The wrapper names its error and hint after the input's id; the native input is linked by hand.
            aria-describedby={fileError === undefined ? `${inputId}-description` : `${inputId}-error ${inputId}-description`}
            onChange={(event) => {
              const chosen = event.currentTarget.files?.[0] ?? null;
              setFile(chosen);
              setProblem(chosen === null ? null : fileProblem(chosen));
              add.reset();
            }}
            style={{ display: 'block', marginTop: 6 }}
          />
        </Input.Wrapper>
        <TextInput
          label={t('transformation.evidence.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autoComplete="off"
        />
        <FormFooter
          error={add.error}
          isField={(path) => issue !== undefined && path === issue.path}
          pending={add.isPending || reading}
          onCancel={onDone}
          submitLabel={t('transformation.evidence.upload')}
        />
      </Stack>
    </form>
  );
}
