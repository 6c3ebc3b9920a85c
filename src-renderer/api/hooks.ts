import type { ProcedureInput, ProcedureName, ProcedureOutput } from '@contract/procedures';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';


import { useApi } from './ApiProvider';
import type { ApiError } from './client';

/** Query key of a procedure call; invalidating `[name]` refreshes every call of it. */
export function procedureKey<K extends ProcedureName>(name: K, input?: ProcedureInput<K>): readonly unknown[] {
  return input === undefined ? [name] : [name, input];
}

/** Reads through a procedure, cached by name and input. */
export function useProcedureQuery<K extends ProcedureName>(
  name: K,
  input: ProcedureInput<K>,
  options: Omit<UseQueryOptions<ProcedureOutput<K>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  const api = useApi();
  return useQuery<ProcedureOutput<K>, ApiError>({
    queryKey: procedureKey(name, input),
    queryFn: () => api.call(name, input),
    ...options,
  });
}

/** Writes through a procedure; on success the named queries are refreshed. */
export function useProcedureMutation<K extends ProcedureName>(name: K, refresh: readonly ProcedureName[] = []) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ProcedureOutput<K>, ApiError, ProcedureInput<K>>({
    // Keyed by procedure, so a screen can find a call still running after it was left and reopened.
    mutationKey: [name],
    mutationFn: (input) => api.call(name, input),
    onSuccess: async () => {
      await Promise.all(refresh.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    },
  });
}
