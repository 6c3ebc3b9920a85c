import type { AuditAction, AuditEntityType } from '@contract/audit';
import { auditActions, auditEntityTypes } from '@contract/audit';
import { Button, Fieldset, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import type { AuditFilterValues } from './audit-filter';
import { emptyAuditFilter, hasFilter, isRangeReversed } from './audit-filter';

/** The value of a Select if it is one of `allowed`, else null (a cleared Select gives null). */
function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/** Who, what and when: the audit table and the CSV export both follow these. */
export function AuditFilters({ values, onChange }: { values: AuditFilterValues; onChange: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const users = useProcedureQuery('users.list', {});
  const set = <F extends keyof AuditFilterValues>(field: F, value: AuditFilterValues[F]) => onChange({ ...values, [field]: value });
  const clearLabel = { 'aria-label': t('audit.filters.clearField') };
  return (
    <Fieldset legend={t('audit.filters.legend')} variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="md">
        <Select
          label={t('audit.filters.user')}
          placeholder={t('audit.filters.any')}
          data={(users.data ?? []).map((user) => ({ value: user.id, label: `${user.fullName} (${user.login})` }))}
          value={values.actorId}
          onChange={(id) => set('actorId', id)}
          searchable
          clearable
          clearButtonProps={clearLabel}
          nothingFoundMessage={t('common.nothingFound')}
          error={users.isError ? t('errors.INTERNAL') : undefined}
        />
        <Select
          label={t('audit.filters.entityType')}
          placeholder={t('audit.filters.any')}
          data={auditEntityTypes.map((type) => ({ value: type, label: t(`audit.entities.${type}`) }))}
          value={values.entityType}
          onChange={(type) => set('entityType', oneOf<AuditEntityType>(auditEntityTypes, type))}
          clearable
          clearButtonProps={clearLabel}
        />
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.any')}
          data={auditActions.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
          value={values.action}
          onChange={(action) => set('action', oneOf<AuditAction>(auditActions, action))}
          clearable
          clearButtonProps={clearLabel}
        />
        <TextInput
          type="date"
          label={t('audit.filters.from')}
          value={values.fromDay}
          onChange={(event) => set('fromDay', event.currentTarget.value)}
          max={values.toDay === '' ? undefined : values.toDay}
        />
        <TextInput
          type="date"
          label={t('audit.filters.to')}
          value={values.toDay}
          onChange={(event) => set('toDay', event.currentTarget.value)}
          min={values.fromDay === '' ? undefined : values.fromDay}
          error={isRangeReversed(values) ? t('validation.dateRange') : undefined}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => onChange(emptyAuditFilter)} disabled={!hasFilter(values)}>
          {t('audit.filters.clear')}
        </Button>
      </Group>
    </Fieldset>
  );
}
