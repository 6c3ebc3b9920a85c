import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';

import type { Language } from '../contract/common';
import type { PublicKey } from '../services/bundles/format/minisign';
import { parsePublicKey } from '../services/bundles/format/minisign';
import type { ZipSource } from '../services/bundles/format/zip';
import { BundleCheckError, openFileSource, verifyBundle } from '../services/bundles/verify';
import { UsageError } from './args';
import { bundleProblemText, bundleSummary } from './bundle-output';
import { readText } from './bundles';
import { cliText } from './messages';

const CHUNK = 4 << 20;

/**
 * `verify FILE --public-key KEYFILE`: checks a bundle as the ministry would, without a data
 * directory: signature, manifest, payload size and hash. Exit code 1 with the translated reason and
 * the precise English detail when anything is wrong; an expired bundle verifies, with a warning.
 */
export function runVerify(args: { file: string; publicKey: string }, language: Language, now: Date): number {
  const key = readPublicKey(args.publicKey);
  const source = openBundle(args.file);
  try {
    const { manifest } = verifyBundle(source, key);
    console.log(cliText(language, 'verifyOk', { keyId: manifest.signingKeyId }));
    bundleSummary(language, manifest, { size: source.size, sha256: fileSha256(source) }).forEach((line) => console.log(line));
    if (Date.parse(manifest.expiresAt) < now.getTime()) {
      console.error(cliText(language, 'verifyExpired', { expiresAt: manifest.expiresAt }));
    }
    return 0;
  } catch (error) {
    if (!(error instanceof BundleCheckError)) {
      throw error;
    }
    console.error(cliText(language, 'verifyFailed', { reason: bundleProblemText(language, error) }));
    console.error(cliText(language, 'verifyDetail', { detail: error.message }));
    return 1;
  } finally {
    source.close();
  }
}

/** Opens the bundle named on the command line; a missing or unreadable one is a bad argument. */
function openBundle(path: string): ReturnType<typeof openFileSource> {
  let problem: string;
  try {
    if (statSync(path).isFile()) {
      return openFileSource(path);
    }
    problem = 'not a file';
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  throw new UsageError({ key: 'fileUnreadable', params: { path, detail: problem } });
}

/** SHA-256 of the whole file, read in chunks: what the export printed and the ministry's receipt names. */
function fileSha256(source: ZipSource): string {
  const hash = createHash('sha256');
  for (let at = 0; at < source.size; at += CHUNK) {
    hash.update(source.read(at, Math.min(CHUNK, source.size - at)));
  }
  return hash.digest('hex');
}

function readPublicKey(path: string): PublicKey {
  const text = readText(path);
  try {
    return parsePublicKey(text);
  } catch {
    throw new UsageError({ key: 'notPublicKey', params: { path } });
  }
}
