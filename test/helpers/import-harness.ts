import { readBundle } from '../../src-main/services/ministry/import/read-bundle';
import type { ReadOptions, ReadOutcome, SenderRecord } from '../../src-main/services/ministry/import/types';
import type { ForgedInstitution } from './bundle-forge';
import { bundleFolder, FORGED_AT, forgedInstitution } from './bundle-forge';
import type { TestMinistry } from './ministry';
import { testMinistry } from './ministry';

/** A day after `FORGED_AT`: forged bundles are valid then. */
export const IMPORT_NOW = new Date(Date.parse(FORGED_AT) + 86_400_000);

/** What `readBundle` gave, with the records it handed over and the progress it reported. */
export type ReadResult = { outcome: ReadOutcome; records: [string, unknown][]; progress: [number, number][] };

/** The ministry's side of import tests: its identity, one enrolled forged institution, a temp folder. */
export type ImportHarness = {
  ministry: TestMinistry;
  institution: ForgedInstitution;
  /** The registry record of `institution` (enrolled key, nothing imported yet), with changes. */
  sender(changes?: Partial<SenderRecord>): SenderRecord;
  /** Writes `bytes` to a file and reads it; `record` is what the registry answers for the institution's code. */
  read(bytes: Uint8Array, options?: Partial<ReadOptions> & { record?: SenderRecord | null }): Promise<ReadResult>;
  /** Reads a file by path. */
  readPath(path: string, options?: Partial<ReadOptions> & { record?: SenderRecord | null }): Promise<ReadResult>;
  cleanup(): void;
};

/** A fresh ministry identity and forged institution; call `cleanup` after the tests. */
export async function importHarness(): Promise<ImportHarness> {
  const ministry = await testMinistry();
  const institution = forgedInstitution();
  const folder = bundleFolder();
  let files = 0;
  const sender = (changes: Partial<SenderRecord> = {}): SenderRecord => ({
    institutionCode: institution.code,
    keys: [{ keyId: institution.keyId, publicKeyFile: institution.publicKeyFile, revokedFrom: null }],
    lastSequence: null,
    lastManifestSha256: null,
    importedSha256s: new Set(),
    ...changes,
  });
  const readPath: ImportHarness['readPath'] = async (path, options = {}) => {
    const { record = sender(), ...rest } = options;
    const records: [string, unknown][] = [];
    const progress: [number, number][] = [];
    const outcome = await readBundle(
      path,
      {
        identity: ministry.identity,
        sender: (code) => (code === institution.code ? record : null),
        now: IMPORT_NOW,
        onProgress: (done, total) => progress.push([done, total]),
        ...rest,
      },
      (table, value) => records.push([table, value]),
    );
    return { outcome, records, progress };
  };
  return {
    ministry,
    institution,
    sender,
    readPath,
    read: (bytes, options) => readPath(folder.write(`bundle-${++files}.korpu`, bytes), options),
    cleanup: () => folder.cleanup(),
  };
}

/** A reference item with Azerbaijani text whose multibyte characters fall across chunk boundaries. */
export function referenceRow(i: number): Record<string, unknown> {
  return {
    kind: 'region',
    code: `region-${i}`,
    labels: { az: `Şəki, İsmayılov, ğ, ü — ${i} ${'ə'.repeat(i % 7)}`, ru: `Шеки ${i}`, en: `Sheki ${i}` },
    meta: {},
    sortOrder: i,
    retired: i % 5 === 0,
  };
}

/** A child of a statistical bundle. */
export function childRow(i: number): Record<string, unknown> {
  return {
    id: i.toString(16).padStart(32, '0'),
    sex: i % 2 === 0 ? 'female' : 'male',
    ageMonths: 24 + i,
    legalStatusCode: 'orphan',
    deprivationReasonCodes: [],
    disabilityStatus: 'none',
    disabilityCategoryCode: null,
    educationTypeCode: null,
    grade: null,
  };
}
