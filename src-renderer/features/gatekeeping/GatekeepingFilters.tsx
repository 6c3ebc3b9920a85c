import type { GatekeepingDecision } from '@contract/gatekeeping';
import { gatekeepingDecisions } from '@contract/gatekeeping';
import { Button, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { GatekeepingFilterValues } from './gatekeeping-filter';
import { emptyGatekeepingFilter, hasFilter, isRangeReversed } from './gatekeeping-filter';

/** The value of the Select if it is a decision, else null (a cleared Select gives null). */
function decisionOf(value: string | null): GatekeepingDecision | null {
  return gatekeepingDecisions.find((decision) => decision === value) ?? null;
}

/** Which requests the register shows: by decision and by the day they were received. */
export function GatekeepingFilters({
  values,
  onChange,
}: {
  values: GatekeepingFilterValues;
  onChange: (values: GatekeepingFilterValues) => void;
}) {
  const { t } = useTranslation();
  const set = <F extends keyof GatekeepingFilterValues>(field: F, value: GatekeepingFilterValues[F]) =>
    onChange({ ...values, [field]: value });
  return (
    <Fieldset legend={t('gatekeeping.filters.legend')} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Select
          label={t('gatekeeping.filters.decision')}
          placeholder={t('gatekeeping.filters.any')}
          data={gatekeepingDecisions.map((decision) => ({ value: decision, label: t(`gatekeeping.decisions.${decision}`) }))}
          value={values.decision}
          onChange={(value) => set('decision', decisionOf(value))}
          clearable
          clearButtonProps={{ 'aria-label': t('gatekeeping.filters.clearField') }}
        />
        <TextInput
          type="date"
          label={t('gatekeeping.filters.from')}
          value={values.from}
          onChange={(event) => set('from', event.currentTarget.value)}
          max={values.to === '' ? undefined : values.to}
        />
        <TextInput
          type="date"
          label={t('gatekeeping.filters.to')}
          value={values.to}
          onChange={(event) => set('to', event.currentTarget.value)}
          min={values.from === '' ? undefined : values.from}
          error={isRangeReversed(values) ? t('validation.dateRange') : undefined}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => onChange(emptyGatekeepingFilter)} disabled={!hasFilter(values)}>
          {t('gatekeeping.filters.clear')}
        </Button>
      </Group>
    </Fieldset>
  );
}
