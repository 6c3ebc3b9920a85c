import { and, asc, eq, max } from 'drizzle-orm';

import { AppError } from '../../contract/errors';
import { institutionCodeSchema } from '../../contract/institution';
import type { Db } from '../../db/client';
import { importedBundles, registryInstitutions, registryKeys } from '../../db/schema';
import { appendAudit } from '../audit/audit-log';
import { fingerprintOf, keyIdHex, parsePublicKey, verify } from '../bundles/format/minisign';
import type { Actor, CoreDeps } from '../context';
import { referenceCodeIssue } from '../reference/reference-service';
import type { SenderRecord } from './import/types';
import { getMinistry } from './installation';

/** An institution to enrol: name, region and type are optional (the name defaults to the code). */
export type Enrolment = { code: string; name: string | null; regionCode: string | null; typeCode: string | null; publicKeyFile: string };

/**
 * Enrols an institution with its minisign public key file. Returns the code as stored (upper case,
 * as the institution's bundles name it) and the key's id and fingerprint, to compare with what the
 * institution reads out. Region and type must be current items of the reference lists: the national
 * overview groups institutions by them, and a typo would make a region of its own. An institution
 * enrolled already is refused (a new key is a rotation), and so is a key enrolled for another one.
 */
export function enrol(deps: CoreDeps, enrolment: Enrolment): { code: string; keyId: string; fingerprint: string } {
  getMinistry(deps.db);
  const parsed = institutionCodeSchema.safeParse(enrolment.code);
  const issues = [
    parsed.success ? null : { path: 'institutionCode', message: 'validation.institutionCode' },
    enrolment.regionCode === null ? null : referenceCodeIssue(deps.db, 'region', enrolment.regionCode, 'regionCode'),
    enrolment.typeCode === null ? null : referenceCodeIssue(deps.db, 'institution_type', enrolment.typeCode, 'typeCode'),
  ].filter((issue) => issue !== null);
  if (!parsed.success || issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', `The enrolment of "${enrolment.code}" is not valid`, { issues });
  }
  const code = parsed.data;
  const key = publicKeyOf(enrolment.publicKeyFile);
  const keyId = keyIdHex(key.keyId);
  deps.db.transaction((tx) => {
    if (tx.select().from(registryInstitutions).where(eq(registryInstitutions.code, code)).get() !== undefined) {
      throw new AppError('INSTITUTION_ALREADY_ENROLLED', `Institution ${code} is already enrolled`, { institutionCode: code });
    }
    const holder = tx.select().from(registryKeys).where(eq(registryKeys.keyId, keyId)).get();
    if (holder !== undefined) {
      throw new AppError('KEY_ENROLLED_ELSEWHERE', `Key ${keyId} is already enrolled for institution ${holder.institutionCode}`, { keyId, institutionCode: holder.institutionCode });
    }
    const now = deps.clock.now().toISOString();
    tx.insert(registryInstitutions).values({ code, name: enrolment.name ?? code, regionCode: enrolment.regionCode, typeCode: enrolment.typeCode, enrolledAt: now }).run();
    tx.insert(registryKeys).values({ keyId, institutionCode: code, publicKeyFile: enrolment.publicKeyFile, addedAt: now, revokedFrom: null }).run();
  });
  return { code, keyId, fingerprint: fingerprintOf(key.publicKey) };
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

export type Rotation = {
  code: string;
  /** The institution's new minisign public key file. */
  publicKeyFile: string;
  /** A minisign signature of that file made with one of the institution's enrolled, unrevoked keys. */
  signature: string | null;
  /** Without a signature: the new key's fingerprint was confirmed with the institution by hand. */
  confirmedByHand: boolean;
};

/**
 * Adds an institution's new key: proven by a signature of the new key file with a key it already
 * holds, or confirmed by hand (a call to the director, say). Audited either way; the old key stays
 * valid until it is revoked.
 */
export function rotateKey(deps: CoreDeps, actor: Actor, rotation: Rotation): { keyId: string; fingerprint: string; signedBy: string | null } {
  getMinistry(deps.db);
  const key = publicKeyOf(rotation.publicKeyFile);
  const keyId = keyIdHex(key.keyId);
  const held = deps.db.select().from(registryKeys).where(eq(registryKeys.institutionCode, rotation.code)).all();
  if (held.length === 0) {
    throw new AppError('NOT_FOUND', `Institution ${rotation.code} is not enrolled`);
  }
  let signedBy: string | null = null;
  if (rotation.signature !== null) {
    const signer = held.find((old) => old.revokedFrom === null && signs(old.publicKeyFile, rotation.publicKeyFile, rotation.signature!));
    if (signer === undefined) {
      throw new AppError('VALIDATION_FAILED', 'The new key file is not signed by a valid key of this institution', {
        issues: [{ path: 'signature', message: 'validation.rotationSignature' }],
      });
    }
    signedBy = signer.keyId;
  } else if (!rotation.confirmedByHand) {
    throw new AppError('VALIDATION_FAILED', 'A new key needs the old key’s signature or a confirmation by hand', {
      issues: [{ path: 'signature', message: 'validation.required' }],
    });
  }
  deps.db.transaction((tx) => {
    if (tx.select().from(registryKeys).where(eq(registryKeys.keyId, keyId)).get() !== undefined) {
      throw new AppError('CONFLICT', `Key ${keyId} is already enrolled`);
    }
    const now = deps.clock.now();
    tx.insert(registryKeys).values({ keyId, institutionCode: rotation.code, publicKeyFile: rotation.publicKeyFile, addedAt: now.toISOString(), revokedFrom: null }).run();
    appendAudit(tx, actor, now, {
      action: 'create',
      entityType: 'registry_key',
      entityId: keyId,
      changes: { institutionCode: { before: null, after: rotation.code }, proof: { before: null, after: signedBy === null ? 'confirmed-by-hand' : `signed-by:${signedBy}` } },
    });
  });
  return { keyId, fingerprint: fingerprintOf(key.publicKey), signedBy };
}

/** Revokes a key from an instant: bundles it signed from then on are refused. Audited. */
export function revokeKey(deps: CoreDeps, actor: Actor, keyId: string, from: Date): void {
  getMinistry(deps.db);
  deps.db.transaction((tx) => {
    const key = tx.select().from(registryKeys).where(eq(registryKeys.keyId, keyId)).get();
    if (key === undefined) {
      throw new AppError('NOT_FOUND', `Key ${keyId} is not enrolled`);
    }
    const revokedFrom = from.toISOString();
    tx.update(registryKeys).set({ revokedFrom }).where(eq(registryKeys.keyId, keyId)).run();
    appendAudit(tx, actor, deps.clock.now(), {
      action: 'revoke',
      entityType: 'registry_key',
      entityId: keyId,
      changes: { revokedFrom: { before: key.revokedFrom, after: revokedFrom } },
    });
  });
}

function publicKeyOf(file: string) {
  try {
    return parsePublicKey(file);
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The file is not a minisign public key', { issues: [{ path: 'publicKey', message: 'validation.publicKey' }] });
  }
}

function signs(signerFile: string, message: string, signature: string): boolean {
  try {
    verify(parsePublicKey(signerFile), Buffer.from(message, 'utf8'), signature);
    return true;
  } catch {
    return false;
  }
}
