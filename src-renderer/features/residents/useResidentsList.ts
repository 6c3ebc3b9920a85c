import type { ProcedureInput, ProcedureOutput } from '@contract/procedures';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApi } from '../../api/ApiProvider';
import type { ApiError } from '../../api/client';
import { procedureKey } from '../../api/hooks';

/** Marked when a list answer arrives; the benchmark measures from here to the rows on screen. */
export const DATA_MARK = 'korpu:residents-data';

/**
 * The residents list for one filter and order. Cached under the procedure's own key, so whatever
 * refreshes `residents.list` (a new child, an edit) refreshes this too. While another filter loads,
 * the previous rows stay on screen rather than a blank table.
 */
export function useResidentsList(input: ProcedureInput<'residents.list'>) {
  const api = useApi();
  return useQuery<ProcedureOutput<'residents.list'>, ApiError>({
    queryKey: procedureKey('residents.list', input),
    queryFn: async () => {
      const answer = await api.call('residents.list', input);
      performance.mark(DATA_MARK);
      return answer;
    },
    placeholderData: keepPreviousData,
  });
}
