import type { ReferenceKind } from '@contract/reference';

import { useProcedureQuery } from '../../api/hooks';
import { useLanguage } from '../../i18n/useLanguage';

/** A function giving the label of a reference code in the UI language (the code itself if unknown). */
export function useReferenceLabel(kind: ReferenceKind): (code: string | null) => string {
  const language = useLanguage();
  const items = useProcedureQuery('reference.list', { kind, includeRetired: true });
  return (code) => {
    if (code === null) {
      return '';
    }
    return items.data?.find((item) => item.code === code)?.labels[language] ?? code;
  };
}
