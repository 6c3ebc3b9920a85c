import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import type { TestCore } from '../../../test/helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../../../test/helpers/temp-core';
import { dataPaths } from '../../platform/paths';
import type { SecretStore } from '../../platform/secret-store';
import { listAudit } from '../audit/audit-query';
import type { CoreDeps } from '../context';
import { readKeyRotation, verifyKeyRotation, writeKeyRotation } from './format/key-rotation-file';
import { generateKeyPair, keyIdHex, parsePublicKey } from './format/minisign';
import { currentRotationFile, rotateSigningKey } from './key-rotation';
import { rotationFilePath, signingKeyPair, storedKeyPair } from './keys';

const actor = { userId: null, login: null, procedure: 'test.rotate' };
const opened: { core: TestCore; cleanup: () => void }[] = [];

afterEach(() => {
  opened.splice(0).forEach(({ core, cleanup }) => {
    core.close();
    cleanup();
  });
});

/** A set-up institution and the public key file of its current signing key. */
async function installation(): Promise<{ deps: CoreDeps; oldKeyFile: string; oldKeyId: string }> {
  const dir = tempDir('korpu-rotation-');
  const core = await openTestCore(dir.path);
  opened.push({ core, cleanup: () => dir.cleanup() });
  const director = await core.setUp();
  const { signingKey } = await director.call('bundles.keys', {});
  return { deps: core.core.deps, oldKeyFile: signingKey.publicKeyFile, oldKeyId: signingKey.keyId };
}

/** The key the installation signs with now (after settling any interrupted rotation). */
async function currentKeyId(deps: CoreDeps): Promise<string> {
  return keyIdHex((await signingKeyPair(deps, actor)).keyId);
}

const recordedKeys = (deps: CoreDeps) => deps.db.$client.prepare('SELECT key_id AS keyId FROM signing_keys ORDER BY key_id').all() as { keyId: string }[];
const keyAudit = (deps: CoreDeps) => listAudit(deps.db, { entityType: 'signing_key' }, 10, 0).entries.map((entry) => ({ action: entry.action, id: entry.entityId, changes: entry.changes }));

/** A secret store that "loses power" at the first write of `name`: that write and everything after it fail. */
function dyingAt(secrets: SecretStore, name: 'signing-key' | 'signing-key-next'): SecretStore {
  let dead = false;
  const check = () => {
    if (dead) {
      throw new Error('power cut');
    }
  };
  return {
    kind: secrets.kind,
    get: async (secret) => {
      check();
      return secrets.get(secret);
    },
    set: async (secret, value) => {
      check();
      if (secret === name) {
        dead = true;
        check();
      }
      return secrets.set(secret, value);
    },
    remove: async (secret) => {
      check();
      return secrets.remove(secret);
    },
  };
}

describe('rotating the institution’s signing key', () => {
  it('signs the new public key with the old one, then signs with the new key, recorded and audited', async () => {
    const { deps, oldKeyFile, oldKeyId } = await installation();
    const rotation = await rotateSigningKey(deps, actor);

    expect(rotation.previousKeyId).toBe(oldKeyId);
    expect(rotation.key.keyId).not.toBe(oldKeyId);
    const read = readKeyRotation(rotation.rotationFile);
    expect(read).toEqual({
      institutionCode: sampleSetup.institution.code,
      publicKeyFile: rotation.key.publicKeyFile,
      signature: expect.any(String) as string,
      keyId: rotation.key.keyId,
      previousKeyId: oldKeyId,
      createdAt: TEST_NOW.toISOString(),
    });
    expect(() => verifyKeyRotation(read, parsePublicKey(oldKeyFile))).not.toThrow();
    expect(() => verifyKeyRotation(read, parsePublicKey(rotation.key.publicKeyFile))).toThrow('Signed with key');

    expect(await currentKeyId(deps)).toBe(rotation.key.keyId);
    expect(await deps.secrets.get('signing-key-next')).toBeNull();
    expect(recordedKeys(deps)).toEqual([{ keyId: oldKeyId }, { keyId: rotation.key.keyId }].sort((a, b) => a.keyId.localeCompare(b.keyId)));
    expect(keyAudit(deps)).toEqual([
      {
        action: 'update',
        id: rotation.key.keyId,
        changes: {
          keyId: { before: oldKeyId, after: rotation.key.keyId },
          fingerprint: { before: expect.any(String) as string, after: rotation.key.fingerprint },
        },
      },
    ]);
    // The old key cannot sign the file again: it is kept, and can be saved again.
    expect(readFileSync(rotationFilePath(deps.dataDir, rotation.key.keyId), 'utf8')).toBe(rotation.rotationFile);
    expect(await currentRotationFile(deps, actor)).toEqual(rotation);
  });

  it('chains: a second rotation is signed by the key the first one made', async () => {
    const { deps, oldKeyId } = await installation();
    const first = await rotateSigningKey(deps, actor);
    const second = await rotateSigningKey(deps, actor);
    expect(second.previousKeyId).toBe(first.key.keyId);
    expect(() => verifyKeyRotation(readKeyRotation(second.rotationFile), parsePublicKey(first.key.publicKeyFile))).not.toThrow();
    expect(await currentKeyId(deps)).toBe(second.key.keyId);
    expect(keyAudit(deps).map((entry) => entry.changes.keyId)).toEqual([
      { before: first.key.keyId, after: second.key.keyId },
      { before: oldKeyId, after: first.key.keyId },
    ]);
  });

  it('keeps the old key when the installation dies before the new key is recorded', async () => {
    const { deps, oldKeyId } = await installation();
    // As a crash leaves it: the new key put aside and its rotation file written, nothing recorded.
    const previous = (await storedKeyPair(deps.secrets, 'signing-key'))!;
    const next = generateKeyPair();
    await deps.secrets.set('signing-key-next', Buffer.concat([next.keyId, next.secretKey]));
    const orphan = rotationFilePath(deps.dataDir, keyIdHex(next.keyId));
    mkdirSync(dataPaths(deps.dataDir).keyRotations, { recursive: true });
    writeFileSync(orphan, writeKeyRotation(sampleSetup.institution.code, previous, next, TEST_NOW));

    expect(await currentKeyId(deps)).toBe(oldKeyId);
    expect(await deps.secrets.get('signing-key-next')).toBeNull();
    expect(existsSync(orphan)).toBe(false);
    expect(recordedKeys(deps)).toEqual([{ keyId: oldKeyId }]);
    expect(keyAudit(deps)).toEqual([]);
    await expect(currentRotationFile(deps, actor)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('drops a rotation whose file cannot be saved, and the old key signs on', async () => {
    const { deps, oldKeyId } = await installation();
    // The rotation file cannot be written (a file stands where its folder should be).
    writeFileSync(dataPaths(deps.dataDir).keyRotations, 'not a folder');
    await expect(rotateSigningKey(deps, actor)).rejects.toThrow();
    expect(await deps.secrets.get('signing-key-next')).toBeNull();
    expect(await currentKeyId(deps)).toBe(oldKeyId);
    expect(recordedKeys(deps)).toEqual([{ keyId: oldKeyId }]);
    expect(keyAudit(deps)).toEqual([]);
  });

  it('finishes a recorded rotation that died before the new key replaced the old one', async () => {
    const { deps, oldKeyFile, oldKeyId } = await installation();
    await expect(rotateSigningKey({ ...deps, secrets: dyingAt(deps.secrets, 'signing-key') }, actor)).rejects.toThrow('power cut');
    const stored = await storedKeyPair(deps.secrets, 'signing-key');
    expect(keyIdHex(stored!.keyId), 'the old key is still in place after the crash').toBe(oldKeyId);

    const newKeyId = await currentKeyId(deps);
    expect(newKeyId).not.toBe(oldKeyId);
    expect(recordedKeys(deps).map((row) => row.keyId)).toContain(newKeyId);
    expect(await deps.secrets.get('signing-key-next')).toBeNull();
    const again = await currentRotationFile(deps, actor);
    expect(again).toMatchObject({ previousKeyId: oldKeyId, key: { keyId: newKeyId } });
    expect(() => verifyKeyRotation(readKeyRotation(again.rotationFile), parsePublicKey(oldKeyFile))).not.toThrow();
    expect(keyAudit(deps).map((entry) => [entry.action, entry.id])).toEqual([['update', newKeyId]]);
  });

  it('changes nothing when it dies putting the new key aside', async () => {
    const { deps, oldKeyId } = await installation();
    await expect(rotateSigningKey({ ...deps, secrets: dyingAt(deps.secrets, 'signing-key-next') }, actor)).rejects.toThrow('power cut');
    expect(await currentKeyId(deps)).toBe(oldKeyId);
    expect(recordedKeys(deps)).toEqual([{ keyId: oldKeyId }]);
  });

  it('lets an export meanwhile sign with the old key, leaving the rotation whole', async () => {
    const { deps, oldKeyId } = await installation();
    let reached!: () => void;
    let release!: () => void;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: CoreDeps = {
      ...deps,
      secrets: {
        kind: deps.secrets.kind,
        get: (name) => deps.secrets.get(name),
        remove: (name) => deps.secrets.remove(name),
        set: async (name, value) => {
          await deps.secrets.set(name, value);
          if (name === 'signing-key-next') {
            reached();
            await gate;
          }
        },
      },
    };
    const rotating = rotateSigningKey(gated, actor);
    await atGate;
    expect(await currentKeyId(gated)).toBe(oldKeyId);
    // Taken for a crash's leftover, the new key would be dropped: a crash after the record would then lose it.
    expect(await deps.secrets.get('signing-key-next')).not.toBeNull();
    release();
    const rotation = await rotating;
    expect(await currentKeyId(gated)).toBe(rotation.key.keyId);
    expect(readFileSync(rotationFilePath(deps.dataDir, rotation.key.keyId), 'utf8')).toBe(rotation.rotationFile);
  });

  it('refuses without a key to sign with, and a second rotation while one runs', async () => {
    const { deps } = await installation();
    const [first, second] = await Promise.allSettled([rotateSigningKey(deps, actor), rotateSigningKey(deps, actor)]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'CONFLICT' } });

    await deps.secrets.remove('signing-key');
    await expect(rotateSigningKey(deps, actor)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { issues: [{ path: 'signingKey', message: 'validation.signingKeyMissing' }] },
    });
    expect(await deps.secrets.get('signing-key')).toBeNull();
    expect(await deps.secrets.get('signing-key-next')).toBeNull();
  });
});
