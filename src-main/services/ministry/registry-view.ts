import type { RegistryInstitution } from '../../contract/ministry';
import type { RootDb } from '../../db/client';
import { fingerprintOf, parsePublicKey } from '../bundles/format/minisign';
import { getMinistry } from './installation';

type InstitutionRow = { code: string; name: string; regionCode: string | null; typeCode: string | null; enrolledAt: string };
type KeyRow = { keyId: string; institutionCode: string; publicKeyFile: string; addedAt: string; revokedFrom: string | null };
type BundleStats = { institutionCode: string; lastSequence: number | null; lastImportAt: string | null; bundles: number };

/**
 * The registry as the admin and analysts see it: every enrolled institution by code, its keys
 * (oldest first) with their fingerprints, whether a key is valid at `now`, and where its bundles stand.
 */
export function listRegistry(db: RootDb, now: Date): RegistryInstitution[] {
  getMinistry(db);
  const sqlite = db.$client;
  const institutions = sqlite
    .prepare('SELECT code, name, region_code AS regionCode, type_code AS typeCode, enrolled_at AS enrolledAt FROM registry_institutions ORDER BY code')
    .all() as InstitutionRow[];
  const keys = sqlite
    .prepare('SELECT key_id AS keyId, institution_code AS institutionCode, public_key_file AS publicKeyFile, added_at AS addedAt, revoked_from AS revokedFrom FROM registry_keys ORDER BY added_at, key_id')
    .all() as KeyRow[];
  const stats = new Map(
    (
      sqlite
        .prepare('SELECT institution_code AS institutionCode, max(sequence) AS lastSequence, max(imported_at) AS lastImportAt, count(*) AS bundles FROM imported_bundles GROUP BY institution_code')
        .all() as BundleStats[]
    ).map((row) => [row.institutionCode, row]),
  );
  const at = now.toISOString();
  return institutions.map((institution) => {
    const own = keys.filter((key) => key.institutionCode === institution.code);
    const stat = stats.get(institution.code);
    return {
      ...institution,
      keys: own.map((key) => ({ keyId: key.keyId, fingerprint: fingerprintOf(parsePublicKey(key.publicKeyFile).publicKey), addedAt: key.addedAt, revokedFrom: key.revokedFrom })),
      status: own.some((key) => key.revokedFrom === null || key.revokedFrom > at) ? 'active' : 'revoked',
      lastSequence: stat?.lastSequence ?? null,
      lastImportAt: stat?.lastImportAt ?? null,
      bundles: stat?.bundles ?? 0,
    };
  });
}
