import { calendarDate } from '@contract/dates';
import type { ProgressNote } from '@contract/notes';
import { noteInputSchema } from '@contract/notes';
import { Blockquote, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import { fieldUnder } from './resident-form';
import { useDateText } from './useDateText';

/** A new note, an edit of a recent one, or a correction of an older one (which stays as written). */
export type NoteDialog = { kind: 'add' } | { kind: 'edit'; note: ProgressNote } | { kind: 'correct'; note: ProgressNote };

const NOTE_CHANGE_REFRESH = ['notes.list', 'audit.list'] as const;

type NoteValues = { date: string; domainCode: string | null; text: string };

export function NoteModal({ dialog, residentId, opened, onClose }: { dialog: NoteDialog; residentId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const title =
    dialog.kind === 'add'
      ? t('resident.notes.addTitle')
      : dialog.kind === 'edit'
        ? t('resident.notes.editTitle')
        : t('resident.notes.correctTitle', { date: date(dialog.note.date) });
  return (
    <Modal opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('resident.actions.close') }} size="lg">
      <NoteForm key={dialog.kind === 'add' ? 'add' : `${dialog.kind}-${dialog.note.id}`} dialog={dialog} residentId={residentId} onDone={onClose} />
    </Modal>
  );
}

function initialValues(dialog: NoteDialog): NoteValues {
  const today = calendarDate(new Date());
  switch (dialog.kind) {
    case 'add':
      return { date: today, domainCode: null, text: '' };
    case 'edit':
      return { date: dialog.note.date, domainCode: dialog.note.domainCode, text: dialog.note.text };
    case 'correct':
      return { date: today, domainCode: dialog.note.domainCode, text: '' };
  }
}

function NoteForm({ dialog, residentId, onDone }: { dialog: NoteDialog; residentId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<NoteValues, typeof noteInputSchema>({
    schema: noteInputSchema,
    initialValues: initialValues(dialog),
    fieldOfPath: fieldUnder('note.'),
  });
  const add = useProcedureMutation('notes.add', NOTE_CHANGE_REFRESH);
  const edit = useProcedureMutation('notes.edit', NOTE_CHANGE_REFRESH);
  const save = dialog.kind === 'edit' ? edit : add;
  const { values } = form;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        const options = {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('resident.notes.saved') });
            onDone();
          },
          onError: (error: unknown) => form.showFailure(error),
        };
        if (dialog.kind === 'edit') {
          edit.mutate({ id: dialog.note.id, note: valid }, options);
        } else {
          add.mutate({ residentId, note: valid, correctsNoteId: dialog.kind === 'correct' ? dialog.note.id : null }, options);
        }
      }}
    >
      <Stack gap="md">
        {dialog.kind === 'correct' && (
          <div>
            <Text size="sm" c="dimmed">
              {t('resident.notes.correctExplain')}
            </Text>
            <Blockquote p="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {dialog.note.text}
            </Blockquote>
          </div>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('resident.notes.date')}
            type="date"
            required
            value={values.date}
            onChange={(event) => form.setValue('date', event.currentTarget.value)}
            error={form.error('date')}
          />
          <ReferenceSelect
            kind="note_domain"
            label={t('resident.notes.domain')}
            required
            value={values.domainCode}
            onChange={(code) => form.setValue('domainCode', code)}
            error={form.error('domainCode')}
          />
        </SimpleGrid>
        <Textarea
          label={dialog.kind === 'correct' ? t('resident.notes.correctionText') : t('resident.notes.text')}
          required
          value={values.text}
          onChange={(event) => form.setValue('text', event.currentTarget.value)}
          error={form.error('text')}
          rows={5}
          resize="vertical"
          data-autofocus
        />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('resident.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
