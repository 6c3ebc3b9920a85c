import type { Language } from '@contract/common';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';


import { isLanguage } from '../i18n/i18n';

/** Each language named in itself, so anyone can find their own. */
const NATIVE_NAMES: Record<Language, string> = { az: 'Azərbaycanca', ru: 'Русский', en: 'English' };

/** Switches the UI language; `onChange` decides where it is remembered. */
export function LanguageSwitch({ value, onChange }: { value: Language; onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={value}
      onChange={(next) => {
        if (isLanguage(next)) {
          onChange(next);
        }
      }}
      data={(Object.keys(NATIVE_NAMES) as Language[]).map((language) => ({
        value: language,
        label: NATIVE_NAMES[language],
      }))}
    />
  );
}
