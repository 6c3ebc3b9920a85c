import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useIndicatorText } from './useIndicatorText';

/** A column of a month table: its heading and the cell of each month. */
export type MonthColumn<Row> = { key: string; header: ReactNode; cell: (row: Row) => string };

/**
 * Months down, values across, captioned (the caption names the table for a screen reader and a
 * test). `head` replaces the single heading row, for grouped columns.
 */
export function MonthTable<Row extends { month: string }>({
  caption,
  rows,
  columns,
  head,
  foot,
}: {
  caption: string;
  rows: readonly Row[];
  columns: readonly MonthColumn<Row>[];
  head?: ReactNode;
  foot?: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  return (
    <Table.ScrollContainer minWidth={Math.max(320, 140 + columns.length * 110)}>
      <Table withTableBorder tabularNums captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          {head ?? (
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.table.month')}</Table.Th>
              {columns.map((column) => (
                <Table.Th key={column.key} scope="col" ta="right">
                  {column.header}
                </Table.Th>
              ))}
            </Table.Tr>
          )}
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.month}>
              <Table.Th scope="row" fw="normal">
                {text.month(row.month)}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.key} ta="right">
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {foot !== undefined && <Table.Tfoot>{foot}</Table.Tfoot>}
      </Table>
    </Table.ScrollContainer>
  );
}
