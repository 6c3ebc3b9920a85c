import type { ImportResultView } from '@contract/ministry';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import { procedureKey } from '../../api/hooks';
import { uploadFile } from '../backup/useUploadFile';

/** Where an import job stands: which file, sending it to the core or checking it there, and how far. */
export type ImportJobProgress = {
  stage: 'uploading' | 'importing';
  fileIndex: number;
  fileCount: number;
  fileName: string;
  done: number;
  total: number;
};

export type ImportJob = {
  start(files: readonly File[], dryRun: boolean): void;
  running: boolean;
  progress: ImportJobProgress | null;
  results: ImportResultView[] | null;
  /** The dry run flag of the results shown. */
  dryRun: boolean;
  error: ApiError | Error | null;
};

/**
 * Sends the dropped files to the core piece by piece (`uploadFile`), then has the core import them
 * in its worker, following its progress events. The registry and history are asked for again
 * afterwards.
 */
export function useImportJob(): ImportJob {
  const api = useApi();
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ImportJobProgress | null>(null);
  const [results, setResults] = useState<ImportResultView[] | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [error, setError] = useState<ApiError | Error | null>(null);
  const jobId = useRef<string | null>(null);

  useEffect(
    () =>
      api.on('import.progress', (event) => {
        if (event.jobId === jobId.current) {
          setProgress({ stage: 'importing', ...event });
        }
      }),
    [api],
  );

  const start = useCallback(
    (files: readonly File[], asDryRun: boolean) => {
      const id = crypto.randomUUID();
      jobId.current = id;
      setRunning(true);
      setResults(null);
      setError(null);
      setDryRun(asDryRun);
      const run = async () => {
        const uploads: { uploadId: string; fileName: string }[] = [];
        for (const [fileIndex, file] of files.entries()) {
          const report = (done: number, total: number) => setProgress({ stage: 'uploading', fileIndex, fileCount: files.length, fileName: file.name, done, total });
          uploads.push({ uploadId: await uploadFile(api, 'ministry.upload', file, report), fileName: file.name });
        }
        return api.call('ministry.import', { jobId: id, dryRun: asDryRun, files: uploads });
      };
      run()
        .then((done) => setResults(done))
        .catch((failure: unknown) => setError(failure instanceof ApiError || failure instanceof Error ? failure : new Error(String(failure))))
        .finally(() => {
          setRunning(false);
          setProgress(null);
          for (const name of ['ministry.registry', 'ministry.importHistory', 'ministry.overview'] as const) {
            void queryClient.invalidateQueries({ queryKey: procedureKey(name) });
          }
        });
    },
    [api, queryClient],
  );

  return { start, running, progress, results, dryRun, error };
}
