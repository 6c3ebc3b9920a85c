import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ProcedureOutput } from '../../src-main/contract/procedures';
import type { ResidentRecord } from '../../src-main/contract/residents';
import { childInput } from '../helpers/residents';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, sampleSetup, tempDir, TEST_NOW } from '../helpers/temp-core';

/*
 * A plan made on 10 March 2026 with four children in care, then carried out until the test clock's
 * day, 25 November 2026: one child went home, one was transferred to another institution.
 */

const PLAN_TITLE = 'Gəncə uşaq evinin ailə əsaslı xidmətlər mərkəzinə çevrilməsi, 2026–2028';
const NEW_ACTION = 'Günərzi mərkəzi üçün birinci mərtəbəni təmir etmək';
const DONE_ACTION = 'Uşaqların şəxsi işlərini yoxlamaq';

let dir: ReturnType<typeof tempDir>;
let core: TestCore;
let director: TestConnection;
let planId: string;
/** The plan as it stands when the reports are made. */
let finalPlan: Plan;

type Plan = ProcedureOutput<'transformation.create'>;

/** A window signed in as the director at `instant`: the clock moves there, so what is recorded now is dated then. */
async function directorAt(instant: string): Promise<TestConnection> {
  core.clock.set(new Date(instant));
  const window = core.connection();
  await window.signIn(sampleSetup.director.login, sampleSetup.director.password);
  return window;
}

async function leave(window: TestConnection, child: ResidentRecord, exitTypeCode: 'reintegration' | 'transfer', exitDate: string): Promise<void> {
  const record = await window.call('residents.get', { id: child.id });
  const transfer = exitTypeCode === 'transfer';
  await window.call('placements.exit', {
    residentId: record.id,
    version: record.version,
    exitTypeCode,
    exitDate,
    decision: { bodyCode: transfer ? 'ministry_of_education' : 'guardianship_authority', number: null, date: exitDate },
    destination: transfer
      ? { kind: 'institution', name: 'Şəki şəhəri 2 nömrəli uşaq evi', phone: null, address: null }
      : { kind: 'person', name: 'Həsənova Səbinə', phone: null, address: null },
    note: null,
  });
}

beforeAll(async () => {
  dir = tempDir('korpu-transformation-report-');
  core = await openTestCore(dir.path);
  await core.setUp();

  const inMarch = await directorAt('2026-03-10T09:00:00.000Z');
  const admit = (overrides: Parameters<typeof childInput>[0]) => inMarch.call('residents.create', childInput(overrides));
  const aysel = await admit({ surname: 'Əliyeva', firstName: 'Aysel', sex: 'female', birthDate: '2016-05-01', admissionDate: '2025-09-01', disability: true });
  const elvin = await admit({ surname: 'Quliyev', firstName: 'Elvin', birthDate: '2017-02-11', admissionDate: '2025-10-01' });
  const leyla = await admit({ surname: 'Hüseynova', firstName: 'Leyla', sex: 'female', birthDate: '2013-01-15', admissionDate: '2026-02-01' });
  await admit({ surname: 'Məmmədov', firstName: 'Rauf', birthDate: '2021-06-01', admissionDate: '2026-01-15' });
  await inMarch.call('contacts.add', { residentId: elvin.id, entry: { date: '2026-02-20', kind: 'visit', personName: 'Nənəsi', note: null } });
  let plan: Plan = await inMarch.call('transformation.create', {
    title: PLAN_TITLE,
    periodStart: '2026-04-01',
    periodEnd: '2028-12-31',
    targetModelCodes: ['day_care_centre', 'small_group_home'],
  });
  planId = plan.id;

  director = await directorAt(TEST_NOW.toISOString());
  await leave(director, aysel, 'reintegration', '2026-05-10');
  await leave(director, leyla, 'transfer', '2026-06-15');
  const version = () => ({ planId, version: plan.version });
  plan = await director.call('transformation.saveFacts', {
    id: planId,
    version: plan.version,
    facts: {
      staff: { total: 42, care: 20, teachers: 12, medical: 4, other: 6 },
      budget: { year: 2026, annualQepik: 125_000_050 },
      building: { places: 120, floorAreaM2: 2450.5, buildings: 2, condition: 'Əsaslı təmir tələb olunur' },
    },
  });
  plan = await director.call('transformation.approve', { id: planId, version: plan.version });
  plan = await director.call('transformation.start', { id: planId, version: plan.version });
  const [baselinePhase, , , servicesPhase] = plan.phases;
  // Content added after the approval: the report says it awaits approval.
  plan = await director.call('transformation.saveAction', {
    ...version(),
    id: null,
    action: { phaseId: baselinePhase!.id, title: DONE_ACTION, owner: 'Nigar Səfərova', startDate: '2026-04-01', dueDate: '2026-05-31', milestone: false, dependsOn: [] },
  });
  const done = plan.phases[0]!.actions.find((action) => action.title === DONE_ACTION)!;
  await director.call('transformation.setActionProgress', { actionId: done.id, status: 'done', progress: 100 });
  plan = await director.call('transformation.saveAction', {
    ...version(),
    id: null,
    action: { phaseId: servicesPhase!.id, title: NEW_ACTION, owner: 'Rəşad Həsənov', startDate: '2026-06-01', dueDate: '2026-10-31', milestone: true, dependsOn: [] },
  });
  plan = await director.call('transformation.saveNewService', {
    ...version(),
    id: null,
    service: { name: 'Çiçək günərzi mərkəzi', serviceTypeCode: 'day_care', capacity: 25, plannedOpeningDate: '2026-09-01' },
  });
  plan = await director.call('transformation.openNewService', { id: plan.newServices[0]!.id, openedDate: '2026-10-15', serviceId: null });
  plan = await director.call('transformation.saveTraining', {
    ...version(),
    id: null,
    training: { person: 'Səbinə Quliyeva', training: 'Ailə əsaslı qayğı üzrə təlim', newRole: 'Sosial işçi', completedDate: '2026-10-20', hours: 72 },
  });
  plan = await director.call('transformation.saveBudgetLine', {
    ...version(),
    id: null,
    line: { title: 'Günərzi mərkəzinin işçi xərcləri', plannedQepik: 200_000_00, movedQepik: 50_000_00, movedDate: '2026-10-01' },
  });
  plan = await director.call('transformation.saveBuildingItem', {
    ...version(),
    id: null,
    item: { space: 'Birinci mərtəbə', currentUse: 'Yataq otaqları', newUse: 'Günərzi mərkəzinin otaqları', status: 'in_progress', dueDate: '2027-03-01' },
  });
  await director.call('indicators.setTarget', { planId, code: 'children_in_residence', target: { value: 0, date: '2028-12-31' } });
  await director.call('indicators.setTarget', { planId, code: 'staff_retrained', target: { value: 30, date: '2028-06-30' } });
  const board = await director.call('indicators.saveManual', {
    planId,
    id: null,
    name: 'Ailələrə dəstək görüşləri',
    unit: 'görüş',
    higherIsBetter: true,
    baseline: 0,
    target: { value: 120, date: '2027-12-31' },
  });
  await director.call('indicators.recordManualValue', { id: board.manual[0]!.id, month: '2026-10', value: 14 });
  finalPlan = (await director.call('transformation.get', { id: planId }))!;
});

afterAll(() => {
  core.close();
  dir.cleanup();
});

type Report = { fileName: string; pdfBase64: string };

/** Every drawn line, one per line (no-break spaces as spaces), and the document's title. */
async function readPdf(file: Report): Promise<{ text: string; title: unknown }> {
  const loading = getDocument({ data: new Uint8Array(Buffer.from(file.pdfBase64, 'base64')), useSystemFonts: false });
  try {
    const pdf = await loading.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      // pdf.js adds a blank item where a line's text ends beside other text: not a drawn line.
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .filter((line) => line.trim() !== '')
          .join('\n'),
      );
    }
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    return { text: pages.join('\n').replace(/\u00a0/g, ' '), title: info.Title };
  } finally {
    await loading.destroy();
  }
}

/** The text as one line: what wraps in a narrow table cell reads as it was written. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The text from the line `heading` on. */
function from(text: string, heading: string): string {
  const at = text.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  return text.slice(at);
}

/** The value printed beside the first row labelled `label` (its first line), or undefined. */
function rowValue(text: string, label: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.indexOf(label);
  return at < 0 ? undefined : lines.slice(at + 1).find((line) => line.trim() !== '');
}

describe("the transformation plan's report", () => {
  it('is a PDF in Azerbaijani with the institution, the plan, its approval and the changes not yet approved', async () => {
    const file = await director.call('transformation.report', { planId, language: 'az' });
    expect(Buffer.from(file.pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.fileName).toBe('transformation-report-bak-ue-01-2026-11-25.pdf');
    const { text, title } = await readPdf(file);
    expect(title).toBe(`${PLAN_TITLE} — Transformasiya planı üzrə hesabat`);
    for (const expected of [sampleSetup.institution.name, `Müəssisənin kodu: ${sampleSetup.institution.code}`, 'Transformasiya planı üzrə hesabat', PLAN_TITLE]) {
      expect(flat(text)).toContain(expected);
    }
    // Azerbaijani letters come through as written, none lost or replaced.
    for (const word of ['Başlanğıc vəziyyət', 'İşçi heyəti', 'Göstəricilər', 'Çıxışlar istiqamət üzrə', 'Büdcə', 'Ümumi sahə', 'Əsaslı təmir tələb olunur']) {
      expect(text).toContain(word);
    }
    expect(text).not.toContain('\ufffd');

    expect(rowValue(text, 'Vəziyyət')).toBe('İcra olunur');
    expect(rowValue(text, 'Dövr')).toBe('1 aprel 2026 – 31 dekabr 2028');
    expect(text).toContain('Hədəf xidmət modelləri\nGünərzi qayğı mərkəzi\nAilə tipli kiçik qrup evi');
    expect(rowValue(text, 'Redaksiya')).toBe('Redaksiya 2');
    expect(rowValue(text, 'Son təsdiq')).toBe(`Redaksiya 1: ${sampleSetup.director.fullName}, 25 noyabr 2026`);
    expect(flat(text)).toContain(
      'Təsdiq olunmamış dəyişikliklər Redaksiya 1 təsdiq olunandan sonra planın məzmunu dəyişib. Dəyişikliklər redaksiya 2 kimi təsdiq gözləyir',
    );
  });

  it('gives the baseline counted from the records and the director’s facts, money in manat', async () => {
    const { text } = await readPdf(await director.call('transformation.report', { planId, language: 'az' }));
    expect(text).toContain('10 mart 2026 tarixinə, plan yaradılan gün qeydlərdən hesablanıb');
    expect(rowValue(text, 'Cəmi uşaq')).toBe('4');
    expect(rowValue(text, 'Sağlamlıq imkanları məhdud olanlar')).toBe('1 (25%)');
    expect(rowValue(text, 'Ailəsi ilə əlaqəsi olanlar')).toBe('1 (25%)');
    // Age group, boys, girls, all: Rauf is 4; Elvin and Aysel 9; Leyla 13.
    expect(text).toContain('3–6 yaş\n1\n0\n1');
    expect(text).toContain('7–10 yaş\n1\n1\n2');
    expect(text).toContain('11–14 yaş\n0\n1\n1');
    expect(text).toContain('Bütün uşaqlar\n2\n2\n4');
    expect(rowValue(text, 'Yetim (hər iki valideyni vəfat edib)')).toBe('4');
    expect(rowValue(text, 'Valideyn himayəsinin itirilməsi')).toBe('4');

    expect(rowValue(text, 'İşçilərin ümumi sayı')).toBe('42');
    expect(rowValue(text, 'Müəllimlər')).toBe('12');
    expect(rowValue(text, 'Büdcə ili')).toBe('2026');
    expect(rowValue(text, 'İllik büdcə')).toBe('1.250.000,50 AZN');
    expect(rowValue(text, 'Ümumi sahə')).toBe('2.450,5 m²');
  });

  it('shows progress by phase and every action with its owner, dates, status and progress', async () => {
    const text = flat((await readPdf(await director.call('transformation.report', { planId, language: 'az' }))).text);
    // The one action done is in the first phase; the template's actions are not started.
    const inFirst = finalPlan.phases[0]!.actions.length;
    const inAll = finalPlan.phases.flatMap((phase) => phase.actions).length;
    expect(text).toContain(`1. Başlanğıc vəziyyət 1 / ${inFirst} ${Math.round(100 / inFirst)}%`);
    expect(text).toContain(`Bütün plan 1 / ${inAll} ${Math.round(100 / inAll)}%`);
    expect(text).toContain(`${DONE_ACTION} Nigar Səfərova 1 aprel 2026 31 may 2026 İcra olunub 25 noyabr 2026 100%`);
    // Due before today and not done: overdue; a milestone says so.
    expect(text).toContain(`${NEW_ACTION} Nəzarət nöqtəsi Rəşad Həsənov 1 iyun 2026 31 oktyabr 2026 Başlanmayıb Vaxtı keçib 0%`);
  });

  it('reports the service opened, the staff retrained, the budget moved and the building', async () => {
    const { text } = await readPdf(await director.call('transformation.report', { planId, language: 'az' }));
    expect(flat(text)).toContain('Çiçək günərzi mərkəzi Günərzi qayğı mərkəzi 25 1 sentyabr 2026 15 oktyabr 2026 25');
    expect(rowValue(text, 'Açılmış yerlər, cəmi')).toBe('25');
    expect(flat(text)).toContain('Səbinə Quliyeva Ailə əsaslı qayğı üzrə təlim Sosial işçi 20 oktyabr 2026 72');
    expect(rowValue(text, 'Yenidən hazırlıq keçmiş işçilər')).toBe('1');
    expect(rowValue(text, 'Təlim saatları, cəmi')).toBe('72');
    expect(flat(text)).toContain('Günərzi mərkəzinin işçi xərcləri 200.000,00 AZN 50.000,00 AZN 1 oktyabr 2026');
    expect(flat(text)).toContain('Cəmi 200.000,00 AZN 50.000,00 AZN');
    expect(rowValue(text, 'Yeni xidmətlərə yönəldilmiş pay')).toBe('25%');
    expect(flat(text)).toContain('Birinci mərtəbə Yataq otaqları Günərzi mərkəzinin otaqları 1 mart 2027 İcra olunur');
  });

  it('gives each indicator its baseline, target and current value, the manual ones marked, and transfers apart from family exits', async () => {
    const { text } = await readPdf(await director.call('transformation.report', { planId, language: 'az' }));
    const indicators = flat(from(text, 'Göstəricilər'));
    expect(indicators).toContain('Başlanğıc (mart 2026)');
    expect(indicators).toContain('İndi (noyabr 2026)');
    // Four children in March, two now; the director aims at none by the end of 2028.
    expect(indicators).toContain('Müəssisədə olan uşaqlar 4 0 31 dekabr 2028 2');
    expect(indicators).toContain('Yenidən hazırlıq keçmiş işçilər 0 30 30 iyun 2028 1');
    expect(indicators).toContain('Yeni xidmətlərə yönəldilmiş büdcənin payı 0% təyin edilməyib — 25%');
    expect(indicators).toContain('Başqa müəssisəyə köçürmələr Ailəyə yerləşdirmə deyil: heç vaxt irəliləyiş sayılmır.');
    expect(indicators).toContain('Ailələrə dəstək görüşləri Əl ilə daxil edilir 0 görüş 120 görüş 31 dekabr 2027 14 görüş (oktyabr 2026)');

    const exits = from(text, 'Çıxışlar istiqamət üzrə');
    expect(flat(exits)).toContain('mart 2026 – noyabr 2026');
    expect(exits).toContain('Ailəyə çıxışlar\n1\nBioloji ailəyə qaytarılma: 1');
    expect(exits).toContain('Başqa müəssisəyə köçürmələr\n1\nBaşqa müəssisəyə köçürülmə: 1\nAiləyə yerləşdirmə deyil: heç vaxt irəliləyiş sayılmır.');
    expect(rowValue(exits, 'Digər çıxışlar')).toBe('0');
  });

  it('speaks English when asked', async () => {
    const file = await director.call('transformation.report', { planId, language: 'en' });
    const { text, title } = await readPdf(file);
    expect(title).toBe(`${PLAN_TITLE} — Transformation plan report`);
    expect(text).not.toContain('Transformasiya planı üzrə hesabat');
    const flatText = flat(text);
    for (const expected of [PLAN_TITLE, 'Institution code: BAK-UE-01', 'Progress by phase', '1. Baseline 1 / ', 'Day-care centre']) {
      expect(flatText).toContain(expected);
    }
    expect(rowValue(text, 'Status')).toBe('In progress');
    expect(rowValue(text, 'Children in all')).toBe('4');
    expect(rowValue(text, 'Annual budget')).toBe('1,250,000.50 AZN');
    expect(flatText).toContain(`${DONE_ACTION} Nigar Səfərova 1 April 2026 31 May 2026 Done 25 November 2026 100%`);
    expect(flatText).toContain(`${NEW_ACTION} Milestone Rəşad Həsənov 1 June 2026 31 October 2026 Not started Overdue 0%`);
    expect(flatText).toContain('Çiçək günərzi mərkəzi Day-care centre 25 1 September 2026 15 October 2026 25');
    expect(rowValue(text, 'Share moved to new services')).toBe('25%');
    expect(flatText).toContain('Children in residence 4 0 31 December 2028 2');
    expect(rowValue(from(text, 'Exits by destination'), 'Transfers to another institution')).toBe('1');
  });

  it('may be printed by a viewer without leaving a trace in the audit trail; an unknown plan is NOT_FOUND', async () => {
    const entries = (await director.call('audit.verify', {})).checked;
    const viewer = await core.addUser(director, 'nigar', 'viewer');
    const afterAdding = (await director.call('audit.verify', {})).checked;
    expect(afterAdding).toBeGreaterThan(entries);
    const { text } = await readPdf(await viewer.call('transformation.report', { planId, language: 'ru' }));
    expect(text).toContain('Отчёт о плане трансформации');
    expect(rowValue(text, 'Период')).toBe('1 апреля 2026 г. – 31 декабря 2028 г.');
    expect(flat(text)).toContain('Исходно (март 2026 г.)');
    expect((await director.call('audit.verify', {})).checked).toBe(afterAdding);

    const missing = await viewer.invoke('transformation.report', { planId: 'no-such-plan', language: 'az' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
