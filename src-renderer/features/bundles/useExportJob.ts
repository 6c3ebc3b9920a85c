import type { ExportProfile } from '@contract/bundle-payload';
import type { JobProgress } from '@contract/bundles';
import type { ProcedureInput } from '@contract/procedures';
import { useMutationState } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { useApi } from '../../api/ApiProvider';
import { useProcedureMutation } from '../../api/hooks';

/**
 * One export at a time from this page: starts it under a fresh job id, follows the core's
 * `job.progress` events for that id only, and cancels it by the same id. The history is refreshed
 * when a bundle is made. An export started before the director left the page and came back is
 * still running in the core: the page takes it up again (its progress, its cancel button).
 */
export function useExportJob() {
  const api = useApi();
  const run = useProcedureMutation('bundles.export', ['bundles.history']);
  const cancel = useProcedureMutation('bundles.cancelExport');
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  // Read by the event listener, which is registered once: events of an earlier job are ignored.
  const current = useRef<string | null>(null);
  const earlier = useMutationState({
    filters: { mutationKey: ['bundles.export'], status: 'pending' },
    select: (mutation) => (mutation.state.variables as ProcedureInput<'bundles.export'> | undefined)?.jobId ?? null,
  });
  const adopted = run.isPending ? null : (earlier.at(-1) ?? null);
  useEffect(() => {
    if (adopted !== null && current.current === null) {
      current.current = adopted;
    }
  }, [adopted]);

  useEffect(
    () =>
      api.on('job.progress', (event) => {
        if (event.jobId === current.current) {
          setProgress(event);
        }
      }),
    [api],
  );

  const { mutate: runMutate } = run;
  const { mutate: cancelMutate, reset: cancelReset } = cancel;
  const start = useCallback(
    (profile: ExportProfile, includeSecret: boolean) => {
      const id = crypto.randomUUID();
      current.current = id;
      setJobId(id);
      setProgress(null);
      cancelReset();
      // Adoption-secret records can only ever be part of a named export.
      runMutate({ jobId: id, profile, includeSecret: profile === 'named' && includeSecret });
    },
    [runMutate, cancelReset],
  );
  const stop = useCallback(() => {
    const id = jobId ?? adopted;
    if (id !== null) {
      cancelMutate({ jobId: id });
    }
  }, [cancelMutate, jobId, adopted]);

  return {
    start,
    stop,
    running: run.isPending || adopted !== null,
    progress,
    result: run.data ?? null,
    cancelled: run.error?.code === 'JOB_CANCELLED',
    /** Why the export failed, unless the director cancelled it. */
    error: run.error?.code === 'JOB_CANCELLED' ? null : run.error,
    cancelling: cancel.isPending,
    cancelError: cancel.error,
  };
}
