import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { sizeParts } from './bundle-format';

/** A file size in words in the UI language ("1,5 MB" in az, "1.5 MB" in en). */
export function useSizeText(): (bytes: number) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  return useCallback(
    (bytes: number) => {
      const { unit, amount } = sizeParts(bytes);
      return t(`bundles.size.${unit}`, { value: formatNumber(amount, language) });
    },
    [t, language],
  );
}
