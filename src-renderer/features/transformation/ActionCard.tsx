import { Badge, Button, Group, List, Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { downloadBase64 } from '../resident/case-file-download';
import { useDateText } from '../resident/useDateText';
import type { PlanAction, PlanPermissions } from './plan-form';
import { ACTION_STATUS_COLORS } from './plan-form';

/** What an action's buttons open. */
export type ActionDialog = 'edit' | 'progress' | 'note' | 'file' | 'remove';

/**
 * One action of a phase: title with its marks (status, milestone, overdue), owner and dates, the
 * actions it waits for, its progress, its evidence (notes, files to open). Each button's accessible
 * name carries the action's title, so a screen reader says whose it is.
 */
export function ActionCard({
  action,
  titles,
  permissions,
  onOpen,
}: {
  action: PlanAction;
  /** Titles of the plan's actions by id, to name the dependencies. */
  titles: ReadonlyMap<string, string>;
  permissions: PlanPermissions;
  onOpen: (dialog: ActionDialog, action: PlanAction) => void;
}) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const title = action.title;
  const facts = [
    action.owner === null ? null : t('transformation.action.ownerValue', { owner: action.owner }),
    action.startDate === null ? null : t('transformation.action.startValue', { date: date(action.startDate) }),
    action.dueDate === null ? null : t('transformation.action.dueValue', { date: date(action.dueDate) }),
    action.doneDate === null ? null : t('transformation.action.doneValue', { date: date(action.doneDate) }),
  ].filter((fact): fact is string => fact !== null);
  const dependencies = action.dependsOn.map((id) => titles.get(id) ?? t('transformation.action.unknownAction'));
  return (
    <Paper withBorder p="sm" radius="sm" component="article" aria-label={title}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{title}</Text>
          <Badge color={ACTION_STATUS_COLORS[action.status]} variant="light" tt="none">
            {t(`transformation.actionStatus.${action.status}`)}
          </Badge>
          {action.milestone && (
            <Badge color="grape" variant="outline" tt="none">
              {t('transformation.action.milestone')}
            </Badge>
          )}
          {action.overdue && (
            <Badge color="red" variant="filled" tt="none">
              {t('transformation.action.overdue')}
            </Badge>
          )}
        </Group>
        {facts.length > 0 && (
          <Text size="sm" c="dimmed">
            {facts.join(' · ')}
          </Text>
        )}
        {dependencies.length > 0 && <Text size="sm">{t('transformation.action.dependsOnValue', { titles: dependencies.join('; ') })}</Text>}
        <Group gap="sm" wrap="nowrap" maw={360}>
          <Progress
            value={action.progress}
            size="sm"
            color={action.status === 'done' ? 'teal' : 'blue'}
            style={{ flex: 1 }}
            aria-label={t('transformation.action.progressOf', { title, percent: action.progress })}
          />
          <Text size="sm">{t('transformation.percent', { value: action.progress })}</Text>
        </Group>
        <Evidence action={action} />
        <ActionButtons action={action} permissions={permissions} onOpen={onOpen} />
      </Stack>
    </Paper>
  );
}

function ActionButtons({ action, permissions, onOpen }: { action: PlanAction; permissions: PlanPermissions; onOpen: (dialog: ActionDialog, action: PlanAction) => void }) {
  const { t } = useTranslation();
  const title = action.title;
  const button = (dialog: ActionDialog, label: string, name: string) => (
    <Button size="compact-sm" variant="light" color={dialog === 'remove' ? 'red' : undefined} aria-label={name} onClick={() => onOpen(dialog, action)}>
      {label}
    </Button>
  );
  if (!permissions.edit && !permissions.track) {
    return null;
  }
  return (
    <Group gap="xs">
      {permissions.track && button('progress', t('transformation.action.progress'), t('transformation.action.progressFor', { title }))}
      {permissions.track && button('note', t('transformation.evidence.addNote'), t('transformation.evidence.addNoteFor', { title }))}
      {permissions.track && button('file', t('transformation.evidence.addFile'), t('transformation.evidence.addFileFor', { title }))}
      {permissions.edit && button('edit', t('transformation.action.edit'), t('transformation.action.editOf', { title }))}
      {permissions.edit && button('remove', t('transformation.action.remove'), t('transformation.action.removeOf', { title }))}
    </Group>
  );
}

/** The action's evidence, oldest first: dated notes and files (anyone may open a file). */
function Evidence({ action }: { action: PlanAction }) {
  const { t } = useTranslation();
  const { date, dateTime } = useDateText();
  const open = useProcedureMutation('transformation.getEvidenceFile');
  if (action.notes.length === 0 && action.files.length === 0) {
    return null;
  }
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('transformation.evidence.title')}
      </Text>
      <List size="sm" spacing={4} aria-label={t('transformation.evidence.of', { title: action.title })}>
        {action.notes.map((note) => (
          <List.Item key={note.id}>
            {t('transformation.evidence.noteLine', { date: date(note.date), text: note.text })}
            {note.authorName !== null && (
              <Text span size="xs" c="dimmed">
                {' '}
                — {note.authorName}
              </Text>
            )}
          </List.Item>
        ))}
        {action.files.map((file) => (
          <List.Item key={file.id}>
            <Group gap="xs" wrap="wrap">
              <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                {file.fileName}
                {file.description === null ? '' : ` — ${file.description}`}
              </Text>
              <Text span size="xs" c="dimmed">
                {dateTime(file.uploadedAt)}
                {file.uploadedByName === null ? '' : `, ${file.uploadedByName}`}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={t('transformation.evidence.openOf', { name: file.fileName })}
                loading={open.isPending && open.variables.id === file.id}
                onClick={() =>
                  open.mutate({ id: file.id }, { onSuccess: ({ file: opened, contentBase64 }) => downloadBase64(opened.fileName, contentBase64, opened.mimeType) })
                }
              >
                {t('transformation.evidence.open')}
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
      <ErrorAlert error={open.error} />
    </Stack>
  );
}
