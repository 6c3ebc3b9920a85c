import type { PlanAction, PlanPhase } from '@contract/transformation-views';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';

/**
 * Words for the plan's phases and actions: a phase's name (its own title, or its template
 * component's translated name), an action's dates and status, and the one sentence a screen reader
 * says for an action on the timeline.
 */
export function useActionText() {
  const { t } = useTranslation();
  const { date } = useDateText();
  const phaseName = useCallback(
    (phase: Pick<PlanPhase, 'customTitle' | 'componentCode'>) =>
      phase.customTitle ?? (phase.componentCode === null ? '' : t(`transformationComponents.${phase.componentCode}`)),
    [t],
  );
  const status = useCallback((action: Pick<PlanAction, 'status'>) => t(`planItems.actionStatus.${action.status}`), [t]);
  const dates = useCallback(
    (action: Pick<PlanAction, 'startDate' | 'dueDate' | 'milestone'>) => {
      const { startDate, dueDate } = action;
      if (action.milestone && (dueDate ?? startDate) !== null) {
        return t('planItems.timeline.onDay', { date: date(dueDate ?? startDate) });
      }
      if (startDate !== null && dueDate !== null) {
        return t('planItems.timeline.fromTo', { start: date(startDate), due: date(dueDate) });
      }
      if (dueDate !== null) {
        return t('planItems.timeline.dueOnly', { due: date(dueDate) });
      }
      return startDate !== null ? t('planItems.timeline.startOnly', { start: date(startDate) }) : t('planItems.timeline.noDates');
    },
    [t, date],
  );
  const barLabel = useCallback(
    (action: PlanAction, phase: string) =>
      [
        action.milestone ? t('planItems.timeline.milestoneTitle', { title: action.title }) : t('planItems.timeline.actionTitle', { title: action.title }),
        t('planItems.timeline.phase', { phase }),
        `${dates(action)}.`,
        t('planItems.timeline.statusProgress', { status: status(action), progress: action.progress }),
        action.overdue ? t('planItems.timeline.overdue') : null,
      ]
        .filter((part) => part !== null)
        .join(' '),
    [t, dates, status],
  );
  return { phaseName, status, dates, barLabel };
}
