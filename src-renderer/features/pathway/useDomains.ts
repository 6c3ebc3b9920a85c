import type { ReferenceItem } from '@contract/reference';
import { useMemo } from 'react';

import { useProcedureQuery } from '../../api/hooks';
import { useLanguage } from '../../i18n/useLanguage';

/** The assessment domains as the pathway screens need them. */
export type Domains = {
  /** Domains that can be scored or chosen now, in the list's order. */
  active: readonly ReferenceItem[];
  /** Every code in the list's order, retired ones included (history keeps them). */
  order: readonly string[];
  /** The label in the UI language (the code itself while loading or if unknown). */
  label: (code: string) => string;
  isPending: boolean;
  error: unknown;
};

/**
 * The reference list of assessment domains, read once with retired ones (the same query the
 * reference selects use, so it is shared from the cache).
 */
export function useDomains(): Domains {
  const language = useLanguage();
  const items = useProcedureQuery('reference.list', { kind: 'assessment_domain', includeRetired: true });
  return useMemo(() => {
    const all = items.data ?? [];
    const labels = new Map(all.map((item) => [item.code, item.labels[language]]));
    return {
      active: all.filter((item) => !item.retired),
      order: all.map((item) => item.code),
      label: (code: string) => labels.get(code) ?? code,
      isPending: items.isPending,
      error: items.error,
    };
  }, [items.data, items.isPending, items.error, language]);
}
