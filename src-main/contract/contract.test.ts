import { describe, expect, it } from 'vitest';

import { access, isAllowed } from './access';
import { directorAccountInputSchema, loginSchema, passwordSchema } from './accounts';
import { institutionRoles, roles } from './common';
import { errorCodes } from './errors';
import { capacitySchema, institutionCodeSchema, institutionProfileInputSchema, phoneSchema } from './institution';
import az from './messages/az.json';
import en from './messages/en.json';
import ru from './messages/ru.json';
import { procedureNames } from './procedures';
import { setupInputSchema } from './setup';
import { parseWithKeys } from './zod-issues';

const validSetup = {
  institution: { code: 'BAK-UE-01', name: 'Bakı 1 nömrəli uşaq evi', typeCode: 'children_home', regionCode: 'baku' },
  director: { login: 'nigar', fullName: 'Nigar Əliyeva', password: 'Qarabag2026x' },
  language: 'az',
};

/** The i18n keys of the problems found, e.g. ['validation.phone']. */
function problemsOf(schema: Parameters<typeof parseWithKeys>[0], input: unknown): string[] {
  const result = parseWithKeys(schema, input);
  return result.success ? [] : result.issues.map((issue) => issue.message);
}

describe('institution fields', () => {
  it('accepts a ministry code typed in lower case with spaces around it, stored in capitals', () => {
    expect(parseWithKeys(institutionCodeSchema, ' bak-ue-01 ')).toEqual({ success: true, data: 'BAK-UE-01' });
  });

  it('refuses a code that is too short or has a space', () => {
    expect(problemsOf(institutionCodeSchema, 'x')).toEqual(['validation.institutionCode']);
    expect(problemsOf(institutionCodeSchema, 'BAK UE')).toEqual(['validation.institutionCode']);
  });

  it('accepts a phone number written the usual way and refuses two digits', () => {
    expect(parseWithKeys(phoneSchema, '+994 12 555 12 34')).toEqual({ success: true, data: '+994 12 555 12 34' });
    expect(problemsOf(phoneSchema, '12')).toEqual(['validation.phone']);
  });

  it('treats an empty phone as not given', () => {
    expect(parseWithKeys(phoneSchema, '')).toEqual({ success: true, data: null });
  });

  it('keeps the capacity between 1 and 5000 whole places', () => {
    expect(problemsOf(capacitySchema, 0)).toEqual(['validation.capacityRange']);
    expect(problemsOf(capacitySchema, 5001)).toEqual(['validation.capacityRange']);
    expect(problemsOf(capacitySchema, 1.5)).toEqual(['validation.integer']);
    expect(parseWithKeys(capacitySchema, 5000)).toEqual({ success: true, data: 5000 });
  });
});

describe('director account fields', () => {
  it('stores a login typed with capitals in lower case', () => {
    expect(parseWithKeys(loginSchema, 'Aynur')).toEqual({ success: true, data: 'aynur' });
  });

  it('refuses a login that is too short or has a space', () => {
    expect(problemsOf(loginSchema, 'ay')).toEqual(['validation.loginTooShort']);
    expect(problemsOf(loginSchema, 'ay nur')).toEqual(['validation.loginFormat']);
  });

  it('says how long a password must be', () => {
    const result = parseWithKeys(passwordSchema, 'short1');
    expect(result).toEqual({ success: false, issues: [{ path: '', message: 'validation.passwordTooShort', params: { limit: 10 } }] });
  });

  it('asks for a digit and a letter in the password', () => {
    expect(problemsOf(passwordSchema, 'onlyletterslong')).toEqual(['validation.passwordNeedsDigit']);
    expect(problemsOf(passwordSchema, '1234567890')).toEqual(['validation.passwordNeedsLetter']);
  });

  it('refuses a password that contains the login, beside the password field', () => {
    const result = parseWithKeys(directorAccountInputSchema, { login: 'Aynur', fullName: 'Aynur Məmmədova', password: 'xaynur2026x' });
    expect(result).toEqual({ success: false, issues: [{ path: 'password', message: 'validation.passwordContainsLogin' }] });
  });
});

describe('field problems a caller is told about', () => {
  it('accepts the wizard input as a whole', () => {
    expect(parseWithKeys(setupInputSchema, validSetup).success).toBe(true);
  });

  it('refuses a field the contract does not know', () => {
    expect(problemsOf(setupInputSchema, { ...validSetup, admin: true })).toEqual(['validation.unknownField']);
  });

  it('calls a number in a text field not valid rather than missing', () => {
    const withNumbers = { ...validSetup, institution: { ...validSetup.institution, name: 42, address: 42 } };
    const result = parseWithKeys(setupInputSchema, withNumbers);
    expect(result.success ? [] : result.issues).toEqual([
      { path: 'institution.name', message: 'validation.invalid' },
      { path: 'institution.address', message: 'validation.invalid' },
    ]);
  });

  it('calls a missing field required, naming it', () => {
    const { password: _password, ...withoutPassword } = validSetup.director;
    const result = parseWithKeys(setupInputSchema, { ...validSetup, director: withoutPassword });
    expect(result.success ? [] : result.issues).toEqual([{ path: 'director.password', message: 'validation.required' }]);
  });

  it('names each field at fault in a profile', () => {
    const result = parseWithKeys(institutionProfileInputSchema, { ...validSetup.institution, code: 'x', capacity: 0 });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual(['code', 'capacity']);
  });
});

describe('who may call what', () => {
  it('has an access rule for every procedure and no rule for a procedure that does not exist', () => {
    expect(Object.keys(access).sort()).toEqual([...procedureNames].sort());
  });

  it('lets only the director change the institution profile', () => {
    expect(isAllowed('institution.update', 'staff')).toBe(false);
    expect(isAllowed('institution.update', 'viewer')).toBe(false);
    expect(isAllowed('institution.update', 'director')).toBe(true);
    expect(isAllowed('institution.update', null)).toBe(false);
  });

  it('lets anyone reach first-run and sign-in without a session, but nothing else', () => {
    for (const name of ['app.info', 'setup.complete', 'setup.ministry', 'auth.login'] as const) {
      expect(isAllowed(name, null)).toBe(true);
    }
    expect(isAllowed('institution.get', null)).toBe(false);
    for (const role of roles) {
      // An institution's profile is its own users'; the ministry's users read only what bundles bring.
      expect(isAllowed('institution.get', role)).toBe(institutionRoles.includes(role as (typeof institutionRoles)[number]));
    }
  });
});

// Validation keys found in the source are checked against these catalogues in
// src-renderer/i18n/i18n.test.ts: this folder is also type-checked for the browser, which has no fs.
describe('translations of error codes', () => {
  it.each(Object.entries({ az, ru, en }))('%s has a message for every error code', (_language, messages) => {
    const errors: Record<string, string> = messages.errors;
    const missing = errorCodes.filter((code) => (errors[code] ?? '').trim() === '');
    expect(missing).toEqual([]);
  });
});
