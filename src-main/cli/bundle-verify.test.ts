import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { writeBundle } from '../services/bundles/bundle-writer';
import { generateKeyPair, keyIdHex, publicKeyFile } from '../services/bundles/format/minisign';
import { runVerify } from './bundle-verify';

let dir: string;
let args: { file: string; publicKey: string };
let printed: { out: string[]; err: string[] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'korpu-verify-'));
  const key = generateKeyPair();
  const bundle = writeBundle(
    {
      format: 'korpu-bundle',
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.0.0-test',
      institution: { code: 'BAK-UE-01', name: 'Bakı şəhəri 1 nömrəli uşaq evi' },
      signingKeyId: keyIdHex(key.keyId),
      sequence: 4,
      previousManifestSha256: null,
      createdAt: '2026-11-01T09:00:00.000Z',
      expiresAt: '2026-12-01T09:00:00.000Z',
      profile: 'plan',
      includesSecretRecords: false,
      counts: { transformation_plans: 1 },
      recipients: ['0000'],
    },
    new Uint8Array([1, 2, 3]),
    key,
  );
  args = { file: join(dir, 'b.korpu'), publicKey: join(dir, 'key.pub') };
  writeFileSync(args.file, bundle.bytes);
  writeFileSync(args.publicKey, publicKeyFile(key));
  printed = { out: [], err: [] };
  // The command prints for a person; the test reads what it printed.
  vi.spyOn(console, 'log').mockImplementation((line: string) => printed.out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => printed.err.push(line));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('verify', () => {
  it('accepts a bundle within its validity without a warning', () => {
    expect(runVerify(args, 'en', new Date('2026-11-20T00:00:00Z'))).toBe(0);
    expect(printed.out[0]).toMatch(/^OK: the bundle is signed with key [0-9A-F]{16}/);
    expect(printed.out).toContain('    transformation_plans         1');
    expect(printed.err).toEqual([]);
  });

  it('still accepts an expired bundle, but warns that the ministry will not', () => {
    expect(runVerify(args, 'en', new Date('2026-12-02T00:00:00Z'))).toBe(0);
    expect(printed.err).toEqual(['Warning: the bundle expired on 2026-12-01T09:00:00.000Z; the ministry does not accept expired bundles.']);
  });
});
