import type { attachmentKinds } from '@contract/attachments';
import { Alert, Button, Group, Input, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ACCEPTED_FILES, fileProblem, isImageType, readFileAsBase64 } from './file-upload';

type Kind = (typeof attachmentKinds)[number];

const FILE_CHANGE_REFRESH = ['attachments.list', 'audit.list'] as const;

/** Attaching a PDF, JPEG or PNG to the record, as a document or a photo, with a description. */
export function AddFileModal({ residentId, opened, onClose }: { residentId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('resident.files.addTitle')} closeButtonProps={{ 'aria-label': t('resident.actions.close') }}>
      <AddFileForm residentId={residentId} onDone={onClose} />
    </Modal>
  );
}

function AddFileForm({ residentId, onDone }: { residentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<Kind>('document');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const add = useProcedureMutation('attachments.add', FILE_CHANGE_REFRESH);
  const firstIssue = add.error?.code === 'VALIDATION_FAILED' ? add.error.issues[0] : undefined;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setProblem(chosen === null ? null : fileProblem(chosen));
    if (chosen !== null) {
      setKind(isImageType(chosen.type) ? 'photo' : 'document');
    }
  };

  const submit = async () => {
    if (file === null) {
      setProblem('resident.files.chooseFile');
      return;
    }
    if (problem !== null) {
      return;
    }
    setReading(true);
    try {
      const contentBase64 = await readFileAsBase64(file);
      add.mutate(
        { residentId, kind, fileName: file.name, description, contentBase64 },
        {
          onSuccess: (attachment) => {
            notifications.show({ color: 'teal', message: t('resident.files.added', { name: attachment.fileName }) });
            onDone();
          },
        },
      );
    } catch {
      setProblem('resident.files.unreadable');
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
        <Input.Wrapper
          id={inputId}
          label={t('resident.files.file')}
          description={t('resident.files.fileHint')}
          required
          error={problem === null ? undefined : t(problem)}
        >
          <input
            id={inputId}
            type="file"
            accept={ACCEPTED_FILES}
            aria-invalid={problem !== null}
            onChange={(event) => choose(event.currentTarget.files?.[0] ?? null)}
            style={{ display: 'block', marginTop: 6 }}
          />
        </Input.Wrapper>
        <Radio.Group label={t('resident.files.kind')} value={kind} onChange={(value) => setKind(value)}>
          <Group gap="lg" mt={8}>
            <Radio value="document" label={t('resident.files.kinds.document')} />
            <Radio value="photo" label={t('resident.files.kinds.photo')} />
          </Group>
        </Radio.Group>
        <TextInput
          label={t('resident.files.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autoComplete="off"
        />
        {firstIssue !== undefined && (
          <Alert color="red" role="alert">
            {t(firstIssue.message, firstIssue.params ?? {})}
          </Alert>
        )}
        {add.error !== null && add.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={add.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={add.isPending || reading}>
            {t('resident.actions.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending || reading}>
            {t('resident.files.upload')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
