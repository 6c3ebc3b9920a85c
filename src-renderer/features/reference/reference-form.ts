import type { ReferenceItem, ReferenceKind, ReferenceMeta } from '@contract/reference';
import { referenceSaveInputSchema } from '@contract/reference';
import type { z } from 'zod';

/** What a change to reference data makes stale: every list of it, and the audit trail. */
export const REFERENCE_CHANGE_REFRESH = ['reference.list', 'audit.list'] as const;

/** A flag a kind's items carry; the other kinds have none. */
export type ReferenceFlag = keyof ReferenceMeta;

const flags: Partial<Record<ReferenceKind, ReferenceFlag>> = {
  legal_status: 'requiresDeprivationReason',
  education_type: 'inclusive',
  relation_type: 'sibling',
};

/** The flag items of `kind` carry, or null when the kind has none. */
export function flagOf(kind: ReferenceKind): ReferenceFlag | null {
  return flags[kind] ?? null;
}

/** Adding and renaming share the contract's own rules. */
export const referenceFormSchema = referenceSaveInputSchema;

/**
 * What the dialog's inputs hold. The label fields are named by their contract path (`labels.az`),
 * so a problem the schema reports lands beside the right input and clears when it is edited.
 */
export type ReferenceFormValues = {
  kind: ReferenceKind;
  code: string;
  'labels.az': string;
  'labels.ru': string;
  'labels.en': string;
  /** The kind's flag, if it has one. */
  flag: boolean;
};

/** An empty dialog for a new item of `kind`. */
export function emptyReferenceValues(kind: ReferenceKind): ReferenceFormValues {
  return { kind, code: '', 'labels.az': '', 'labels.ru': '', 'labels.en': '', flag: false };
}

/** The rename dialog filled from a listed item. */
export function referenceValuesOf(item: ReferenceItem): ReferenceFormValues {
  const flag = flagOf(item.kind);
  return {
    kind: item.kind,
    code: item.code,
    'labels.az': item.labels.az,
    'labels.ru': item.labels.ru,
    'labels.en': item.labels.en,
    flag: flag !== null && item.meta[flag] === true,
  };
}

/**
 * The contract input of the dialog's values. `meta` goes only when the flag changes (or is set on a
 * new item): the core keeps an item's flags when none are sent, so an unchanged rename records no
 * flag change in the audit trail.
 */
export function referenceInputOf(values: ReferenceFormValues, existing: ReferenceItem | null): z.input<typeof referenceFormSchema> {
  const input = {
    kind: values.kind,
    code: values.code,
    labels: { az: values['labels.az'], ru: values['labels.ru'], en: values['labels.en'] },
  };
  const flag = flagOf(values.kind);
  const before = flag !== null && existing?.meta[flag] === true;
  if (flag === null || values.flag === before) {
    return input;
  }
  return { ...input, meta: { ...existing?.meta, [flag]: values.flag } };
}

/** The listed item that already has `code` (retired ones too), if any; codes are compared as saved. */
export function itemWithCode(items: readonly ReferenceItem[], code: string): ReferenceItem | null {
  const wanted = code.trim();
  return items.find((item) => item.code === wanted) ?? null;
}
