import { calendarDate } from '@contract/dates';
import type { TransformationPlan } from '@contract/transformation-views';
import { Box, Group, Stack, Switch, Text } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ActionsTable } from './ActionsTable';
import { GanttChart, STATUS_STYLE } from './GanttChart';
import { monthScale, timelineRows } from './timeline-layout';
import { useActionText } from './useActionText';

/**
 * The plan's actions on a timeline, grouped by phase (a Gantt-like chart), or the same as a table.
 * Read-only: actions are planned and tracked elsewhere on the plan page.
 */
export function ActionsTimeline({ plan }: { plan: TransformationPlan }) {
  const { t } = useTranslation();
  const text = useActionText();
  const [asTable, setAsTable] = useState(false);
  const [today] = useState(() => calendarDate(new Date()));
  const rows = useMemo(() => timelineRows(plan.phases, text.phaseName), [plan.phases, text.phaseName]);
  const actions = useMemo(() => plan.phases.flatMap((phase) => phase.actions), [plan.phases]);
  const scale = useMemo(() => monthScale(plan, actions), [plan, actions]);
  const label = t('planItems.timeline.label');
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {t('planItems.timeline.intro')}
        </Text>
        <Switch label={t('planItems.timeline.showTable')} checked={asTable} onChange={(event) => setAsTable(event.currentTarget.checked)} />
      </Group>
      {actions.length === 0 ? (
        <Text c="dimmed">{t('planItems.timeline.empty')}</Text>
      ) : asTable ? (
        <ActionsTable rows={rows} label={label} />
      ) : (
        <>
          <Box style={{ overflowX: 'auto' }}>
            <GanttChart rows={rows} scale={scale} today={today} label={label} />
          </Box>
          <Legend />
        </>
      )}
    </Stack>
  );
}

/** What the colours and marks mean (the chart never relies on colour alone: patterns, marks and each bar's sentence). */
function Legend() {
  const { t } = useTranslation();
  const hatchId = `legend-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const swatch = (fill: string, stroke: string, dashed = false) => (
    <svg width={22} height={12} aria-hidden="true">
      <rect x={1} y={1} width={20} height={10} rx={2} strokeDasharray={dashed ? '4 2' : undefined} style={{ fill, stroke }} />
    </svg>
  );
  const hatched = (
    <svg width={22} height={12} aria-hidden="true">
      <defs>
        <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} style={{ fill: STATUS_STYLE.blocked.fill }} />
          <line x1={0} y1={0} x2={0} y2={6} strokeWidth={3} style={{ stroke: STATUS_STYLE.blocked.progress }} />
        </pattern>
      </defs>
      <rect x={1} y={1} width={20} height={10} rx={2} style={{ fill: `url(#${hatchId})`, stroke: STATUS_STYLE.blocked.stroke }} />
    </svg>
  );
  const items = [
    { key: 'not_started', mark: swatch(STATUS_STYLE.not_started.fill, STATUS_STYLE.not_started.stroke, true), label: t('planItems.actionStatus.not_started') },
    { key: 'in_progress', mark: swatch(STATUS_STYLE.in_progress.progress, STATUS_STYLE.in_progress.stroke), label: t('planItems.actionStatus.in_progress') },
    { key: 'done', mark: swatch(STATUS_STYLE.done.progress, STATUS_STYLE.done.stroke), label: t('planItems.actionStatus.done') },
    { key: 'blocked', mark: hatched, label: t('planItems.legend.blocked') },
    {
      key: 'milestone',
      mark: (
        <svg width={14} height={14} aria-hidden="true">
          <path d="M7,1 L13,7 L7,13 L1,7 Z" style={{ fill: 'var(--mantine-color-gray-3)', stroke: 'var(--mantine-color-gray-7)' }} />
        </svg>
      ),
      label: t('planItems.timeline.milestone'),
    },
    { key: 'overdue', mark: swatch('transparent', 'var(--mantine-color-red-7)'), label: t('planItems.legend.overdue') },
    {
      key: 'today',
      mark: (
        <svg width={12} height={14} aria-hidden="true">
          <line x1={6} x2={6} y1={0} y2={14} strokeWidth={2} strokeDasharray="4 3" style={{ stroke: 'var(--mantine-color-red-7)' }} />
        </svg>
      ),
      label: t('planItems.timeline.today'),
    },
  ];
  return (
    <Group component="ul" gap="md" aria-label={t('planItems.legend.label')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Group component="li" key={item.key} gap={6} wrap="nowrap">
          {item.mark}
          <Text size="xs">{item.label}</Text>
        </Group>
      ))}
    </Group>
  );
}
