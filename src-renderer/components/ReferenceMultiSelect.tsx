import { matchesSearch } from '@contract/az-text';
import type { ReferenceKind } from '@contract/reference';
import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';


import { useProcedureQuery } from '../api/hooks';
import { useLanguage } from '../i18n/useLanguage';

type ReferenceMultiSelectProps = {
  kind: ReferenceKind;
  label: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string | undefined;
  required?: boolean;
  description?: string;
};

/**
 * Several choices from reference data (reasons, filters). Labels in the UI language, codes stored;
 * retired items stay visible when already chosen, so a record never silently loses a code.
 */
export function ReferenceMultiSelect({ kind, label, value, onChange, error, required, description }: ReferenceMultiSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = useProcedureQuery('reference.list', { kind, includeRetired: true });
  const data = useMemo(
    () =>
      (items.data ?? [])
        .filter((item) => !item.retired || value.includes(item.code))
        .map((item) => ({ value: item.code, label: item.labels[language] })),
    [items.data, language, value],
  );
  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length === 0 ? t('common.choose') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      error={error ?? (items.isError ? t('errors.INTERNAL') : undefined)}
      required={required}
      searchable
      clearable
      nothingFoundMessage={t('common.nothingFound')}
      filter={({ options, search }) => options.filter((option) => 'label' in option && matchesSearch(search, option.label))}
      disabled={items.isLoading}
    />
  );
}
