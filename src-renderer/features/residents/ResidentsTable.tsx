import type { ResidenceStatus, ResidentSummary } from '@contract/residents';
import { Anchor, Badge, Box, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { useShownName } from '../../components/useShownName';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { formatCalendarDate } from './calendar-date';
import type { ResidentColumnId } from './resident-columns';
import { residentColumns } from './resident-columns';
import type { ResidentSort, ResidentSortKey } from './resident-filter';

/** Every row has the same height, so the scroll height is known without measuring rows. */
export const ROW_HEIGHT = 44;
/** Width of the name column when the table is narrower than its columns (it then scrolls sideways). */
const NAME_MIN_WIDTH = 220;
/** Rows rendered beyond the visible ones, so scrolling and tabbing never meet an empty edge. */
const OVERSCAN = 12;

/** Marked when a list answer's rows are first in the page (see DATA_MARK for where it starts). */
export const ROWS_MARK = 'korpu:residents-rows';
/** Answers whose rows were marked: once per answer, even when the page is opened again from cache. */
const markedAnswers = new WeakSet<object>();

const statusColors: Record<ResidenceStatus, string> = { in_residence: 'teal', temporarily_absent: 'yellow', exited: 'gray' };

/** A cell with nothing recorded: a dash to the eye, words to a screen reader. */
function NotGiven() {
  const { t } = useTranslation();
  return (
    <>
      <Text span c="dimmed" aria-hidden>
        —
      </Text>
      <VisuallyHidden>{t('common.notGiven')}</VisuallyHidden>
    </>
  );
}

/** Text that may not fit its column: cut with an ellipsis, shown whole on hover. */
function Truncated({ text }: { text: string }) {
  return <span title={text}>{text}</span>;
}

const cellStyle = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/**
 * The residents as a real table (header, rows, row headers) of which only the visible rows are in
 * the page: 10,000 children scroll as smoothly as ten. Spacer rows above and below stand in for the
 * rest; `aria-rowcount` and `aria-rowindex` tell a screen reader how long the list really is.
 * Each child's name links to the record; a click anywhere else on the row opens it too.
 */
export const ResidentsTable = memo(function ResidentsTable({
  rows,
  answer,
  columns,
  sort,
  onSort,
  scrollResetKey,
}: {
  rows: readonly ResidentSummary[];
  /** The list answer the rows come from: its first render with rows is marked for the benchmark. */
  answer: object;
  columns: readonly ResidentColumnId[];
  sort: ResidentSort;
  onSort: (by: ResidentSortKey) => void;
  /** Changes when the search, filter or order changes: the list then starts again from the top. */
  scrollResetKey: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shownName = useShownName();
  const navigate = useNavigate();
  const legalStatusLabel = useReferenceLabel('legal_status');
  const educationLabel = useReferenceLabel('education_type');
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable while the rows are: a new key function makes the virtualizer lay out every row again.
  const itemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  // No React Compiler in this build, and the virtualizer's functions are only called during render.
  // eslint-disable-next-line react-hooks/incompatible-library -- see the line above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: itemKey,
    overscan: OVERSCAN,
    // The size assumed until the container is first measured, so the first render already has rows.
    initialRect: { width: 1000, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const hasRows = items.length > 0;

  useLayoutEffect(() => {
    if (hasRows && !markedAnswers.has(answer)) {
      markedAnswers.add(answer);
      performance.mark(ROWS_MARK);
    }
  }, [answer, hasRows]);

  useEffect(() => {
    if (scrollRef.current !== null) {
      scrollRef.current.scrollTop = 0;
    }
  }, [scrollResetKey]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = hasRows ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const minWidth = columns.reduce((sum, id) => sum + (residentColumns[id].width ?? NAME_MIN_WIDTH), 0);

  const cell = (id: ResidentColumnId, row: ResidentSummary): ReactNode => {
    switch (id) {
      case 'name':
        return (
          <Anchor component={Link} to={`/residents/${row.id}`} fz="sm" fw={500} c="inherit">
            {shownName(row)}
          </Anchor>
        );
      case 'birthDate':
        return formatCalendarDate(row.birthDate, language);
      case 'age':
        return row.age;
      case 'sex':
        return t(`residentEnums.sex.${row.sex}`);
      case 'status':
        return (
          <Badge color={statusColors[row.status]} variant="light" tt="none">
            {t(`residentEnums.status.${row.status}`)}
          </Badge>
        );
      case 'legalStatus':
        return <Truncated text={legalStatusLabel(row.legalStatusCode)} />;
      case 'disability':
        return t(`residentEnums.disabilityStatus.${row.disability ? 'disability' : 'none'}`);
      case 'education':
        return row.educationTypeCode === null ? <NotGiven /> : <Truncated text={educationLabel(row.educationTypeCode)} />;
      case 'fin':
        return row.fin ?? <NotGiven />;
      case 'birthCertificate':
        return row.birthCertificate ?? <NotGiven />;
      case 'admissionDate':
        return formatCalendarDate(row.admissionDate, language);
    }
  };

  // The link handles its own clicks; a click that ends a text selection (copying a FİN) is no "open".
  const openRow = (event: MouseEvent, id: string) => {
    const target = event.target as Element;
    if (target.closest('a') !== null || (window.getSelection()?.toString() ?? '') !== '') {
      return;
    }
    void navigate(`/residents/${id}`);
  };

  return (
    <Box
      ref={scrollRef}
      role="region"
      aria-label={t('residents.tableLabel')}
      // Scrollable, so reachable by keyboard (arrow keys and Page Down then scroll it).
      tabIndex={0}
      style={{
        height: 'max(360px, calc(100dvh - 520px))',
        overflow: 'auto',
        // Rows reached by Tab are scrolled into view below the sticky header, not under it.
        scrollPaddingTop: ROW_HEIGHT,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      <Table
        layout="fixed"
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        miw={minWidth}
        aria-label={t('residents.title')}
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          {columns.map((id) => (
            <col key={id} style={{ width: residentColumns[id].width ?? undefined }} />
          ))}
        </colgroup>
        <Table.Thead style={{ zIndex: 1 }}>
          <Table.Tr aria-rowindex={1}>
            {columns.map((id) => {
              const spec = residentColumns[id];
              const label = t(spec.key);
              const sortBy = spec.sortBy;
              if (sortBy === undefined) {
                return (
                  <Table.Th key={id} scope="col" py={6}>
                    {label}
                  </Table.Th>
                );
              }
              const active = sort.by === sortBy;
              return (
                <Table.Th
                  key={id}
                  scope="col"
                  py={6}
                  aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <UnstyledButton onClick={() => onSort(sortBy)} fw={700} fz="sm" style={{ display: 'inline-flex', gap: 4 }}>
                    {label}
                    <Text span aria-hidden c={active ? undefined : 'dimmed'} fz="xs">
                      {active && sort.descending ? '▼' : '▲'}
                    </Text>
                  </UnstyledButton>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {paddingTop > 0 && (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) {
              return null;
            }
            return (
              <Table.Tr
                key={item.key}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT, cursor: 'pointer' }}
                onClick={(event) => openRow(event, row.id)}
              >
                {columns.map((id) =>
                  id === 'name' ? (
                    <Table.Th key={id} scope="row" fw="normal" style={cellStyle}>
                      {cell(id, row)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={id} style={cellStyle}>
                      {cell(id, row)}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </Box>
  );
});
