import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ResidentColumnId } from './resident-columns';
import { ALWAYS_SHOWN, normaliseColumns, residentColumnIds, residentColumns } from './resident-columns';

/**
 * The "Columns" button and its checkboxes: which columns the list shows. The name is always shown
 * (it carries the link), so its box is ticked and cannot be cleared.
 */
export function ColumnsMenu({
  columns,
  onChange,
}: {
  columns: readonly ResidentColumnId[];
  onChange: (columns: ResidentColumnId[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Popover position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button variant="default">{t('residents.columns.button')}</Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          label={t('residents.columns.legend')}
          value={[...columns]}
          onChange={(chosen) => onChange(normaliseColumns(chosen))}
        >
          <Stack gap="xs" mt="xs">
            {residentColumnIds.map((id) => (
              <Checkbox key={id} value={id} label={t(residentColumns[id].key)} disabled={id === ALWAYS_SHOWN} />
            ))}
          </Stack>
        </Checkbox.Group>
      </Popover.Dropdown>
    </Popover>
  );
}
