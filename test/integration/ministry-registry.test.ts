import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contractMessages } from '../../src-main/contract/messages';
import { fingerprintOf, generateKeyPair, keyIdHex, publicKeyFile } from '../../src-main/services/bundles/format/minisign';
import { initMinistry } from '../../src-main/services/ministry/installation';
import type { Enrolment } from '../../src-main/services/ministry/registry';
import { enrol, senderRecord } from '../../src-main/services/ministry/registry';
import { setReferenceRetired } from '../../src-main/services/reference/reference-service';
import type { TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

/** Enrolment in the ministry's registry, as the command line and the registry screen both call it. */

let dir: ReturnType<typeof tempDir>;
let ministry: TestCore;
const key = generateKeyPair();
const keyId = keyIdHex(key.keyId);

/** The registry's rows, as the registry screen lists them. */
const registry = () =>
  ministry.core.deps.db.$client
    .prepare('SELECT i.code, i.name, i.region_code AS regionCode, i.type_code AS typeCode, k.key_id AS keyId FROM registry_institutions i JOIN registry_keys k ON k.institution_code = i.code ORDER BY i.code')
    .all();
const enrolling = (enrolment: Partial<Enrolment>) =>
  enrol(ministry.core.deps, { code: 'SHK-UE-03', name: null, regionCode: null, typeCode: null, publicKeyFile: publicKeyFile(key), ...enrolment });
/** Expects `enrolling` to be refused with the error `matching` describes. */
const refusal = (enrolment: Partial<Enrolment>) => expect(() => enrolling(enrolment));

beforeAll(async () => {
  dir = tempDir('korpu-registry-');
  ministry = await openTestCore(dir.path);
  await initMinistry(ministry.core.deps, 'DUMİ');
});

afterAll(() => {
  ministry.close();
  dir.cleanup();
});

describe('enrolling an institution', () => {
  it('refuses a malformed code, and a region or type not in the reference lists, naming each field; nothing is enrolled', () => {
    setReferenceRetired(ministry.core.deps, { userId: null, login: null, procedure: 'test' }, 'region', 'ganja', true);
    refusal({ code: 'shk ue 3', regionCode: 'atlantis', typeCode: 'castle' }).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        details: {
          issues: [
            { path: 'institutionCode', message: 'validation.institutionCode' },
            { path: 'regionCode', message: 'validation.unknownCode' },
            { path: 'typeCode', message: 'validation.unknownCode' },
          ],
        },
      }),
    );
    // A retired region groups no new institution either.
    refusal({ regionCode: 'ganja' }).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED', details: { issues: [{ path: 'regionCode', message: 'validation.unknownCode' }] } }));
    expect(contractMessages.en.validation.unknownCode).toBe('Choose a value from the list.');
    expect(registry()).toEqual([]);
  });

  it('stores the code as the institution’s bundles name it, the name defaulting to it, and gives the key’s fingerprint', () => {
    const enrolled = enrolling({ code: ' shk-ue-03 ', regionCode: 'baku', typeCode: 'children_home' });
    expect(enrolled).toEqual({ code: 'SHK-UE-03', keyId, fingerprint: fingerprintOf(key.publicKey) });
    expect(registry()).toEqual([{ code: 'SHK-UE-03', name: 'SHK-UE-03', regionCode: 'baku', typeCode: 'children_home', keyId }]);
    expect(senderRecord(ministry.core.deps.db, 'SHK-UE-03')?.keys.map((held) => held.keyId)).toEqual([keyId]);
  });

  it('tells an institution enrolled already from a key enrolled for another, each in the user’s language; nothing changes', () => {
    const before = registry();
    refusal({ code: 'shk-ue-03', publicKeyFile: publicKeyFile(generateKeyPair()) }).toThrow(
      expect.objectContaining({ code: 'INSTITUTION_ALREADY_ENROLLED', details: { institutionCode: 'SHK-UE-03' } }),
    );
    refusal({ code: 'BAK-UE-01', name: 'Bakı şəhəri 1 nömrəli uşaq evi' }).toThrow(
      expect.objectContaining({ code: 'KEY_ENROLLED_ELSEWHERE', details: { keyId, institutionCode: 'SHK-UE-03' } }),
    );
    expect(registry()).toEqual(before);
    expect(senderRecord(ministry.core.deps.db, 'BAK-UE-01')).toBeNull();
    expect(contractMessages.az.errors.INSTITUTION_ALREADY_ENROLLED).toContain('Bu müəssisə artıq qeydiyyatdadır.');
    expect(contractMessages.ru.errors.KEY_ENROLLED_ELSEWHERE).toContain('уже зарегистрирован для другого учреждения');
    expect(contractMessages.en.errors.KEY_ENROLLED_ELSEWHERE).not.toBe(contractMessages.en.errors.INSTITUTION_ALREADY_ENROLLED);
  });
});
