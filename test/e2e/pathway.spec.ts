import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { dayFromToday, DIRECTOR, isoDate, prepareInstitution, yearsBefore } from './institution';
import { NewResidentPage } from './pages/new-resident-page';
import type { AdmissionRequest } from './pages/pathway-pages';
import { GatekeepingPage, RecordPathway, ServicesPage } from './pages/pathway-pages';
import { ResidentPage } from './pages/resident-page';
import { HomeDashboard, ResidentsPage } from './pages/residents-page';
import { startPreview, tempDataDir } from './preview';

/** A few demo children: one of them fills the rehabilitation centre's only place. */
const DEMO = { residents: 6, seed: 2207 };

const MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];

/** A day as the Azerbaijani screens write it, e.g. "25 noyabr 2026". */
function azDate(day: Date): string {
  return `${day.getDate()} ${MONTHS[day.getMonth()]} ${day.getFullYear()}`;
}

/** `months` calendar months after `day` (the core's follow-up schedule), at the end of a shorter month. */
function monthsAfter(day: Date, months: number): Date {
  const later = new Date(day.getFullYear(), day.getMonth() + months, 1, 12);
  const lastDay = new Date(later.getFullYear(), later.getMonth() + 1, 0).getDate();
  later.setDate(Math.min(day.getDate(), lastDay));
  return later;
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Login' }).fill(DIRECTOR.login);
  await page.getByLabel(/^Parol( \*)?$/).fill(DIRECTOR.password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Xoş gəlmisiniz, ${DIRECTOR.fullName}` })).toBeVisible();
}

const diverted: AdmissionRequest = {
  received: isoDate(dayFromToday(-12)),
  surname: 'Quliyev',
  firstName: 'Tural',
  patronymic: 'Rəşad oğlu',
  sex: 'Oğlan',
  birthDate: isoDate(yearsBefore(dayFromToday(-30), 8)),
  requester: 'Valideyn',
  reasons: ['Ailə böhranı'],
  assessment: 'Ana işini itirib; nənə uşağa baxmağa hazırdır, ailəyə maddi dəstək lazımdır.',
};

/** Səbinə: 15 years and some months old when she leaves, 40 days ago. */
const exitDay = dayFromToday(-40);
const admitted: AdmissionRequest = {
  received: isoDate(dayFromToday(-400)),
  surname: 'Nəsirova',
  firstName: 'Səbinə',
  patronymic: 'Elçin qızı',
  sex: 'Qız',
  birthDate: isoDate(yearsBefore(dayFromToday(-140), 15)),
  requester: 'Qəyyumluq və himayə orqanı',
  reasons: ['Ailə böhranı'],
  assessment: 'Qohumları tapılmayıb; müvəqqəti qəbul zəruridir.',
};
const fullName = (request: AdmissionRequest): string => `${request.surname} ${request.firstName} ${request.patronymic}`;

test('in Azerbaijani: gatekeeping, assessment and plan, a full service, an exit by the age rule, a broken-down placement on the dashboard', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = tempDataDir();
  try {
    await prepareInstitution(dataDir.path, 'az', DEMO);
    const preview = await startPreview(dataDir.path);
    try {
      await signIn(page, preview.url);
      await followOneChildsPathway(page);
    } finally {
      await preview.stop();
    }
  } finally {
    dataDir.remove();
  }
});

async function followOneChildsPathway(page: Page): Promise<void> {
  const gatekeeping = new GatekeepingPage(page);
  const services = new ServicesPage(page);
  const residents = new ResidentsPage(page, 'az');
  const form = new NewResidentPage(page, 'az');
  const record = new ResidentPage(page, 'az');
  const pathway = new RecordPathway(page);
  const home = new HomeDashboard(page, 'az');
  const sabina = fullName(admitted);
  const rehab = 'Şəki reabilitasiya-inkişaf mərkəzi';

  await test.step('a request is diverted to family support', async () => {
    await gatekeeping.open();
    const before = await gatekeeping.summaryTotals();
    await gatekeeping.record(diverted);
    await expect(gatekeeping.row(fullName(diverted))).toContainText('Qərar gözlənilir');
    await gatekeeping.decide(fullName(diverted), 'Ailəyə dəstək', isoDate(dayFromToday(-5)), 'Ailəyə sosial müavinət təyin edildi.');
    await expect(gatekeeping.row(fullName(diverted))).toContainText('Ailəyə dəstək');
    await expect.poll(() => gatekeeping.summaryTotals()).toEqual({ admitted: before.admitted, diverted: before.diverted + 1 });
  });

  await test.step('another request is admitted into a new record, pre-filled from the request', async () => {
    await gatekeeping.record(admitted);
    await gatekeeping.admit(sabina);
    await expect(form.heading()).toBeVisible();
    await expect(form.field(form.labels.surname)).toHaveValue(admitted.surname);
    await expect(form.field(form.labels.firstName)).toHaveValue(admitted.firstName);
    await form.next();
    await form.fillLegalAdmission({
      legalStatus: 'Valideyn himayəsindən məhrum',
      deprivationReasons: ['Valideynlər cəza çəkir'],
      admissionDate: isoDate(dayFromToday(-390)),
      admittedFrom: 'Ailədən',
      decisionBody: 'Məhkəmə',
      decisionNumber: 'Q-2025/88',
      decisionDate: isoDate(dayFromToday(-392)),
      // The request's reasons are already chosen.
      admissionReasons: [],
    });
    await expect(page.getByRole('main').getByText('Ailə böhranı', { exact: true })).toBeVisible();
    await form.next();
    await form.skipHealth();
    await expect(form.reviewIntro()).toBeVisible();
    await form.create();
    await expect(record.heading(sabina)).toBeVisible();
    await gatekeeping.open();
    await expect(gatekeeping.row(sabina)).toContainText('Müəssisəyə qəbul edilib');
    await page.getByRole('link', { name: sabina }).click();
    await expect(record.heading(sabina)).toBeVisible();
  });

  await test.step('an assessment, then a care plan with a goal and a review', async () => {
    await pathway.openSection('Qiymətləndirmələr');
    await pathway.addAssessment(
      isoDate(dayFromToday(-60)),
      [
        { domain: 'Sağlamlıq', score: '3 — Əsasən qaydasındadır' },
        { domain: 'Təhsil', score: '2 — Müəyyən narahatlıq var', note: 'Riyaziyyatdan geri qalır.' },
      ],
      'Səbinə sakitdir, məktəbdə köməyə ehtiyacı var.',
    );
    await expect(page.getByRole('article', { name: `${azDate(dayFromToday(-60))} tarixli qiymətləndirmə` })).toContainText('Riyaziyyatdan geri qalır.');
    await expect(page.getByRole('img', { name: /^Təhsil, .*bal 2/ })).toBeVisible();

    await pathway.openSection('Fərdi qayğı planı');
    await pathway.startPlan(isoDate(dayFromToday(0)));
    await pathway.addGoal({ domain: 'Təhsil', text: 'Riyaziyyatdan sinif səviyyəsinə çatmaq', targetDate: isoDate(dayFromToday(200)) });
    await expect(page.getByRole('article', { name: 'Riyaziyyatdan sinif səviyyəsinə çatmaq' })).toBeVisible();
    const nextReview = dayFromToday(90);
    await pathway.addReview({
      date: isoDate(dayFromToday(0)),
      participants: 'Sosial işçi, müəllim, Səbinə',
      decisions: 'Həftədə iki dəfə əlavə dərs.',
      next: isoDate(nextReview),
    });
    await expect(page.getByRole('article', { name: `${azDate(dayFromToday(0))} tarixli baxış` })).toContainText('Həftədə iki dəfə əlavə dərs.');
    await expect(page.getByText(`Plana növbəti baxış: ${azDate(nextReview)}`)).toBeVisible();
  });

  await test.step('a referral to a rehabilitation centre that is full is warned about, then made', async () => {
    await services.open();
    await services.add({ name: rehab, type: 'Reabilitasiya-inkişaf mərkəzi', capacity: 1 });
    await expect(services.row(rehab)).toContainText('0 / 1');

    // A demo child in residence (the small demo has no exits) takes the only place.
    await residents.open();
    await residents.names().filter({ hasNotText: sabina }).first().getByRole('link').click();
    await pathway.openSection('Xidmətlərə göndərişlər');
    const first = await pathway.refer(rehab, isoDate(dayFromToday(-20)));
    await expect(first).toBeHidden();
    await pathway.markReferralAccepted(rehab, isoDate(dayFromToday(-15)));
    await services.open();
    await expect(services.row(rehab)).toContainText('1 / 1');

    await residents.open();
    await residents.search('nesirova sebine');
    await residents.names().first().getByRole('link').click();
    await expect(record.heading(sabina)).toBeVisible();
    await pathway.openSection('Xidmətlərə göndərişlər');
    const referral = await pathway.refer(rehab, isoDate(dayFromToday(-10)));
    const warning = referral.getByRole('alert').filter({ hasText: 'Xidmətdə boş yer yoxdur' });
    await expect(warning).toContainText('Xidmət doludur (1/1).');
    await referral.getByRole('button', { name: 'Yenə də göndər' }).click();
    await expect(referral).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: rehab })).toContainText('Müraciət edilib');
  });

  await test.step('guardianship is refused for a 15-year-old; trusteeship is accepted and visits are scheduled', async () => {
    await pathway.openSection('Çıxış və yerləşdirmə');
    const wizard = await pathway.exitTo({
      type: 'Qəyyumluq (14 yaşadək)',
      date: isoDate(exitDay),
      decisionBody: 'Qəyyumluq və himayə orqanı',
      decisionNumber: 'QH-2026/41',
      family: 'Nəsirov Elşad (dayısı)',
      phone: '+994 50 555 41 41',
    });
    await wizard.getByRole('button', { name: 'Çıxışı yadda saxla' }).click();
    await expect(wizard.getByText('Bu çıxış növü 0–13 yaşlı uşaqlar üçündür; çıxış tarixində uşağın yaşı 15-dir.')).toBeVisible();
    await pathway.chooseExitType(wizard, 'Himayə (14–18 yaş)');
    for (let step = 0; step < 3; step++) {
      await wizard.getByRole('button', { name: 'İrəli' }).click();
    }
    await wizard.getByRole('button', { name: 'Çıxışı yadda saxla' }).click();
    await expect(wizard).toBeHidden();

    const placement = page.getByRole('article', { name: `Himayə (14–18 yaş), ${azDate(exitDay)} tarixindən` });
    await expect(placement).toBeVisible();
    const visits = placement.getByRole('row');
    for (const months of [1, 3, 6, 12]) {
      await expect(visits.filter({ hasText: azDate(monthsAfter(exitDay, months)) })).toHaveCount(1);
    }
    await expect(visits.filter({ hasText: azDate(monthsAfter(exitDay, 1)) })).toContainText('Vaxtı keçib');
  });

  await test.step('the first visit finds the placement broken down, and the dashboard says so', async () => {
    const visit = await pathway.recordVisit(azDate(monthsAfter(exitDay, 1)), {
      date: isoDate(dayFromToday(-3)),
      visitor: 'Sosial işçi Nərmin Əzizova',
      outcome: 'Pozulub',
      notes: 'Dayısı uşağı saxlaya bilməyəcəyini bildirdi.',
    });
    await expect(visit.getByText('Yerləşdirmə pozulub')).toBeVisible();
    await expect(visit.getByRole('button', { name: 'Yenidən qəbul et' })).toBeVisible();
    await expect(visit.getByRole('button', { name: 'Başqa yerləşdirmə' })).toBeVisible();
    await visit.getByRole('button', { name: 'Sonra' }).click();
    await expect(visit).toBeHidden();

    await home.open();
    const breakdown = page.getByRole('region', { name: 'Yerləşdirmə pozulub' });
    await expect(breakdown).toContainText(`Görüş tarixi: ${azDate(dayFromToday(-3))}`);
    await breakdown.getByRole('link', { name: sabina }).click();
    await expect(record.heading(sabina)).toBeVisible();
  });
}
