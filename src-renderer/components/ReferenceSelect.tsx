import { compareAz, matchesSearch } from '@contract/az-text';
import type { ReferenceKind } from '@contract/reference';
import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';


import { useProcedureQuery } from '../api/hooks';
import { useLanguage } from '../i18n/useLanguage';

type ReferenceSelectProps = {
  kind: ReferenceKind;
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  /** Sort by label (regions) instead of the stored order (types). */
  alphabetical?: boolean;
  /** An optional field: the choice can be removed again. */
  clearable?: boolean;
};

/**
 * A searchable choice from reference data. Shows labels in the UI language, stores the code;
 * search ignores case and Azerbaijani letters with marks ("seki" finds "Şəki").
 */
export function ReferenceSelect({ kind, label, value, onChange, error, required, alphabetical, clearable }: ReferenceSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = useProcedureQuery('reference.list', { kind, includeRetired: true });
  const data = useMemo(() => {
    // A retired item stays listed only where it is already chosen: a record keeps its code.
    const options = (items.data ?? [])
      .filter((item) => !item.retired || item.code === value)
      .map((item) => ({ value: item.code, label: item.labels[language] }));
    if (alphabetical) {
      const compare = language === 'az' ? compareAz : new Intl.Collator(language).compare;
      options.sort((a, b) => compare(a.label, b.label));
    }
    return options;
  }, [items.data, language, alphabetical, value]);
  return (
    <Select
      label={label}
      placeholder={t('common.choose')}
      data={data}
      value={value}
      onChange={onChange}
      error={error ?? (items.isError ? t('errors.INTERNAL') : undefined)}
      required={required}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      filter={({ options, search }) =>
        options.filter((option) => 'label' in option && matchesSearch(search, option.label))
      }
      disabled={items.isLoading}
      allowDeselect={false}
      clearable={clearable === true && required !== true}
    />
  );
}
