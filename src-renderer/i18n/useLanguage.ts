import type { Language } from '@contract/common';
import { useTranslation } from 'react-i18next';


import { isLanguage } from './i18n';

/** The current UI language; components using it re-render when it changes. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'az';
}
