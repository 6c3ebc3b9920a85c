import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One read-only value with its label; null, '' and [] show as "not given". */
export type FieldRow = { label: string; value: ReactNode };

function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Values of a section as a description list (term and value), the way a reader scans a record. */
export function FieldList({ rows, labelWidth = 220 }: { rows: readonly FieldRow[]; labelWidth?: number }) {
  const { t } = useTranslation();
  return (
    <DataList labelWidth={labelWidth} withDivider>
      {rows.map((row) => (
        <DataList.Item key={row.label}>
          <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
          <DataList.ItemValue style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {isEmpty(row.value) ? (
              <Text span size="sm" c="dimmed" fs="italic">
                {t('common.notGiven')}
              </Text>
            ) : (
              row.value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
