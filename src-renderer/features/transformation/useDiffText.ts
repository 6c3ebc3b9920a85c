import { planComponentSchema } from '@contract/transformation';
import type { PlanSection } from '@contract/transformation-views';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { useDateText } from '../resident/useDateText';
import { formatAzn } from './money';
import type { TransformationPlan } from './plan-form';
import { actionsOf } from './plan-form';
import { usePhaseName } from './usePhaseName';

const DATE_FIELDS = new Set(['periodStart', 'periodEnd', 'startDate', 'dueDate', 'plannedOpeningDate']);
const MONEY_FIELDS = new Set(['plannedQepik', 'annualQepik']);

/** Where a changed field sits: one of the item sections, or the plan's own fields and facts. */
export type DiffPlace = PlanSection | 'plan';

/**
 * A comparison in words: each field's name, each value as a person reads it (dates, manat, yes/no,
 * names of phases, actions and reference codes instead of ids), each item's name. Ids that no
 * longer belong to the plan are named as removed.
 */
export function useDiffText(plan: TransformationPlan) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { date } = useDateText();
  const phaseName = usePhaseName();
  const model = useReferenceLabel('service_model');
  const serviceType = useReferenceLabel('service_type');

  const field = useCallback(
    (place: DiffPlace, name: string): string => {
      if (place === 'plan') {
        return name.startsWith('facts.') ? t(`transformation.${name}`, { defaultValue: name }) : t(`transformation.diff.plan.${name}`, { defaultValue: name });
      }
      return t(`transformation.diff.fields.${place}.${name}`, { defaultValue: name });
    },
    [t],
  );

  const phaseById = useCallback(
    (id: string): string => {
      const phase = plan.phases.find((found) => found.id === id);
      return phase === undefined ? t('transformation.diff.removedPhase') : phaseName(phase);
    },
    [plan.phases, phaseName, t],
  );

  const actionTitle = useCallback(
    (id: string): string => actionsOf(plan).find((action) => action.id === id)?.title ?? t('transformation.diff.removedAction'),
    [plan, t],
  );

  const value = useCallback(
    (name: string, raw: unknown): string => {
      const last = name.split('.').at(-1) ?? name;
      if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) {
        return t('transformation.diff.empty');
      }
      if (DATE_FIELDS.has(last) && typeof raw === 'string') {
        return date(raw);
      }
      if (MONEY_FIELDS.has(last) && typeof raw === 'number') {
        return formatAzn(raw, language);
      }
      if (typeof raw === 'boolean') {
        return raw ? t('transformation.diff.yes') : t('transformation.diff.no');
      }
      if (Array.isArray(raw)) {
        const codes = raw.map(String);
        const named = last === 'dependsOn' ? codes.map(actionTitle) : last === 'targetModelCodes' ? codes.map(model) : codes;
        return named.join('; ');
      }
      if (typeof raw === 'string') {
        if (last === 'phaseId') {
          return phaseById(raw);
        }
        if (last === 'componentCode') {
          const code = planComponentSchema.safeParse(raw);
          return code.success ? t(`transformationComponents.${code.data}`) : raw;
        }
        return last === 'serviceTypeCode' ? serviceType(raw) : raw;
      }
      if (typeof raw === 'number') {
        const text = formatNumber(raw, language);
        return last === 'floorAreaM2' ? t('transformation.facts.squareMetres', { value: text }) : text;
      }
      return JSON.stringify(raw);
    },
    [actionTitle, date, language, model, phaseById, serviceType, t],
  );

  /** An item's name; a template phase has none of its own and is called by its component (or as it is now). */
  const item = useCallback(
    (place: PlanSection, entry: { id: string; label: string | null; fields?: Record<string, unknown> }): string => {
      if (entry.label !== null) {
        return entry.label;
      }
      const component = planComponentSchema.safeParse(entry.fields?.componentCode);
      if (place === 'phases' && component.success) {
        return t(`transformationComponents.${component.data}`);
      }
      return place === 'phases' ? phaseById(entry.id) : entry.id;
    },
    [phaseById, t],
  );

  return { field, value, item };
}
