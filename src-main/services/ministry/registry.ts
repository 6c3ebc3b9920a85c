import { and, asc, eq, max } from 'drizzle-orm';

import { AppError } from '../../contract/errors';
import type { Db } from '../../db/client';
import { importedBundles, registryInstitutions, registryKeys } from '../../db/schema';
import { fingerprintOf, keyIdHex, parsePublicKey } from '../bundles/format/minisign';
import type { CoreDeps } from '../context';
import type { SenderRecord } from './import/types';
import { getMinistry } from './installation';

export type Enrolment = { code: string; name: string; regionCode: string | null; typeCode: string | null; publicKeyFile: string };

const CODE = /^[A-Z0-9][A-Z0-9-]{0,31}$/;

/**
 * Enrols an institution with its minisign public key file. Returns the key's id and fingerprint, to
 * compare with what the institution reads out. A second enrolment of the same code is refused (a new
 * key is a rotation).
 */
export function enrol(deps: CoreDeps, enrolment: Enrolment): { keyId: string; fingerprint: string } {
  getMinistry(deps.db);
  if (!CODE.test(enrolment.code)) {
    throw new AppError('VALIDATION_FAILED', `"${enrolment.code}" is not an institution code`, {
      issues: [{ path: 'institutionCode', message: 'validation.institutionCode' }],
    });
  }
  let key;
  try {
    key = parsePublicKey(enrolment.publicKeyFile);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The file is not a minisign public key', { issues: [{ path: 'publicKey', message: 'validation.publicKey' }] });
  }
  const keyId = keyIdHex(key.keyId);
  deps.db.transaction((tx) => {
    if (tx.select().from(registryInstitutions).where(eq(registryInstitutions.code, enrolment.code)).get() !== undefined) {
      throw new AppError('CONFLICT', `Institution ${enrolment.code} is already enrolled`);
    }
    if (tx.select().from(registryKeys).where(eq(registryKeys.keyId, keyId)).get() !== undefined) {
      throw new AppError('CONFLICT', `Key ${keyId} is already enrolled for another institution`);
    }
    const now = deps.clock.now().toISOString();
    tx.insert(registryInstitutions).values({ code: enrolment.code, name: enrolment.name, regionCode: enrolment.regionCode, typeCode: enrolment.typeCode, enrolledAt: now }).run();
    tx.insert(registryKeys).values({ keyId, institutionCode: enrolment.code, publicKeyFile: enrolment.publicKeyFile, addedAt: now, revokedFrom: null }).run();
  });
  return { keyId, fingerprint: fingerprintOf(key.publicKey) };
}

/** What the import needs to know about a sender: keys, last sequence and chain, imported files. */
export function senderRecord(db: Db, code: string): SenderRecord | null {
  if (db.select().from(registryInstitutions).where(eq(registryInstitutions.code, code)).get() === undefined) {
    return null;
  }
  const keys = db.select().from(registryKeys).where(eq(registryKeys.institutionCode, code)).orderBy(asc(registryKeys.addedAt)).all();
  const last = db.select({ sequence: max(importedBundles.sequence) }).from(importedBundles).where(eq(importedBundles.institutionCode, code)).get();
  const lastSequence = last?.sequence ?? null;
  const lastBundle =
    lastSequence === null
      ? undefined
      : db
          .select({ manifestSha256: importedBundles.manifestSha256 })
          .from(importedBundles)
          .where(and(eq(importedBundles.institutionCode, code), eq(importedBundles.sequence, lastSequence)))
          .get();
  const imported = db.select({ sha256: importedBundles.sha256 }).from(importedBundles).where(eq(importedBundles.institutionCode, code)).all();
  return {
    institutionCode: code,
    keys: keys.map((key) => ({ keyId: key.keyId, publicKeyFile: key.publicKeyFile, revokedFrom: key.revokedFrom })),
    lastSequence,
    lastManifestSha256: lastBundle?.manifestSha256 ?? null,
    importedSha256s: new Set(imported.map((row) => row.sha256)),
  };
}
