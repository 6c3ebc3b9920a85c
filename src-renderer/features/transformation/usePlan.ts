import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext } from 'react';

import { useProcedureQuery } from '../../api/hooks';

/**
 * Which plan the transformation page shows: undefined for the institution's open plan (not yet
 * completed), or the id of a completed one opened from the list. Every tab reads the plan through
 * `usePlan`, so all of them show the same one.
 */
export const PlanSelection = createContext<string | undefined>(undefined);

/**
 * The plan the page shows, whole (`transformation.get`): null when the institution has no open plan.
 * Tabs built by other features read it here rather than fetching it themselves.
 */
export function usePlan() {
  const id = useContext(PlanSelection);
  return useProcedureQuery('transformation.get', id === undefined ? {} : { id });
}

/**
 * Reads the plan again (after a CONFLICT: someone else saved meanwhile). Resolves once the fresh plan
 * is in, so a dialog can close onto what is recorded now.
 */
export function useReloadPlan(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.invalidateQueries({ queryKey: ['transformation.get'] }), [queryClient]);
}
