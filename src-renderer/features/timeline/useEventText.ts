import type { TimelineEvent } from '@contract/timeline';
import { useTranslation } from 'react-i18next';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import { useDateText } from '../resident/useDateText';

type Value = TimelineEvent['values'][string];

/**
 * A function giving an event's sentence in the UI language (`timeline.events.<event>`), its values
 * shown as a person reads them: reference codes by their labels, enums translated, dates in words.
 */
export function useEventText(): (event: TimelineEvent) => string {
  const { t } = useTranslation();
  const { date } = useDateText();
  const admissionSource = useReferenceLabel('admission_source');
  const exitType = useReferenceLabel('exit_type');
  const noteDomain = useReferenceLabel('note_domain');

  // The timeline contract names each value; a placement's type is one of the exit types.
  const shown = (name: string, value: Value): string | number => {
    if (value === null || value === '') {
      return t('common.notGiven');
    }
    if (typeof value === 'number') {
      return value;
    }
    switch (name) {
      case 'sourceCode':
        return admissionSource(value);
      case 'exitTypeCode':
      case 'typeCode':
        return exitType(value);
      case 'domainCode':
        return noteDomain(value);
      case 'kind':
        return t(`residentEnums.contactKind.${value}`);
      case 'outcome':
        return t(`pathway.outcomes.${value}`);
      case 'nextReviewDate':
        return date(value);
      default:
        return value;
    }
  };

  return (event) =>
    t(`timeline.events.${event.event}`, Object.fromEntries(Object.entries(event.values).map(([name, value]) => [name, shown(name, value)])));
}
