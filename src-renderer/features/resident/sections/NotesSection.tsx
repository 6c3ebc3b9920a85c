import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ProgressNote } from '@contract/notes';
import { Badge, Box, Button, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useReferenceLabel } from '../../institution/useReferenceLabel';
import type { NoteThread } from '../note-threads';
import { isEditable, noteThreads } from '../note-threads';
import type { NoteDialog } from '../NoteModal';
import { NoteModal } from '../NoteModal';
import { SectionFrame } from '../SectionFrame';
import { useDateText } from '../useDateText';

type Permissions = { canAdd: boolean; canEdit: boolean; now: Date };

/**
 * Progress notes, newest first. A note can be edited by its author for a day; after that it stays
 * as written and takes corrections, shown under it.
 */
export function NotesSection({ residentId, role }: { residentId: string; role: Role }) {
  const { t } = useTranslation();
  const notes = useProcedureQuery('notes.list', { residentId });
  const [dialog, setDialog] = useState<NoteDialog>({ kind: 'add' });
  const [opened, setOpened] = useState(false);
  const open = (next: NoteDialog) => {
    setDialog(next);
    setOpened(true);
  };
  // When the list was read: the edit window is judged against it, not against each render.
  const permissions: Permissions = {
    canAdd: isAllowed('notes.add', role),
    canEdit: isAllowed('notes.edit', role),
    now: new Date(notes.dataUpdatedAt),
  };
  return (
    <SectionFrame
      title={t('resident.tabs.notes')}
      canEdit={false}
      actions={
        permissions.canAdd && (
          <Button size="compact-sm" onClick={() => open({ kind: 'add' })}>
            {t('resident.notes.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={notes.error} />
      {notes.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {notes.data?.length === 0 && <Text c="dimmed">{t('resident.notes.empty')}</Text>}
      <Stack gap="md">
        {noteThreads(notes.data ?? []).map((thread) => (
          <NoteThreadView key={thread.note.id} thread={thread} root={thread.note} permissions={permissions} onOpen={open} />
        ))}
      </Stack>
      <NoteModal dialog={dialog} residentId={residentId} opened={opened} onClose={() => setOpened(false)} />
    </SectionFrame>
  );
}

/** A note and, indented under it, its corrections (a correction always corrects the original). */
function NoteThreadView({
  thread,
  root,
  permissions,
  onOpen,
}: {
  thread: NoteThread;
  root: ProgressNote;
  permissions: Permissions;
  onOpen: (dialog: NoteDialog) => void;
}) {
  return (
    <Stack gap="xs">
      <NoteCard note={thread.note} root={root} permissions={permissions} onOpen={onOpen} />
      {thread.corrections.length > 0 && (
        <Box pl="xl" style={{ borderLeft: '3px solid var(--mantine-color-orange-4)' }}>
          <Stack gap="xs">
            {thread.corrections.map((correction) => (
              <NoteThreadView key={correction.note.id} thread={correction} root={root} permissions={permissions} onOpen={onOpen} />
            ))}
          </Stack>
        </Box>
      )}
    </Stack>
  );
}

function NoteCard({
  note,
  root,
  permissions,
  onOpen,
}: {
  note: ProgressNote;
  root: ProgressNote;
  permissions: Permissions;
  onOpen: (dialog: NoteDialog) => void;
}) {
  const { t } = useTranslation();
  const { date, dateTime } = useDateText();
  const domain = useReferenceLabel('note_domain');
  const editable = isEditable(note, permissions.now);
  const heading = t('resident.notes.noteOf', { date: date(note.date), author: note.authorName });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={heading}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Text fw={600}>{date(note.date)}</Text>
            <Badge variant="light" tt="none">
              {domain(note.domainCode)}
            </Badge>
            {note.correctsNoteId !== null && (
              <Badge color="orange" variant="light" tt="none">
                {t('resident.notes.correction')}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {editable && permissions.canEdit && (
              <>
                <Text size="xs" c="dimmed">
                  {t('resident.notes.editableUntil', { time: dateTime(note.editableUntil ?? '') })}
                </Text>
                <Button size="compact-sm" variant="subtle" aria-label={t('resident.notes.editOf', { note: heading })} onClick={() => onOpen({ kind: 'edit', note })}>
                  {t('resident.section.edit')}
                </Button>
              </>
            )}
            {!editable && permissions.canAdd && (
              <Button
                size="compact-sm"
                variant="subtle"
                aria-label={t('resident.notes.correctOf', { note: heading })}
                onClick={() => onOpen({ kind: 'correct', note: root })}
              >
                {t('resident.notes.addCorrection')}
              </Button>
            )}
          </Group>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {note.text}
        </Text>
        <Text size="xs" c="dimmed">
          {t('resident.notes.byline', { author: note.authorName, time: dateTime(note.createdAt) })}
          {note.editedAt !== null && ` · ${t('resident.notes.edited', { time: dateTime(note.editedAt) })}`}
        </Text>
      </Stack>
    </Paper>
  );
}
