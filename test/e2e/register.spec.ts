import { readFileSync, writeFileSync } from 'node:fs';

import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { dayFromToday, DIRECTOR, isoDate, prepareInstitution, yearsBefore } from './institution';
import type { NewChildIdentity, NewChildLegalAdmission, UiLanguage } from './pages/new-resident-page';
import { NewResidentPage } from './pages/new-resident-page';
import { ResidentPage } from './pages/resident-page';
import { HomeDashboard, ResidentsPage } from './pages/residents-page';
import { startPreview, tempDataDir } from './preview';

/** Enough children for search and the dashboard to have company; the seed keeps them the same. */
const DEMO = { residents: 30, seed: 1405 };

/** A birth date on which the child turns 14 in `days` days (one day later if that is 29 February). */
function turningFourteenIn(days: number): string {
  const birthday = dayFromToday(days);
  if (birthday.getMonth() === 1 && birthday.getDate() === 29) {
    birthday.setDate(birthday.getDate() + 1);
  }
  return isoDate(yearsBefore(birthday, 14));
}

/** A one-page PDF, as a scanned certificate would be attached. */
async function writeSmallPdf(path: string): Promise<void> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([420, 595]);
  page.drawText('Medical certificate', { x: 40, y: 540, size: 18, font: await pdf.embedFont(StandardFonts.Helvetica) });
  writeFileSync(path, await pdf.save());
}

/** Every text the PDF draws, page after page. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const loading = getDocument({ data: bytes, useSystemFonts: false });
  try {
    const pdf = await loading.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
    }
    return pages.join('\n');
  } finally {
    await loading.destroy();
  }
}

/**
 * What the test types and chooses, per language: the sign-in screen's labels, headings that show
 * the language is right, and reference-data options as they read in that language.
 */
const TEXTS = {
  az: {
    signIn: { login: 'Login', password: 'Parol', button: 'Daxil ol' },
    welcome: `Xoş gəlmisiniz, ${DIRECTOR.fullName}`,
    age: '13 yaş',
    legalStatus: 'Valideyn himayəsindən məhrum',
    deprivationReason: 'Valideynlər cəza çəkir',
    admittedFrom: 'Ailədən',
    decisionBody: 'Məhkəmə',
    referredBy: 'Qəyyumluq və himayə orqanı',
    admissionReason: 'Ailə böhranı',
    disabilityCategory: 'Eşitmə pozuntusu',
    schooling: 'Ümumtəhsil məktəbində inklüziv sinif',
    mother: 'Ana',
    visit: 'Görüş',
    noteDomain: 'Təhsil',
    pdfType: 'PDF',
  },
  en: {
    signIn: { login: 'Login', password: 'Password', button: 'Sign in' },
    welcome: `Welcome, ${DIRECTOR.fullName}`,
    age: 'Age 13',
    legalStatus: 'Deprived of parental care',
    deprivationReason: 'Parents serving a sentence',
    admittedFrom: 'From the family',
    decisionBody: 'Court',
    referredBy: 'Guardianship authority',
    admissionReason: 'Family crisis',
    disabilityCategory: 'Hearing impairment',
    schooling: 'Inclusive class in a general school',
    mother: 'Mother',
    visit: 'Visit',
    noteDomain: 'Education',
    pdfType: 'PDF',
  },
} satisfies Record<UiLanguage, unknown>;

async function signIn(page: Page, language: UiLanguage): Promise<void> {
  const labels = TEXTS[language].signIn;
  await page.getByRole('textbox', { name: labels.login }).fill(DIRECTOR.login);
  await page.getByLabel(new RegExp(`^${labels.password}( \\*)?$`)).fill(DIRECTOR.password);
  await page.getByRole('button', { name: labels.button }).click();
}

/**
 * A director registers Günel, records her family, a visit, a note and a file, prints her case file,
 * finds her by typing without Azerbaijani letters, is stopped from registering her twice, and sees
 * her 14th birthday among the dashboard's reminders: all in `language`.
 */
async function registerAndFollowAChild(page: Page, language: UiLanguage, url: string): Promise<void> {
  const texts = TEXTS[language];
  const identity = {
    surname: 'Hüseynzadə',
    firstName: 'Günel',
    patronymic: 'Elşən qızı',
    sex: 'female',
    birthDate: turningFourteenIn(10),
    birthPlace: 'Şəki',
    fin: '5KQ2M7X',
    // Eight digits: the demo children's certificates have seven, so this one is hers alone.
    certificate: { series: 'AZE', number: String(Date.now()).slice(-8) },
  } satisfies NewChildIdentity;
  const fullName = `${identity.surname} ${identity.firstName} ${identity.patronymic}`;
  const legalAdmission = {
    legalStatus: texts.legalStatus,
    admissionDate: isoDate(dayFromToday(-200)),
    admittedFrom: texts.admittedFrom,
    decisionBody: texts.decisionBody,
    decisionNumber: 'Q-2026/117',
    decisionDate: isoDate(dayFromToday(-205)),
    referredBy: texts.referredBy,
    admissionReasons: [texts.admissionReason],
  } satisfies NewChildLegalAdmission;
  const mother = { relation: texts.mother, fullName: 'Hüseynzadə Səbinə Rauf qızı', phone: '+994 50 555 12 34' };

  const residents = new ResidentsPage(page, language);
  const form = new NewResidentPage(page, language);
  const record = new ResidentPage(page, language);
  const home = new HomeDashboard(page, language);

  await page.goto(url);
  await signIn(page, language);
  await expect(page.getByRole('heading', { level: 1, name: texts.welcome })).toBeVisible();

  let listedBefore = 0;
  let recordId = '';
  await test.step('register her through every step of the form', async () => {
    await residents.open();
    await expect(residents.heading()).toBeVisible();
    await expect(residents.shownCount()).toHaveText(/\d+$/);
    listedBefore = Number(/(\d+)$/.exec((await residents.shownCount().textContent()) ?? '')?.[1]);
    await residents.startNewChild();
    await expect(form.heading()).toBeVisible();

    await form.fillIdentity(identity);
    await form.next();

    // A status that needs a reason for the deprivation of care is refused without one.
    await form.fillLegalAdmission(legalAdmission);
    await form.next();
    await expect(form.deprivationReasonRequired()).toBeVisible();
    await expect(form.select(form.labels.deprivationReasons)).toHaveAttribute('aria-invalid', 'true');
    await form.chooseDeprivationReasons([texts.deprivationReason]);
    await form.next();

    await form.fillHealthSchooling({
      disabilityCategory: texts.disabilityCategory,
      schooling: texts.schooling,
      school: 'Şəki şəhəri 5 nömrəli tam orta məktəb',
      grade: '7',
    });
    await form.next();

    await expect(form.reviewIntro()).toBeVisible();
    const review = page.getByRole('main');
    for (const shown of [identity.surname, identity.firstName, texts.deprivationReason, texts.disabilityCategory, texts.schooling, identity.fin]) {
      await expect(review.getByText(shown, { exact: true })).toBeVisible();
    }
    await form.create();

    await expect(record.heading(fullName)).toBeVisible();
    await expect(page.getByRole('main').getByText(texts.age, { exact: true })).toBeVisible();
    await expect(record.tab('family')).toBeVisible();
    recordId = /#\/residents\/([^/?]+)$/.exec(page.url())?.[1] ?? '';
    expect(recordId).not.toBe('');
  });

  await test.step('record her mother, a visit, a progress note and a file', async () => {
    await record.addFamilyMember(mother);
    await expect(record.table('family').getByRole('row', { name: new RegExp(mother.fullName) })).toContainText(mother.phone);

    const visitNote = 'Anası ilə bir saat görüşdü, birlikdə dərs hazırladılar.';
    await record.addContact({ date: isoDate(dayFromToday(-1)), kind: texts.visit, familyMember: mother.fullName, note: visitNote });
    const visit = record.table('contacts').getByRole('row').filter({ hasText: visitNote });
    await expect(visit).toContainText(texts.visit);
    await expect(visit).toContainText(mother.fullName);

    const noteText = 'Günel inklüziv sinifdə riyaziyyatdan irəliləyiş göstərir; eşitmə cihazına öyrəşib.';
    await record.addNote({ domain: texts.noteDomain, text: noteText });
    await expect(record.notes()).toHaveCount(1);
    await expect(record.notes().first()).toContainText(noteText);

    const pdfPath = test.info().outputPath('tibbi-arayis.pdf');
    await writeSmallPdf(pdfPath);
    await record.uploadFile(pdfPath, 'Tibbi arayış');
    const file = record.table('files').getByRole('row', { name: /tibbi-arayis\.pdf/ });
    await expect(file).toContainText(texts.pdfType);
    await expect(file).toContainText('Tibbi arayış');
  });

  await test.step('print her case file, a PDF with her name intact', async () => {
    const download = await record.printCaseFile();
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const saved = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Hüseynzadə');
    expect(text).toContain('Günel');
  });

  await test.step('find her in the list by typing without Azerbaijani letters, and by her FİN', async () => {
    await residents.open();
    await expect(residents.shownCount()).toHaveText(residents.shownText(listedBefore + 1));
    await residents.search('huseynzade gunel');
    await expect(residents.names()).toHaveText([fullName]);
    await expect(residents.shownCount()).toHaveText(residents.shownText(1));
    await residents.search(identity.fin.toLowerCase());
    await expect(residents.names()).toHaveText([fullName]);
    await residents.clearSearch();
    await expect(residents.searchBox()).toHaveValue('');
    await expect(residents.shownCount()).toHaveText(residents.shownText(listedBefore + 1));
  });

  await test.step('a second registration of her is caught', async () => {
    await residents.startNewChild();
    await expect(form.heading()).toBeVisible();
    const { fin: _fin, certificate: _certificate, ...withoutDocuments } = identity;
    await form.fillIdentity(withoutDocuments);
    await form.next();

    // Same name and birth date, no documents: a warning with her record, and a confirmation to give.
    const similar = form.similarRecords();
    await expect(similar).toBeVisible();
    await expect(similar.getByRole('link', { name: fullName })).toHaveAttribute('href', `#/residents/${recordId}`);
    await expect(similar).toContainText(form.labels.similarName);
    await form.fillLegalAdmission({ ...legalAdmission, deprivationReasons: [texts.deprivationReason] });
    await form.next();
    await form.skipHealth();
    await expect(form.reviewIntro()).toBeVisible();
    await form.create();
    await expect(form.confirmRequired()).toBeVisible();
    await expect(form.heading()).toBeVisible();
    await form.differentChildCheckbox().check();
    await expect(form.confirmRequired()).toBeHidden();

    // With her FİN the form stops at the first step, however often Next is pressed.
    await form.back();
    await form.back();
    await form.back();
    await form.fillFin(identity.fin);
    await form.next();
    const blocking = form.alreadyRegistered();
    await expect(blocking).toBeVisible();
    await expect(blocking).toContainText(form.labels.sameFin);
    await form.next();
    await expect(blocking).toBeVisible();
    await expect(form.field(form.labels.surname)).toBeVisible();
    await expect(form.select(form.labels.legalStatus)).toBeHidden();

    // Leaving the form by the link to the record that is already there; nothing was created.
    await blocking.getByRole('link', { name: fullName }).click();
    await expect(record.heading(fullName)).toBeVisible();
  });

  await test.step('the dashboard reminds that she turns 14', async () => {
    await home.open();
    await expect(home.reminders()).toBeVisible();
    const link = await home.turning14Link(fullName);
    await expect(link).toHaveAttribute('href', `#/residents/${recordId}`);
    await link.click();
    await expect(record.heading(fullName)).toBeVisible();
    await residents.open();
    await expect(residents.shownCount()).toHaveText(residents.shownText(listedBefore + 1));
  });
}

const IN_LANGUAGE = { az: 'in Azerbaijani', en: 'in English' } satisfies Record<UiLanguage, string>;

for (const language of ['az', 'en'] as const) {
  test(`${IN_LANGUAGE[language]}: register a child, keep her record, print it, find her, refuse a duplicate, remind of her 14th birthday`, async ({ page }) => {
    const dataDir = tempDataDir();
    try {
      await prepareInstitution(dataDir.path, language, DEMO);
      const preview = await startPreview(dataDir.path, language === 'en' ? { lang: 'en' } : {});
      try {
        await registerAndFollowAChild(page, language, preview.url);
      } finally {
        await preview.stop();
      }
    } finally {
      dataDir.remove();
    }
  });
}
