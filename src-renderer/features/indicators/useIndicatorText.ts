import type { IndicatorDashboard } from '@contract/indicators';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { monthParts } from '../gatekeeping/summary-months';
import type { ValueUnit } from './indicator-values';
import { formatAxisValue, formatIndicatorValue } from './indicator-values';

type Target = IndicatorDashboard['computed'][number]['target'];

/** Months, values, dates and targets of the indicators in the UI language (month names are the app's own, from the gatekeeping summary). */
export function useIndicatorText() {
  const { t } = useTranslation();
  const language = useLanguage();
  const value = (amount: number | null, unit: ValueUnit) =>
    amount === null ? t('indicators.facts.noValue') : formatIndicatorValue(amount, unit, language);
  return {
    language,
    /** "Mart 2025". */
    month(month: string): string {
      const { key, year } = monthParts(month);
      return t('gatekeeping.months.monthYear', { month: t(`gatekeeping.months.long.${key}`), year });
    },
    /** "Mar 2025", for an axis. */
    shortMonth(month: string): string {
      const { key, year } = monthParts(month);
      return t('gatekeeping.months.monthYear', { month: t(`gatekeeping.months.short.${key}`), year });
    },
    value,
    axis: (amount: number, unit: ValueUnit) => formatAxisValue(amount, unit, language),
    /** "20, 31 dekabr 2026 tarixinədək", the value alone without a date, or "təyin edilməyib". */
    target(target: Target, unit: ValueUnit): string {
      if (target === null) {
        return t('indicators.facts.noTarget');
      }
      return target.date === null
        ? value(target.value, unit)
        : t('indicators.facts.targetBy', { value: value(target.value, unit), date: formatDate(target.date, language) });
    },
  };
}

export type IndicatorText = ReturnType<typeof useIndicatorText>;
