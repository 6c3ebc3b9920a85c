import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ProcedureName, ProcedureOutput } from '../../src-main/contract/procedures';
import { dispatch } from '../../src-main/ipc/dispatch';
import { fixedClock } from '../../src-main/platform/clock';
import { sequentialIds } from '../../src-main/platform/ids';
import { dataPaths } from '../../src-main/platform/paths';
import type { CallContext } from '../../src-main/services/context';
import type { Core } from '../../src-main/services/core';
import { openNodeCore } from '../../src-main/services/node-host';
import { testMinistry } from '../helpers/ministry';
import { childInput } from '../helpers/residents';
import { sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

/**
 * What reaches the log file (`<data dir>/logs/korpu.log`, written by the real file logger) after a
 * working session that touches every kind of secret and personal data: passwords right and wrong,
 * the recovery code, a child's identity, a note, a file, the database key and the signing key.
 * docs/security.md cites this test for "no personal data and no secret is logged".
 */

/** Every event the core may log, with the only fields it may carry (ids, counts, codes; never data). */
const ALLOWED_FIELDS: Record<string, readonly string[]> = {
  'core.opened': ['created', 'migrationsApplied'],
  'setup.completed': ['userId', 'kind'],
  'auth.login.ok': ['userId'],
  'auth.login.failed': ['userId'],
  'auth.login.locked-out': ['userId'],
  'auth.login.inactive': ['userId'],
  'auth.logout': ['userId'],
  'auth.password-changed': ['userId'],
  'institution.updated': [],
  'resident.created': ['residentId'],
  'resident.exited': ['residentId'],
  'resident.readmitted': ['residentId'],
  'attachment.added': ['attachmentId', 'mimeType', 'size'],
  'transformation.created': ['planId'],
  'transformation.evidence-added': ['actionId', 'mimeType', 'size'],
  'ministry.import': ['files', 'dryRun', 'statuses'],
  'backup.made': ['reason'],
  'backup.portable': ['kind'],
  'backup.failed': ['message'],
  'bundles.progressUndelivered': ['error'],
  'dispatch.failed': ['procedure', 'error', 'message'],
  'dispatch.output-invalid': ['procedure', 'issues'],
  'dispatch.storage': ['procedure', 'code'],
  'ipc.sender-refused': ['procedure'],
};

const CHILD = { surname: 'Qəhrəmanova', firstName: 'Səbinə', patronymic: 'Elçin qızı', fin: '5ZK7P2T', birthCertSeries: 'AZE', birthCertNumber: '40417733' };
const NOTE_TEXT = 'Səbinə gecə qorxu ilə oyanır; psixoloq ilə görüş lazımdır.';
const FILE_NAME = 'Qəhrəmanova-tibbi-arayış.pdf';
const TEMPORARY_PASSWORD = 'Müvəqqəti-2026-parol';
const STAFF_PASSWORD = 'Lənkəran-2026-yeni';
const WRONG_PASSWORD = 'Yanlış-parol-2026';

const dir = tempDir('korpu-log-hygiene-');
let core: Core;
let recoveryCode: string;
let connections = 0;

/** A window on the core through the same dispatch the app uses. */
function connection() {
  const ctx: CallContext = { deps: core.deps, sessionId: null, connectionId: `log-test:${++connections}`, emit: () => undefined };
  const call = async <K extends ProcedureName>(name: K, input: unknown): Promise<ProcedureOutput<K>> => {
    const envelope = await dispatch(name, input, ctx);
    if (!envelope.ok) {
      throw new Error(`${name} failed: ${JSON.stringify(envelope.error)}`);
    }
    return envelope.value as ProcedureOutput<K>;
  };
  return {
    call,
    invoke: (name: ProcedureName, input: unknown) => dispatch(name, input, ctx),
    async signIn(login: string, password: string) {
      ctx.sessionId = (await call('auth.login', { login, password })).sessionId;
    },
  };
}

/** The log file's lines, parsed. */
function logLines(): Record<string, unknown>[] {
  return readFileSync(dataPaths(dir.path).logFile, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A stored secret's bytes from the file store (CLI, preview and tests keep them there). */
function storedSecretHex(name: string): string {
  const lines = readFileSync(join(dataPaths(dir.path).secrets, `${name}.key`), 'utf8').split('\n');
  return lines.find((line) => /^[0-9a-f]+$/.test(line)) ?? '';
}

beforeAll(async () => {
  // No logger passed: the core writes with the real file logger, as the CLI and preview do.
  core = await openNodeCore(dir.path, { clock: fixedClock(TEST_NOW), ids: sequentialIds('log') });
  const director = connection();
  ({ recoveryCode } = await director.call('setup.complete', sampleSetup));
  await director.invoke('auth.login', { login: sampleSetup.director.login, password: WRONG_PASSWORD });
  await director.invoke('auth.login', { login: 'nobody-here', password: WRONG_PASSWORD });
  await director.signIn(sampleSetup.director.login, sampleSetup.director.password);

  await director.call('users.create', { login: 'gunel', fullName: 'Günel Səfərova', role: 'staff', password: TEMPORARY_PASSWORD });
  const staff = connection();
  await staff.signIn('gunel', TEMPORARY_PASSWORD);
  await staff.call('account.changePassword', { currentPassword: TEMPORARY_PASSWORD, newPassword: STAFF_PASSWORD });

  const child = await staff.call('residents.create', childInput(CHILD));
  await staff.call('notes.add', { residentId: child.id, note: { date: '2026-11-24', domainCode: 'health', text: NOTE_TEXT } });
  const pdf = Buffer.from(`%PDF-1.4\n% ${CHILD.surname} ${CHILD.fin}\n%%EOF\n`, 'utf8');
  await staff.call('attachments.add', { residentId: child.id, kind: 'document', fileName: FILE_NAME, contentBase64: pdf.toString('base64') });
  await director.call('institution.update', { ...sampleSetup.institution, phone: '+994 12 555 99 88' });

  const ministry = await testMinistry();
  const { fingerprint } = await director.call('bundles.inspectMinistryKeys', { text: ministry.keyFile });
  await director.call('bundles.setMinistryKeys', { text: ministry.keyFile, confirmedFingerprint: fingerprint });
  await director.call('bundles.export', { jobId: '00000000-0000-4000-8000-000000000001', profile: 'named', includeSecret: false });
  await staff.call('auth.logout', {});
}, 120_000);

afterAll(() => {
  core.close();
  dir.cleanup();
});

describe('the log file', () => {
  it('is one JSON object per line: a time, a level, an event and scalar fields', () => {
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line).toMatchObject({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string, level: expect.stringMatching(/^(debug|info|warn|error)$/) as string });
      for (const value of Object.values(line)) {
        expect(value === null || ['string', 'number', 'boolean'].includes(typeof value), JSON.stringify(line)).toBe(true);
      }
    }
  });

  it('holds only known events, each with only its allowed fields (ids, counts and codes)', () => {
    const events = new Set<string>();
    for (const { at: _at, level: _level, event, ...fields } of logLines()) {
      const name = String(event);
      events.add(name);
      expect(Object.keys(ALLOWED_FIELDS), `an event nobody reviewed: ${name}`).toContain(name);
      for (const field of Object.keys(fields)) {
        expect(ALLOWED_FIELDS[name], `${name} carries ${field}`).toContain(field);
      }
    }
    // The session above really went through the paths that log.
    expect([...events]).toEqual(
      expect.arrayContaining(['core.opened', 'setup.completed', 'auth.login.failed', 'auth.login.ok', 'auth.password-changed', 'resident.created', 'attachment.added', 'institution.updated', 'auth.logout']),
    );
  });

  it('never contains a password, the recovery code, a child’s identity, a note, a file name or a key', () => {
    const text = readFileSync(dataPaths(dir.path).logFile, 'utf8');
    const databaseKey = storedSecretHex('database-key');
    const signingKey = storedSecretHex('signing-key');
    expect(databaseKey).toMatch(/^[0-9a-f]{64}$/);
    expect(signingKey).toMatch(/^[0-9a-f]{80}$/);
    const forbidden = [
      sampleSetup.director.password,
      TEMPORARY_PASSWORD,
      STAFF_PASSWORD,
      WRONG_PASSWORD,
      'nobody-here',
      recoveryCode,
      recoveryCode.replaceAll('-', ''),
      CHILD.surname,
      CHILD.firstName,
      CHILD.patronymic,
      CHILD.fin,
      CHILD.birthCertNumber,
      NOTE_TEXT.slice(0, 20),
      FILE_NAME,
      'Günel',
      sampleSetup.director.fullName,
      '+994',
      databaseKey,
      databaseKey.toUpperCase(),
      Buffer.from(databaseKey, 'hex').toString('base64'),
      signingKey.slice(16),
      Buffer.from(signingKey.slice(16), 'hex').toString('base64'),
    ];
    for (const secret of forbidden) {
      expect(text.includes(secret), `the log contains ${secret.slice(0, 4)}…`).toBe(false);
    }
  });

  it.skipIf(process.platform === 'win32')('is readable by its owner only, in a folder only the owner can enter', () => {
    const paths = dataPaths(dir.path);
    expect(statSync(paths.logFile).mode & 0o777).toBe(0o600);
    expect(statSync(paths.logs).mode & 0o777).toBe(0o700);
  });
});
