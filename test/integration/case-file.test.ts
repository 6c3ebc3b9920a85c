import { eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { calendarDate } from '../../src-main/contract/dates';
import { contactLog, familyMembers, progressNotes, users } from '../../src-main/db/schema';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

/** Words of the long note; none of them occurs anywhere else in the case file. */
const NOTE_WORDS = ['oyun', 'rəsm', 'dərs', 'gəzinti', 'kitab', 'mahnı', 'dostluq', 'çəkic', 'ağac', 'günəş'];
const LONG_NOTE_WORDS = 3000;
const longNote = [
  'Başlanğıc',
  ...Array.from({ length: LONG_NOTE_WORDS - 2 }, (_, index) => NOTE_WORDS[index % NOTE_WORDS.length]!),
  'Sonuncusöz',
].join(' ');

let dir: ReturnType<typeof tempDir>;
let core: TestCore;
let director: TestConnection;
let childId: string;

beforeAll(async () => {
  dir = tempDir('korpu-case-file-');
  core = await openTestCore(dir.path);
  director = await core.setUp();
  const child = await director.call('residents.create', {
    identity: {
      surname: 'Əliyeva',
      firstName: 'Gülşən',
      patronymic: 'İlqar qızı',
      sex: 'female',
      birthDate: '2014-05-19',
      birthPlace: 'Şəki',
      citizenship: 'Azərbaycan Respublikası',
    },
    legal: { legalStatusCode: 'orphan', deprivationReasonCodes: [] },
    admission: { admissionDate: '2024-09-02', basisBodyCode: 'court', basisNumber: '2-1234/2024', basisDate: '2024-08-20', reasonCodes: ['poverty'], sourceCode: 'family' },
  });
  childId = child.id;
  // Straight into the tables: the case file reads them itself, whatever the family and notes screens do.
  const { db } = core.core.deps;
  const author = db.select().from(users).where(eq(users.login, sampleSetup.director.login)).get()!;
  const at = TEST_NOW.toISOString();
  db.insert(familyMembers)
    .values([
      { id: 'fm-1', residentId: childId, relationCode: 'grandmother', fullName: 'Hüseynova Zərifə Əli qızı', phone: '+994 50 111 22 33', address: 'Şəki, Nizami küçəsi 12', contactAllowed: true, note: 'Hər ay gəlir', createdAt: at, updatedAt: at },
      { id: 'fm-2', residentId: childId, relationCode: 'uncle', fullName: 'Əliyev Rövşən Tofiq oğlu', contactAllowed: false, createdAt: at, updatedAt: at },
    ])
    .run();
  db.insert(contactLog)
    .values({ id: 'cl-1', residentId: childId, date: '2026-10-05', kind: 'visit', familyMemberId: 'fm-1', note: 'Nənəsi ziyarətə gəldi', recordedBy: author.id, createdAt: at, updatedAt: at })
    .run();
  db.insert(progressNotes)
    .values([
      { id: 'pn-1', residentId: childId, date: '2026-09-01', domainCode: 'education', text: 'Məktəbə həvəslə gedir.', authorId: author.id, createdAt: at },
      { id: 'pn-2', residentId: childId, date: '2026-11-20', domainCode: 'development', text: longNote, authorId: author.id, createdAt: at },
    ])
    .run();
});

afterAll(() => {
  core.close();
  dir.cleanup();
});

type CaseFile = { fileName: string; pdfBase64: string };

/** The text of each page, one drawn line per line, and the document's title and producer. */
async function readPdf(file: CaseFile): Promise<{ pages: string[]; title: unknown; producer: unknown }> {
  const loading = getDocument({ data: new Uint8Array(Buffer.from(file.pdfBase64, 'base64')), useSystemFonts: false });
  try {
    const pdf = await loading.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    }
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    return { pages, title: info.Title, producer: info.Producer };
  } finally {
    await loading.destroy();
  }
}

const words = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '');

describe("a child's case file", () => {
  it('is a PDF in Azerbaijani with the institution, the child and every section, named in ASCII', async () => {
    const file = await director.call('residents.caseFile', { id: childId, language: 'az' });
    expect(Buffer.from(file.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.fileName).toBe(`case-file-eliyeva-${calendarDate(TEST_NOW)}.pdf`);

    const { pages, title, producer } = await readPdf(file);
    const text = pages.join('\n');
    for (const expected of ['Əliyeva', 'Gülşən', 'İlqar qızı', 'Şəki', sampleSetup.institution.name, sampleSetup.institution.code, 'Uşağın şəxsi işi']) {
      expect(text).toContain(expected);
    }
    // Reference codes appear as their Azerbaijani labels, dates with Azerbaijani month names.
    for (const expected of ['Yetim (hər iki valideyni vəfat edib)', 'Məhkəmə', 'Yoxsulluq', 'Ailədən', '19 may 2014', 'Qız']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Hüseynova Zərifə Əli qızı');
    expect(text).toContain('Nənəsi ziyarətə gəldi');
    expect(text).toContain('Məktəbə həvəslə gedir.');
    expect(pages[0]).toContain('Məxfi: şəxsi məlumatlar');
    expect(pages[0]).toContain(`1 / ${pages.length}`);
    expect(title).toBe('Əliyeva Gülşən İlqar qızı — Uşağın şəxsi işi');
    expect(producer).toBe('Körpü');
  });

  it('wraps a 3,000-word note over pages without losing a word', async () => {
    const { pages } = await readPdf(await director.call('residents.caseFile', { id: childId, language: 'az' }));
    const first = pages.findIndex((page) => page.includes('Başlanğıc'));
    const last = pages.findIndex((page) => page.includes('Sonuncusöz'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    const noteWords = words(pages.join('\n')).filter((word) => ['Başlanğıc', 'Sonuncusöz', ...NOTE_WORDS].includes(word));
    expect(noteWords).toEqual(words(longNote));
    // The newest note comes first.
    expect(pages.join('\n').indexOf('Sonuncusöz')).toBeLessThan(pages.join('\n').indexOf('Məktəbə həvəslə gedir.'));
  });

  it('speaks English when asked', async () => {
    const file = await director.call('residents.caseFile', { id: childId, language: 'en' });
    const text = (await readPdf(file)).pages.join('\n');
    for (const expected of ["Child's case file", 'Orphan (both parents deceased)', 'Date of birth', '19 May 2014', 'Progress notes', 'Confidential: personal data']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Uşağın şəxsi işi');
    expect(file.fileName).toBe(`case-file-eliyeva-${calendarDate(TEST_NOW)}.pdf`);
  });

  it('may be printed by a viewer; an unknown child is NOT_FOUND', async () => {
    const viewer = await core.addUser(director, 'baxan', 'viewer');
    const file = await viewer.call('residents.caseFile', { id: childId, language: 'ru' });
    const text = (await readPdf(file)).pages.join('\n');
    expect(text).toContain('Личное дело ребёнка');
    expect(text).toContain('19 мая 2014 г.');

    const missing = await viewer.invoke('residents.caseFile', { id: 'no-such-child', language: 'az' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
