import type { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { downloadBase64 } from '../resident/case-file-download';

/** Saving an exported bundle (again) where the director chooses, through the browser's download. */
export function useSaveBundle(): { save: (sequence: number) => void; saving: number | null; error: ApiError | null } {
  const download = useProcedureMutation('bundles.download');
  return {
    save: (sequence) =>
      download.mutate({ sequence }, { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64, 'application/zip') }),
    /** The bundle being fetched, to show the wait on its own button. */
    saving: download.isPending ? (download.variables?.sequence ?? null) : null,
    error: download.error,
  };
}
