import type { BundleManifest } from '../../../contract/bundle-manifest';
import type { ImportProblem, ImportWarning } from './problems';

/** One enrolled signing key of an institution. */
export type SenderKey = {
  /** The minisign key id, 16 upper-case hex digits. */
  keyId: string;
  /** The institution's minisign public key file, as enrolled. */
  publicKeyFile: string;
  /** ISO instant from which bundles made with this key are refused; null while the key is valid. */
  revokedFrom: string | null;
};

/** What the ministry knows about the sender, looked up by the institution code in the manifest. */
export type SenderRecord = {
  institutionCode: string;
  keys: readonly SenderKey[];
  /** Highest sequence imported so far; null before the first import. */
  lastSequence: number | null;
  /** SHA-256 of the `manifest.json` of bundle `lastSequence` (set whenever `lastSequence` is). */
  lastManifestSha256: string | null;
  /** Whole-file SHA-256s of the bundles already imported. */
  importedSha256s: ReadonlySet<string>;
};

/** How `readBundle` reads one file. */
export type ReadOptions = {
  /** The ministry's age identity, `AGE-SECRET-KEY-1…`. */
  identity: string;
  /** The registry's record of an institution, or null when it is not enrolled. */
  sender(code: string): SenderRecord | null;
  now: Date;
  /** Bytes of the encrypted payload read so far, of its size. */
  onProgress?: (done: number, total: number) => void;
  /** Bytes read from the file at a time (default 1 MiB, at most 4 MiB); small in tests. */
  chunkSize?: number;
};

/** The result of reading one bundle file. */
export type ReadOutcome =
  | { status: 'ok'; manifest: BundleManifest; sha256: string; /** SHA-256 of the manifest.json bytes: what the next bundle chains to. */ manifestSha256: string; warnings: ImportWarning[] }
  | { status: 'already-imported'; manifest: BundleManifest; sha256: string }
  | {
      status: 'rejected';
      problem: ImportProblem;
      /** Values for the problem's translated sentence. */
      params: Record<string, string>;
      /** Precise English reason, for logs and experts. */
      detail: string;
      /** The manifest once its signature was verified; null when the bundle was refused before. */
      manifest: BundleManifest | null;
      /** SHA-256 of the whole file; null when the file could not be read. */
      sha256: string | null;
    };
