import type { ReferenceKind, ReferenceMeta } from '@contract/reference';

import { useProcedureQuery } from '../../api/hooks';

/** The flags of a reference item (e.g. a legal status that needs deprivation reasons), or null. */
export function useReferenceMeta(kind: ReferenceKind): (code: string | null) => ReferenceMeta | null {
  const items = useProcedureQuery('reference.list', { kind, includeRetired: true });
  return (code) => (code === null ? null : (items.data?.find((item) => item.code === code)?.meta ?? null));
}
