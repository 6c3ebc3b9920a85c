import { Badge, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import type { TimelineRow } from './timeline-layout';
import { useActionText } from './useActionText';

/** Badge colours of the action statuses, as on the timeline. */
const STATUS_COLORS = { not_started: 'gray', in_progress: 'blue', done: 'teal', blocked: 'red' } as const;

/** The timeline's information as a table: every action with its phase, dates, status, progress and what it depends on. */
export function ActionsTable({ rows, label }: { rows: readonly TimelineRow[]; label: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const text = useActionText();
  const actions = rows.flatMap((row) => (row.kind === 'action' ? [row] : []));
  const titles = new Map(actions.map((row) => [row.action.id, row.action.title]));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('planItems.timeline.columns.action')}</Table.Th>
            <Table.Th scope="col">{t('planItems.timeline.columns.phase')}</Table.Th>
            <Table.Th scope="col">{t('planItems.timeline.columns.start')}</Table.Th>
            <Table.Th scope="col">{t('planItems.timeline.columns.due')}</Table.Th>
            <Table.Th scope="col">{t('planItems.timeline.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('planItems.timeline.columns.progress')}</Table.Th>
            <Table.Th scope="col">{t('planItems.timeline.columns.dependsOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map(({ action, phaseName }) => (
            <Table.Tr key={action.id}>
              <Table.Th scope="row" fw={500}>
                <Group gap={6}>
                  {action.title}
                  {action.milestone && (
                    <Badge size="sm" variant="outline" tt="none">
                      {t('planItems.timeline.milestone')}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>{phaseName}</Table.Td>
              <Table.Td>{action.startDate === null ? '—' : date(action.startDate)}</Table.Td>
              <Table.Td>{action.dueDate === null ? '—' : date(action.dueDate)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <Badge color={STATUS_COLORS[action.status]} variant="light" tt="none">
                    {text.status(action)}
                  </Badge>
                  {action.overdue && (
                    <Badge color="red" variant="filled" tt="none">
                      {t('planItems.timeline.overdueBadge')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{`${action.progress}%`}</Table.Td>
              <Table.Td>{action.dependsOn.length === 0 ? '—' : action.dependsOn.map((id) => titles.get(id) ?? id).join('; ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
