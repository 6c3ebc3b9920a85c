import { AppError, validationError } from '../../contract/errors';
import type { PublicKeyFacts } from '../../contract/ministry';
import { appendAudit, changesBetween } from '../audit/audit-log';
import { readKeyRotation } from '../bundles/format/key-rotation-file';
import { fingerprintOf, keyIdHex, parsePublicKey } from '../bundles/format/minisign';
import type { Actor, CoreDeps } from '../context';
import type { Enrolment } from './registry';
import { enrol, rotateKey } from './registry';

/** A key file as pasted or loaded: a plain minisign public key, or a rotation file signed by the old key. */
type KeyText = { publicKeyFile: string; signature: string | null; facts: PublicKeyFacts };

/** Reads a plain public key or a rotation file; VALIDATION_FAILED when it is neither. */
export function readKeyText(text: string): KeyText {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const rotation = readKeyRotation(trimmed);
    const key = parsePublicKey(rotation.publicKeyFile);
    return {
      publicKeyFile: rotation.publicKeyFile,
      signature: rotation.signature,
      facts: { keyId: rotation.keyId, fingerprint: fingerprintOf(key.publicKey), signedByKeyId: rotation.previousKeyId },
    };
  }
  try {
    const key = parsePublicKey(trimmed);
    return { publicKeyFile: `${trimmed}\n`, signature: null, facts: { keyId: keyIdHex(key.keyId), fingerprint: fingerprintOf(key.publicKey), signedByKeyId: null } };
  } catch {
    throw validationError([{ path: 'text', message: 'validation.publicKey' }]);
  }
}

/** Refuses a fingerprint the admin did not confirm for exactly this key. */
function assertConfirmed(facts: PublicKeyFacts, confirmed: string): void {
  if (confirmed !== facts.fingerprint) {
    throw new AppError('FINGERPRINT_MISMATCH', 'The confirmed fingerprint is not this key’s');
  }
}

/** Enrols an institution once the admin confirmed its key's fingerprint; audited. */
export function enrolConfirmed(deps: CoreDeps, actor: Actor, input: Omit<Enrolment, 'publicKeyFile'> & { publicKeyFile: string; confirmedFingerprint: string }): PublicKeyFacts {
  const key = readKeyText(input.publicKeyFile);
  if (key.signature !== null) {
    throw validationError([{ path: 'publicKeyFile', message: 'validation.publicKey' }]);
  }
  assertConfirmed(key.facts, input.confirmedFingerprint);
  const enrolled = enrol(deps, { code: input.code, name: input.name, regionCode: input.regionCode, typeCode: input.typeCode, publicKeyFile: key.publicKeyFile });
  deps.db.transaction((tx) => {
    appendAudit(tx, actor, deps.clock.now(), {
      action: 'create',
      entityType: 'registry_institution',
      entityId: enrolled.code,
      changes: changesBetween(null, { name: input.name, regionCode: input.regionCode, typeCode: input.typeCode, keyId: enrolled.keyId }),
    });
  });
  return key.facts;
}

/**
 * Adds an institution's new key from a rotation file (checked against its enrolled keys) or a plain
 * key file confirmed by hand; the admin confirmed the fingerprint either way. Audited by the registry.
 */
export function rotateConfirmed(deps: CoreDeps, actor: Actor, input: { code: string; text: string; confirmedFingerprint: string }): PublicKeyFacts {
  const key = readKeyText(input.text);
  assertConfirmed(key.facts, input.confirmedFingerprint);
  rotateKey(deps, actor, { code: input.code, publicKeyFile: key.publicKeyFile, signature: key.signature, confirmedByHand: key.signature === null });
  return key.facts;
}
