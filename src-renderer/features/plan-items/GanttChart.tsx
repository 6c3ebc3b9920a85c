import type { PlanActionStatus } from '@contract/transformation';
import type { PlanAction } from '@contract/transformation-views';
import type { KeyboardEvent } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/useLanguage';
import type { MonthScale, TimelineRow } from './timeline-layout';
import { actionSpan, dayNumber } from './timeline-layout';
import { useActionText } from './useActionText';

const LABEL_WIDTH = 250;
const ROW = 30;
const BAR = 16;
const HEADER = 44;
const MIN_MONTH = 44;
const MIN_PLOT = 640;
const TEXT = { fill: 'var(--mantine-color-text)' };
const MUTED = { fill: 'var(--mantine-color-dimmed)' };
const GRID = { stroke: 'var(--mantine-color-default-border)' };
const OVERDUE = 'var(--mantine-color-red-7)';

/** Fill of a bar and of its progress part, by status; not started is outlined dashed, blocked hatched. */
export const STATUS_STYLE: Readonly<Record<PlanActionStatus, { fill: string; progress: string; stroke: string }>> = {
  not_started: { fill: 'var(--mantine-color-gray-1)', progress: 'var(--mantine-color-gray-5)', stroke: 'var(--mantine-color-gray-6)' },
  in_progress: { fill: 'var(--mantine-color-blue-1)', progress: 'var(--mantine-color-blue-6)', stroke: 'var(--mantine-color-blue-7)' },
  done: { fill: 'var(--mantine-color-teal-2)', progress: 'var(--mantine-color-teal-7)', stroke: 'var(--mantine-color-teal-8)' },
  blocked: { fill: 'var(--mantine-color-red-1)', progress: 'var(--mantine-color-red-5)', stroke: 'var(--mantine-color-red-8)' },
};

/** Cuts a label to what fits beside the chart; the whole text is in the row's title and its accessible name. */
function shortened(text: string, characters: number): string {
  return text.length <= characters ? text : `${text.slice(0, characters - 1)}…`;
}

/**
 * The actions on a month scale, drawn as plain SVG: a bar per action from start to due with its
 * progress inside, a diamond for a milestone, overdue ones outlined red with a mark, today's line,
 * arrows from what an action depends on. Each action is focusable and says itself in one sentence;
 * the arrow keys move between actions. The table view has the same information.
 */
export function GanttChart({ rows, scale, today, label }: { rows: readonly TimelineRow[]; scale: MonthScale; today: string; label: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useActionText();
  const hatchId = `gantt-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const arrowId = `${hatchId}-arrow`;
  const [focused, setFocused] = useState<string | null>(null);
  const monthWidth = Math.max(MIN_MONTH, MIN_PLOT / Math.max(1, scale.months.length));
  const plotWidth = monthWidth * scale.months.length;
  const width = LABEL_WIDTH + plotWidth + 16;
  const height = HEADER + rows.length * ROW + 8;
  const span = scale.endDay - scale.firstDay;
  const x = (day: number) => LABEL_WIDTH + ((day - scale.firstDay) / span) * plotWidth;
  const rowTop = (index: number) => HEADER + index * ROW;
  const monthName = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
  const todayDay = dayNumber(today);
  // Where each action's bar starts and ends, for the dependency arrows.
  const placed = new Map<string, { start: number; end: number; y: number }>();
  rows.forEach((row, index) => {
    const where = row.kind === 'action' ? actionSpan(row.action) : null;
    if (row.kind === 'action' && where !== null) {
      placed.set(row.action.id, { start: x(dayNumber(where.from)), end: x(dayNumber(where.to) + 1), y: rowTop(index) + ROW / 2 });
    }
  });
  const moveFocus = (event: KeyboardEvent<SVGSVGElement>) => {
    const bars = [...event.currentTarget.querySelectorAll<SVGGElement>('[data-bar]')];
    const at = bars.findIndex((bar) => bar === event.target);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: bars.length - 1 }[event.key];
    if (at >= 0 && next !== undefined && bars[next] !== undefined) {
      event.preventDefault();
      bars[next].focus();
    }
  };
  return (
    <svg role="group" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontSize={12} onKeyDown={moveFocus} style={{ display: 'block' }}>
      <defs>
        <pattern id={hatchId} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} style={{ fill: STATUS_STYLE.blocked.fill }} />
          <line x1={0} y1={0} x2={0} y2={6} strokeWidth={3} style={{ stroke: STATUS_STYLE.blocked.progress }} />
        </pattern>
        <marker id={arrowId} viewBox="0 0 6 6" refX={6} refY={3} markerWidth={6} markerHeight={6} orient="auto">
          <path d="M0,0 L6,3 L0,6 z" style={{ fill: 'var(--mantine-color-gray-6)' }} />
        </marker>
      </defs>
      <g aria-hidden="true">
        {scale.months.map((month, index) => {
          const left = x(dayNumber(month));
          const date = new Date(`${month}T00:00:00Z`);
          return (
            <g key={month}>
              <line x1={left} x2={left} y1={HEADER - 18} y2={height - 8} style={GRID} />
              {(index === 0 || month.endsWith('-01-01')) && (
                <text x={left + 3} y={14} style={TEXT} fontWeight={600}>
                  {month.slice(0, 4)}
                </text>
              )}
              <text x={left + 3} y={HEADER - 6} style={MUTED}>
                {monthName.format(date)}
              </text>
            </g>
          );
        })}
        <line x1={x(scale.endDay)} x2={x(scale.endDay)} y1={HEADER - 18} y2={height - 8} style={GRID} />
        {rows.flatMap((row) => {
          const to = row.kind === 'action' ? placed.get(row.action.id) : undefined;
          if (row.kind !== 'action' || to === undefined) {
            return [];
          }
          return row.action.dependsOn.flatMap((dependency) => {
            const from = placed.get(dependency);
            if (from === undefined) {
              return [];
            }
            const bend = from.end + 6;
            return [
              <path
                key={`${dependency}-${row.action.id}`}
                d={`M${from.end},${from.y} H${bend} V${to.y} H${to.start - 1}`}
                fill="none"
                strokeWidth={1}
                markerEnd={`url(#${arrowId})`}
                style={{ stroke: 'var(--mantine-color-gray-6)' }}
              />,
            ];
          });
        })}
      </g>
      {rows.map((row, index) => {
        const top = rowTop(index);
        if (row.kind === 'phase') {
          return (
            <text key={`phase-${row.phase.id}`} x={4} y={top + ROW / 2 + 4} style={TEXT} fontWeight={700} aria-hidden="true">
              {shortened(row.name, 34)}
              <title>{row.name}</title>
            </text>
          );
        }
        const { action } = row;
        return (
          <g
            key={action.id}
            data-bar=""
            tabIndex={0}
            role="img"
            aria-label={text.barLabel(action, row.phaseName)}
            onFocus={() => setFocused(action.id)}
            onBlur={() => setFocused(null)}
            style={{ outline: 'none' }}
          >
            <rect
              x={1}
              y={top + 1}
              width={width - 2}
              height={ROW - 2}
              rx={3}
              style={focused === action.id ? { fill: 'var(--mantine-color-blue-0)', stroke: 'var(--mantine-color-blue-7)' } : { fill: 'transparent' }}
              strokeWidth={2}
            />
            <text x={16} y={top + ROW / 2 + 4} style={action.overdue ? { fill: OVERDUE } : TEXT}>
              {shortened(action.title, 34)}
            </text>
            <ActionMark action={action} top={top} x={x} hatchId={hatchId} />
          </g>
        );
      })}
      {todayDay >= scale.firstDay && todayDay < scale.endDay && (
        <g aria-hidden="true">
          <line x1={x(todayDay + 0.5)} x2={x(todayDay + 0.5)} y1={HEADER - 18} y2={height - 8} strokeWidth={2} strokeDasharray="4 3" style={{ stroke: OVERDUE }} />
          <text x={x(todayDay + 0.5) + 3} y={HEADER - 20} style={{ fill: OVERDUE }} fontSize={11}>
            {t('planItems.timeline.today')}
          </text>
        </g>
      )}
    </svg>
  );
}

/** One action's mark on the scale: a bar with its progress, or a milestone's diamond; red with "!" when overdue. */
function ActionMark({ action, top, x, hatchId }: { action: PlanAction; top: number; x: (day: number) => number; hatchId: string }) {
  const { t } = useTranslation();
  const where = actionSpan(action);
  const middle = top + ROW / 2;
  const style = STATUS_STYLE[action.status];
  if (where === null) {
    return (
      <text x={LABEL_WIDTH + 6} y={middle + 4} style={MUTED} fontStyle="italic" aria-hidden="true">
        {t('planItems.timeline.noDates')}
      </text>
    );
  }
  const start = x(dayNumber(where.from));
  const end = Math.max(start + 4, x(dayNumber(where.to) + 1));
  const outline = action.overdue ? { stroke: OVERDUE, strokeWidth: 2 } : { stroke: style.stroke, strokeWidth: 1 };
  const percent = `${action.progress}%`;
  if (action.milestone) {
    const centre = (start + end) / 2;
    const r = BAR / 2 + 2;
    return (
      <g aria-hidden="true">
        <path
          d={`M${centre},${middle - r} L${centre + r},${middle} L${centre},${middle + r} L${centre - r},${middle} Z`}
          style={{ fill: action.status === 'blocked' ? `url(#${hatchId})` : action.status === 'done' ? style.progress : style.fill, ...outline }}
        />
        <text x={centre + r + 4} y={middle + 4} style={action.overdue ? { fill: OVERDUE } : MUTED} fontSize={11}>
          {action.overdue ? `! ${percent}` : percent}
        </text>
      </g>
    );
  }
  const barWidth = end - start;
  const inside = barWidth >= 40;
  return (
    <g aria-hidden="true">
      <rect
        x={start}
        y={middle - BAR / 2}
        width={barWidth}
        height={BAR}
        rx={3}
        strokeDasharray={action.status === 'not_started' ? '4 2' : undefined}
        style={{ fill: action.status === 'blocked' ? `url(#${hatchId})` : style.fill, ...outline }}
      />
      <rect x={start} y={middle - BAR / 2} width={(barWidth * action.progress) / 100} height={BAR} rx={3} style={{ fill: style.progress, opacity: 0.85 }} />
      <text
        x={inside ? start + barWidth / 2 : end + 4}
        y={middle + 4}
        textAnchor={inside ? 'middle' : 'start'}
        fontSize={11}
        fontWeight={600}
        style={inside ? TEXT : MUTED}
        paintOrder="stroke"
        stroke={inside ? 'var(--mantine-color-body)' : undefined}
        strokeWidth={inside ? 3 : undefined}
      >
        {percent}
      </text>
      {action.overdue && (
        <g>
          <circle cx={(inside ? end : end + 34) + 10} cy={middle} r={7} style={{ fill: OVERDUE }} />
          <text x={(inside ? end : end + 34) + 10} y={middle + 4} textAnchor="middle" fontSize={11} fontWeight={700} style={{ fill: 'white' }}>
            !
          </text>
        </g>
      )}
    </g>
  );
}
