import { join } from 'node:path';

import type { ExportProfile } from '../../src-main/contract/bundle-payload';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { importBundleFile } from '../../src-main/services/ministry/importer';
import { initMinistry, ministryKeyFileText } from '../../src-main/services/ministry/installation';
import { enrol } from '../../src-main/services/ministry/registry';
import type { TestConnection, TestCore } from './temp-core';
import { openTestCore, sampleSetup, tempDir } from './temp-core';

/*
 * For the overview's tests only: a ministry test core and two institutions that really export
 * their bundles for it to import (as test/integration/ministry-import.test.ts does).
 * - Baku (BAK-UE-01, region baku): demo children, one named bundle on TEST_NOW (25 Nov 2026),
 *   adoption-secret records included, so that it counts every exit its own indicators count.
 * - Ganja (GNC-UE-02, region ganja): demo children, a statistical bundle on TEST_NOW; on 12 January
 *   2027, after a child was transferred and another reintegrated on the 10th, a second statistical
 *   bundle, then a plan bundle.
 */

/** The day the overview is computed in the tests. */
export const TODAY = '2027-01-12';
const JANUARY = new Date('2027-01-12T08:00:00.000Z');

/** An institution of the test world. */
export type Institution = { code: string; core: TestCore; director: TestConnection };

/** The ministry, the institutions, and what the tests compare with. */
export type World = {
  ministry: TestCore;
  baku: Institution;
  ganja: Institution;
  /** Ganja's children in residence when it made its first bundle. */
  ganjaBefore: number;
  /** Every child's surname, full name, FİN, certificate number and record id, of both institutions. */
  identities: string[];
  /** Enrols a third institution, with no region, that has sent nothing. */
  enrolSilent(): Promise<void>;
  close(): void;
};

const ganjaSetup = {
  ...sampleSetup,
  institution: { ...sampleSetup.institution, code: 'GNC-UE-02', name: 'Gəncə şəhəri 2 nömrəli uşaq evi', regionCode: 'ganja', address: 'Gəncə, Nizami küçəsi 5' },
};

/** A first-run input, as the wizard sends it. */
type Setup = { institution: { code: string; name: string }; director: { login: string; password: string } };

let jobs = 0;

async function openInstitution(setup: Setup, children: number, seed: number, keyFile: string, dirs: { cleanup(): void }[]): Promise<Institution> {
  const dir = tempDir('korpu-overview-inst-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  const director = core.connection();
  await director.call('setup.complete', setup);
  await director.signIn(setup.director.login, setup.director.password);
  fillDemo(core.core.deps, children, seed);
  const { fingerprint } = await director.call('bundles.inspectMinistryKeys', { text: keyFile });
  await director.call('bundles.setMinistryKeys', { text: keyFile, confirmedFingerprint: fingerprint });
  return { code: setup.institution.code, core, director };
}

/** Exports a bundle of `profile` and returns the file's path. */
async function exportBundle(institution: Institution, profile: ExportProfile, includeSecret = false): Promise<string> {
  jobs += 1;
  const jobId = `00000000-0000-4000-8000-${String(jobs).padStart(12, '0')}`;
  const exported = await institution.director.call('bundles.export', { jobId, profile, includeSecret });
  return join(institution.core.core.deps.dataDir, 'exports', exported.fileName);
}

async function enrolInstitution(ministry: TestCore, institution: Institution, name: string, regionCode: string | null): Promise<void> {
  const { publicKeyFile } = (await institution.director.call('bundles.keys', {})).signingKey;
  enrol(ministry.core.deps, { code: institution.code, name, regionCode, typeCode: 'children_home', publicKeyFile });
}

async function importAll(ministry: TestCore, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const result = await importBundleFile(ministry.core.deps, path, { dryRun: false });
    if (result.status !== 'imported') {
      throw new Error(`${path}: ${result.status} ${result.reason ?? ''}`);
    }
  }
}

/** Children in residence by the institution's own records (plain SQL). */
export function inResidenceOf(institution: Institution): number {
  return institution.core.core.deps.db.$client.prepare('SELECT count(DISTINCT resident_id) FROM stays WHERE exit_date IS NULL').pluck().get() as number;
}

/** Two children present (not away) leave on `date`, one per exit type, through the app's own procedure. */
export async function exitChildren(institution: Institution, exitTypes: readonly string[], date: string): Promise<void> {
  const present = institution.core.core.deps.db.$client
    .prepare('SELECT r.id, r.version FROM residents r JOIN stays s ON s.resident_id = r.id WHERE s.exit_date IS NULL AND s.temporarily_absent = 0 ORDER BY r.id LIMIT ?')
    .all(exitTypes.length) as { id: string; version: number }[];
  for (const [index, exitTypeCode] of exitTypes.entries()) {
    const child = present[index]!;
    const transfer = exitTypeCode === 'transfer';
    await institution.director.call('placements.exit', {
      residentId: child.id,
      version: child.version,
      exitTypeCode,
      exitDate: date,
      decision: { bodyCode: 'guardianship_authority', number: `Q-${index + 1}/2027`, date },
      destination: transfer
        ? { kind: 'institution', name: 'Gəncə şəhəri 3 nömrəli uşaq evi', phone: null, address: null }
        : { kind: 'person', name: 'Həsənova Səbinə', phone: '+994 50 555 12 34', address: 'Gəncə, 5-ci mkr.' },
      note: null,
    });
  }
}

function identitiesOf(institution: Institution): string[] {
  const rows = institution.core.core.deps.db.$client
    .prepare('SELECT id, surname, first_name AS firstName, fin, birth_cert_number AS certificate FROM residents')
    .all() as { id: string; surname: string; firstName: string; fin: string | null; certificate: string | null }[];
  return rows.flatMap((row) => [row.id, row.surname, `${row.surname} ${row.firstName}`, row.fin, row.certificate].filter((value): value is string => value !== null));
}

/** Builds the world (slow: two demo institutions, five exports, five imports). */
export async function openWorld(): Promise<World> {
  const dirs: { cleanup(): void }[] = [];
  const ministryDir = tempDir('korpu-overview-min-');
  dirs.push(ministryDir);
  const ministry = await openTestCore(ministryDir.path);
  await initMinistry(ministry.core.deps, 'DUMİ');
  const keyFile = ministryKeyFileText(ministry.core.deps.db);
  const baku = await openInstitution(sampleSetup, 30, 11, keyFile, dirs);
  const ganja = await openInstitution(ganjaSetup, 24, 12, keyFile, dirs);
  await enrolInstitution(ministry, baku, sampleSetup.institution.name, 'baku');
  await enrolInstitution(ministry, ganja, ganjaSetup.institution.name, 'ganja');
  await importAll(ministry, [await exportBundle(baku, 'named', true), await exportBundle(ganja, 'statistical')]);
  const ganjaBefore = inResidenceOf(ganja);

  ganja.core.clock.set(JANUARY);
  ministry.clock.set(JANUARY);
  await ganja.director.signIn(ganjaSetup.director.login, ganjaSetup.director.password);
  await exitChildren(ganja, ['transfer', 'reintegration'], '2027-01-10');
  await importAll(ministry, [await exportBundle(ganja, 'statistical'), await exportBundle(ganja, 'plan')]);

  const silent = tempDir('korpu-overview-silent-');
  dirs.push(silent);
  return {
    ministry,
    baku,
    ganja,
    ganjaBefore,
    identities: [...identitiesOf(baku), ...identitiesOf(ganja)],
    async enrolSilent() {
      const core = await openTestCore(silent.path);
      const director = core.connection();
      const setup = { ...sampleSetup, institution: { ...sampleSetup.institution, code: 'SHK-UE-03' } };
      await director.call('setup.complete', setup);
      await director.signIn(setup.director.login, setup.director.password);
      await enrolInstitution(ministry, { code: 'SHK-UE-03', core, director }, 'Şəki uşaq evi', null);
      core.close();
    },
    close() {
      for (const institution of [baku, ganja]) {
        institution.core.close();
      }
      ministry.close();
      dirs.forEach((dir) => dir.cleanup());
    },
  };
}
