import { useCallback } from 'react';

import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * Calendar dates (`YYYY-MM-DD`) and instants in words in the UI language. A calendar date is built
 * from its parts in local time: parsed as UTC midnight it would show the day before west of Greenwich.
 */
export function useDateText() {
  const language = useLanguage();
  const date = useCallback(
    (value: string | null): string => {
      if (value === null || value === '') {
        return '';
      }
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      return formatDate(new Date(year, month - 1, day), language);
    },
    [language],
  );
  const dateTime = useCallback((value: string) => formatDateTime(value, language), [language]);
  return { date, dateTime };
}
