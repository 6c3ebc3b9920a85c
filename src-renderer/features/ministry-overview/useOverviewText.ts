import type { ExportProfile } from '@contract/bundle-payload';
import { useTranslation } from 'react-i18next';

import { formatDate, formatNumber } from '../../i18n/format';
import { formatIndicatorValue } from '../indicators/indicator-values';
import { useIndicatorText } from '../indicators/useIndicatorText';
import { useReferenceLabel } from '../institution/useReferenceLabel';

/** Numbers, months, days, regions and bundle profiles of the overview in the UI language. */
export function useOverviewText() {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const regionLabel = useReferenceLabel('region');
  const { language } = text;
  return {
    language,
    number: (value: number) => formatNumber(value, language),
    percent: (value: number) => formatIndicatorValue(value, 'percent', language),
    /** "Yanvar 2027". */
    month: (month: string) => text.month(month),
    shortMonth: (month: string) => text.shortMonth(month),
    /** A calendar day or the day of an instant, in words. */
    date: (value: string) => formatDate(value, language),
    /** A region's name in the ministry's reference data; a missing region said as such. */
    region: (code: string | null) => (code === null ? t('ministryOverview.noRegion') : regionLabel(code)),
    profile: (profile: ExportProfile) => t(`ministryOverview.profiles.${profile}`),
  };
}

export type OverviewText = ReturnType<typeof useOverviewText>;
