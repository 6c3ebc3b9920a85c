import type { ProcedureName } from '@contract/procedures';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { procedureKey, useProcedureQuery } from '../../api/hooks';

/** What a change to a child's record makes stale: the record, the lists, the audit trail. */
export const RECORD_CHANGE_REFRESH = [
  'residents.get',
  'residents.list',
  'residents.search',
  'dashboard.get',
  'audit.list',
] as const satisfies readonly ProcedureName[];

/** One child's whole record. */
export function useResident(id: string) {
  return useProcedureQuery('residents.get', { id });
}

/**
 * Reads the record again (after a CONFLICT: someone else saved meanwhile). Resolves once the fresh
 * record is in, so an editor can close onto the current values.
 */
export function useReloadResident(id: string): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: procedureKey('residents.get', { id }) }), [queryClient, id]);
}
