import { eq } from 'drizzle-orm';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { calendarDate } from '../../src-main/contract/dates';
import { contactLog, familyMembers, progressNotes, users } from '../../src-main/db/schema';
import { childInput } from '../helpers/residents';
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
/** A child who left for relatives on 15 September 2026 and was visited once since. */
let leftId: string;

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
  await recordCarePathway(childId);
  leftId = await recordExit();
});

/** Through the app's own procedures: two assessments, a care plan with a goal, an action and a review, a referral. */
async function recordCarePathway(residentId: string): Promise<void> {
  await director.call('assessments.add', { residentId, date: '2025-09-10', summary: null, scores: [{ domainCode: 'health', score: 3, note: null }] });
  await director.call('assessments.add', {
    residentId,
    date: '2026-09-15',
    summary: 'Yeni sinfə uğurla uyğunlaşıb.',
    scores: [
      { domainCode: 'health', score: 4, note: null },
      { domainCode: 'education', score: 2, note: 'Riyaziyyatda geri qalır.' },
      { domainCode: 'emotional_behaviour', score: 3, note: null },
    ],
  });
  const plan = await director.call('plans.create', { residentId, firstReviewDate: '2026-12-15' });
  const goal = { domainCode: 'education', text: 'Riyaziyyatdan sinif səviyyəsinə çatmaq', targetDate: '2027-06-01', status: 'in_progress' };
  const withGoal = await director.call('plans.addGoal', { planId: plan.id, goal });
  await director.call('plans.addAction', {
    goalId: withGoal.goals[0]!.id,
    action: { text: 'Həftədə iki dəfə müəllimlə əlavə məşğələ', ownerName: 'Sevinc Quliyeva', dueDate: '2027-01-15', done: true },
  });
  await director.call('plans.addReview', {
    planId: plan.id,
    review: { date: '2026-11-20', participants: 'Sosial işçi, müəllim, Gülşən', decisions: 'Əlavə məşğələlər yanvaradək davam etsin.', nextReviewDate: '2027-02-25' },
  });
  const service = await director.call('services.save', {
    id: null,
    service: { name: 'Nəsimi reabilitasiya-inkişaf mərkəzi', typeCode: 'rehabilitation', regionCode: 'baku', address: null, phone: null, capacity: 10, active: true, note: null },
  });
  const referral = await director.call('referrals.create', { residentId, serviceId: service.id, requestedDate: '2026-10-01', note: null });
  await director.call('referrals.setStatus', { id: referral.id, status: 'accepted', date: '2026-10-12', note: null });
}

/** A child who leaves for kinship care (visits due 1, 3, 6 and 12 months on) and the first visit made. */
async function recordExit(): Promise<string> {
  const child = await director.call('residents.create', childInput({ surname: 'Quliyev', firstName: 'Elçin', birthDate: '2013-04-02' }));
  await director.call('placements.exit', {
    residentId: child.id,
    version: child.version,
    exitTypeCode: 'kinship',
    exitDate: '2026-09-15',
    decision: { bodyCode: 'guardianship_authority', number: 'Q-41/2026', date: '2026-09-10' },
    destination: { kind: 'person', name: 'Quliyeva Səadət Əhməd qızı', phone: '+994 55 321 45 67', address: 'Qəbələ, Bayramlı kəndi' },
    note: null,
  });
  const [placement] = await director.call('placements.list', { residentId: child.id });
  await director.call('followUps.record', {
    id: placement!.followUps[0]!.id,
    visitDate: '2026-10-14',
    visitor: 'Nigar Səfərova',
    outcome: 'stable',
    notes: 'Uşaq məktəbə gedir, xalası ilə rahatdır.',
  });
  return child.id;
}

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

/** The whole text, one drawn line per line. */
async function caseFileText(window: TestConnection, id: string, language: 'az' | 'ru' | 'en'): Promise<string> {
  return (await readPdf(await window.call('residents.caseFile', { id, language }))).pages.join('\n');
}

/** The value printed beside the first row labelled `label` (its first line), or undefined. */
function rowValue(text: string, label: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.indexOf(label);
  return at < 0 ? undefined : lines.slice(at + 1).find((line) => line.trim() !== '');
}

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

  it('shows the latest assessment, the care plan and the referrals, in Azerbaijani with letters intact', async () => {
    const text = await caseFileText(director, childId, 'az');
    const section = (heading: string, next: string): string => text.slice(text.indexOf(heading), text.indexOf(next));

    const assessments = section('Qiymətləndirmələr', 'Fərdi qayğı planı');
    expect(rowValue(assessments, 'Növbəti qiymətləndirmənin vaxtı')).toBe('15 mart 2027');
    expect(assessments).toContain('Sonuncu qiymətləndirmə: 15 sentyabr 2026');
    expect(rowValue(assessments, 'Qiymətləndirən')).toBe(sampleSetup.director.fullName);
    // Each domain's score with its meaning, and the domain's note below it.
    expect(rowValue(assessments, 'Sağlamlıq')).toBe('4 — Yaxşıdır');
    expect(rowValue(assessments, 'Təhsil')).toBe('2 — Müəyyən narahatlıq var');
    expect(assessments).toContain('2 — Müəyyən narahatlıq var\nRiyaziyyatda geri qalır.');
    expect(rowValue(assessments, 'Emosional vəziyyət və davranış')).toBe('3 — Əsasən qaydasındadır');
    expect(rowValue(assessments, 'Ümumi nəticə')).toBe('Yeni sinfə uğurla uyğunlaşıb.');
    expect(rowValue(assessments, 'Əvvəlki qiymətləndirmələrin sayı')).toBe('1');
    // Only the latest assessment is printed in full: the earlier one's date is not there.
    expect(assessments).not.toContain('10 sentyabr 2025');

    const plan = section('Fərdi qayğı planı', 'Xidmətlərə göndərişlər');
    expect(rowValue(plan, 'Plana növbəti baxış')).toBe('25 fevral 2027');
    expect(plan).toContain('Məqsəd 1 · Təhsil');
    expect(plan).toContain('Riyaziyyatdan sinif səviyyəsinə çatmaq');
    expect(rowValue(plan, 'Hədəf tarix')).toBe('1 iyun 2027');
    expect(rowValue(plan, 'Vəziyyət')).toBe('İcra olunur');
    expect(plan).toContain(
      'Həftədə iki dəfə müəllimlə əlavə məşğələ\nMəsul şəxs: Sevinc Quliyeva\nİcra müddəti: 15 yanvar 2027\nİcra olunub: 25 noyabr 2026',
    );
    expect(plan).toContain('Plana sonuncu baxış: 20 noyabr 2026');
    expect(rowValue(plan, 'İştirakçılar')).toBe('Sosial işçi, müəllim, Gülşən');
    expect(rowValue(plan, 'Qəbul edilmiş qərarlar')).toBe('Əlavə məşğələlər yanvaradək davam etsin.');

    const referrals = section('Xidmətlərə göndərişlər', 'Çıxış və yerləşdirmə');
    expect(referrals).toContain('Nəsimi reabilitasiya-inkişaf mərkəzi');
    expect(rowValue(referrals, 'Vəziyyəti')).toBe('Qəbul edilib');
    expect(rowValue(referrals, 'Müraciət tarixi')).toBe('1 oktyabr 2026');
    expect(rowValue(referrals, 'Başlama tarixi')).toBe('12 oktyabr 2026');
    expect(rowValue(referrals, 'Başa çatma tarixi')).toBe('—');

    // Still in residence: no placement yet.
    expect(section('Çıxış və yerləşdirmə', 'İnkişaf qeydləri')).toContain('Qeyd yoxdur');
  });

  it('shows where a child who left went, on what decision, and what the follow-up visits found', async () => {
    const text = await caseFileText(director, leftId, 'az');
    const placements = text.slice(text.indexOf('Çıxış və yerləşdirmə'), text.indexOf('İnkişaf qeydləri'));
    expect(placements).toContain('Qohumların himayəsi, 15 sentyabr 2026 tarixindən');
    expect(rowValue(placements, 'Qərarı verən orqan')).toBe('Qəyyumluq və himayə orqanı');
    expect(rowValue(placements, 'Qərarın nömrəsi')).toBe('Q-41/2026');
    expect(rowValue(placements, 'Qərarın tarixi')).toBe('10 sentyabr 2026');
    expect(rowValue(placements, 'Şəxs və ya ailə')).toBe('Quliyeva Səadət Əhməd qızı');
    expect(rowValue(placements, 'Telefon')).toBe('+994 55 321 45 67');
    expect(rowValue(placements, 'Ünvan')).toBe('Qəbələ, Bayramlı kəndi');
    expect(placements).toContain(
      [
        'İzləmə görüşü 1',
        ' ',
        'Planlaşdırılan tarix: 15 oktyabr 2026',
        'Görüş tarixi: 14 oktyabr 2026',
        'Görüşə gedən: Nigar Səfərova',
        'Nəticə: Sabitdir',
        'Qeydlər: Uşaq məktəbə gedir, xalası ilə rahatdır.',
      ].join('\n'),
    );
    // The visits still ahead (3, 6 and 12 months on) are listed as planned.
    expect(placements).toContain('İzləmə görüşü 2\n \nPlanlaşdırılan tarix: 15 dekabr 2026\nPlanlaşdırılıb');
    expect(placements).toContain('Planlaşdırılan tarix: 15 sentyabr 2027');
    expect(placements).not.toContain('Başa çatıb');

    // Once the child has left no assessment falls due, and there was no plan.
    expect(text).not.toContain('Növbəti qiymətləndirmənin vaxtı');
    expect(text).toContain('Fərdi qayğı planı hazırlanmayıb');
  });

  it("gives the director an adopted child's new family, and refuses that file to everyone else", async () => {
    const child = await director.call('residents.create', childInput({ surname: 'Hüseynli', firstName: 'Aysel', sex: 'female', birthDate: '2021-02-11' }));
    await director.call('placements.exit', {
      residentId: child.id,
      version: child.version,
      exitTypeCode: 'adoption',
      exitDate: '2026-10-01',
      decision: { bodyCode: 'court', number: '2-555/2026', date: '2026-09-25' },
      destination: { kind: 'person', name: 'Abbasovlar ailəsi', phone: '+994 50 765 43 21', address: 'Bakı, Yasamal rayonu' },
      note: 'Ailə uşağı bir ildir tanıyır.',
    });
    const text = await caseFileText(director, child.id, 'az');
    expect(text).toContain('Övladlığa götürmə, 1 oktyabr 2026 tarixindən');
    expect(rowValue(text, 'Şəxs və ya ailə')).toBe('Abbasovlar ailəsi');
    expect(rowValue(text, 'Ünvan')).toBe('Bakı, Yasamal rayonu');
    expect(text).toContain('Ailə uşağı bir ildir tanıyır.');

    const staff = await core.addUser(director, 'sevinc', 'staff');
    const refused = await staff.invoke('residents.caseFile', { id: child.id, language: 'az' });
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
  });

  it('speaks English when asked', async () => {
    const file = await director.call('residents.caseFile', { id: childId, language: 'en' });
    const text = (await readPdf(file)).pages.join('\n');
    for (const expected of ["Child's case file", 'Orphan (both parents deceased)', 'Date of birth', '19 May 2014', 'Progress notes', 'Confidential: personal data']) {
      expect(text).toContain(expected);
    }
    for (const heading of ['Assessments', 'Individual care plan', 'Referrals to services', 'Exit and placements']) {
      expect(text.split('\n')).toContain(heading);
    }
    expect(text).toContain('2 — Some concern');
    expect(text).toContain('Goal 1 · Education');
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
