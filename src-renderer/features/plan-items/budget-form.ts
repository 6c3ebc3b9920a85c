import type { Language } from '@contract/common';
import { budgetLineFieldsSchema } from '@contract/transformation';
import { z } from 'zod';

import { aznInputText, parseAzn } from './money';
import type { PlanBudgetLine } from './plan-items';
import { fieldsUnder } from './plan-items';

/**
 * What the budget line inputs hold: amounts as typed, in AZN. The fields carry the contract's names,
 * so a problem the contract finds with `plannedQepik` stands beside the planned amount.
 */
export type BudgetLineValues = { title: string; plannedQepik: string; movedQepik: string; movedDate: string };
export const BUDGET_LINE_FIELDS = ['title', 'plannedQepik', 'movedQepik', 'movedDate'] as const;
export const budgetLineFieldOf = fieldsUnder('line.', BUDGET_LINE_FIELDS);

/** Message key for an amount that is not AZN with at most two decimals. */
export const AZN_FORMAT_MESSAGE = 'planItems.budget.aznFormat';

/** An amount typed in AZN, read as whole qəpik; empty text is `empty` (or required when null). */
function aznText(empty: number | null) {
  return z.string().transform((text, ctx) => {
    if (text.trim() === '') {
      if (empty === null) {
        ctx.addIssue({ code: 'custom', message: 'validation.required' });
        return z.NEVER;
      }
      return empty;
    }
    const qepik = parseAzn(text.trim());
    if (qepik === null) {
      ctx.addIssue({ code: 'custom', message: AZN_FORMAT_MESSAGE });
      return z.NEVER;
    }
    return qepik;
  });
}

/**
 * The amounts read into qəpik first (nothing moved yet when left empty), then the contract's own
 * rules: a positive amount, moved not over planned, a date when money moved. The core's rule that
 * the day money moved is not in the future shows before sending too.
 */
export function budgetLineFormSchema(today: string) {
  return z
    .strictObject({
      title: z.string(),
      plannedQepik: aznText(null),
      movedQepik: aznText(0),
      // Nullish only to match what the contract takes; the input always holds text.
      movedDate: z
        .string()
        .nullish()
        .refine((date) => date === '' || date === null || date === undefined || date <= today, 'validation.dateInFuture'),
    })
    .pipe(budgetLineFieldsSchema);
}

export function budgetLineValuesOf(line: PlanBudgetLine | null, language: Language): BudgetLineValues {
  return line === null
    ? { title: '', plannedQepik: '', movedQepik: '', movedDate: '' }
    : {
        title: line.title,
        plannedQepik: aznInputText(line.plannedQepik, language),
        movedQepik: line.movedQepik === 0 ? '' : aznInputText(line.movedQepik, language),
        movedDate: line.movedDate ?? '',
      };
}
