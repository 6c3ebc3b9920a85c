import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';

import { dayFromToday, DIRECTOR, isoDate, prepareInstitution } from './institution';
import { RecordPathway } from './pages/pathway-pages';
import type { ExitTotals } from './pages/plan-page';
import { PlanPage } from './pages/plan-page';
import { ResidentsPage } from './pages/residents-page';
import { startPreview, tempDataDir } from './preview';

/** Demo children to count, without the demo's own plan: this test makes the plan. */
const DEMO = { residents: 12, seed: 3101, plan: false } as const;

const CHILDREN_IN_RESIDENCE = 'Müəssisədə olan uşaqlar';
const FAMILY_EXITS = 'Ailəyə çıxışlar';
const TRANSFERS = 'Başqa müəssisəyə köçürmələr';

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Login' }).fill(DIRECTOR.login);
  await page.getByLabel(/^Parol( \*)?$/).fill(DIRECTOR.password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Xoş gəlmisiniz, ${DIRECTOR.fullName}` })).toBeVisible();
}

type IndicatorReading = { inResidence: number; familyExits: number; transfers: number; chart: ExitTotals };

/** What the indicators tab says now: children in residence, this month's exits, the exits chart's totals. */
async function readIndicators(plan: PlanPage): Promise<IndicatorReading> {
  await expect(plan.indicator(CHILDREN_IN_RESIDENCE)).toBeVisible();
  return {
    inResidence: await plan.current(CHILDREN_IN_RESIDENCE),
    familyExits: await plan.current(FAMILY_EXITS),
    transfers: await plan.current(TRANSFERS),
    chart: await plan.exitTotals(),
  };
}

/** Opens the plan's indicators and reads them once they show what the records say (they load afresh). */
async function indicatorsOnceThey(plan: PlanPage, show: IndicatorReading): Promise<void> {
  await plan.open();
  await plan.openTab('Göstəricilər');
  await expect.poll(() => readIndicators(plan), { timeout: 20_000 }).toEqual(show);
}

/** Opens the record of the first child the list shows in residence. */
async function openAChildInResidence(page: Page): Promise<void> {
  await new ResidentsPage(page, 'az').open();
  await page.getByRole('table', { name: 'Uşaqlar' }).getByRole('row').filter({ hasText: 'Müəssisədədir' }).first().getByRole('link').click();
  await expect(page.getByRole('tablist', { name: 'Qeydin bölmələri' })).toBeVisible();
}

test('in Azerbaijani: a plan from the template with its baseline, approved; a family exit and a transfer move exactly their indicators', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = tempDataDir();
  try {
    await prepareInstitution(dataDir.path, 'az', DEMO);
    const preview = await startPreview(dataDir.path);
    try {
      await signIn(page, preview.url);
      await planAndWatchIndicators(page);
    } finally {
      await preview.stop();
    }
  } finally {
    dataDir.remove();
  }
});

async function planAndWatchIndicators(page: Page): Promise<void> {
  const plan = new PlanPage(page);
  const pathway = new RecordPathway(page);
  const title = 'Şəki uşaq evinin ailə əsaslı sosial xidmət mərkəzinə çevrilməsi';
  const inResidenceAtStart = Number(
    /(\d+)/.exec((await page.getByRole('region', { name: 'Müəssisədə olan uşaqlar', exact: true }).textContent()) ?? '')?.[1] ?? NaN,
  );
  expect(inResidenceAtStart).toBeGreaterThan(2);

  await test.step('the director creates a plan from the template, and its baseline comes from the records', async () => {
    await plan.open();
    await plan.create({ title, periodStart: isoDate(dayFromToday(-20)), periodEnd: isoDate(dayFromToday(3 * 365)), models: ['Günərzi qayğı mərkəzi'] });
    await plan.openTab('İcmal');
    await expect(plan.baselineRow('Cəmi uşaq')).toContainText(String(inResidenceAtStart));
    await plan.openTab('Mərhələlər və tədbirlər');
    await expect(page.getByRole('heading', { name: 'Başlanğıc vəziyyət' })).toBeVisible();
  });

  await test.step('adds an action and a new service, and approves the plan', async () => {
    await plan.addAction('4. Yeni xidmətlər', {
      title: 'Günərzi mərkəzi üçün birinci mərtəbəni təmir etmək',
      owner: 'Rəşad Həsənov',
      start: isoDate(dayFromToday(10)),
      due: isoDate(dayFromToday(120)),
    });
    await expect(page.getByText('Günərzi mərkəzi üçün birinci mərtəbəni təmir etmək')).toBeVisible();
    await plan.openTab('Xidmətlər, işçilər, büdcə, bina');
    await plan.addNewService({ name: 'Çiçək günərzi mərkəzi', type: 'Günərzi qayğı mərkəzi', capacity: 25, opening: isoDate(dayFromToday(150)) });
    await expect(page.getByRole('region', { name: 'Yeni xidmətlər' })).toContainText('Çiçək günərzi mərkəzi');
    await plan.approve();
    await plan.openTab('Redaksiyalar');
    await expect(page.getByRole('main')).toContainText('Redaksiya 1');
  });

  await plan.openTab('Göstəricilər');
  const before = await readIndicators(plan);
  expect(before.inResidence).toBe(inResidenceAtStart);

  await test.step('a child leaves to the birth family: one fewer in residence, one more family exit, transfers unchanged', async () => {
    await openAChildInResidence(page);
    await pathway.openSection('Çıxış və yerləşdirmə');
    const wizard = await pathway.exitTo({
      type: 'Bioloji ailəyə qaytarılma',
      date: isoDate(dayFromToday(0)),
      decisionBody: 'Qəyyumluq və himayə orqanı',
      decisionNumber: 'QH-2026/77',
      family: 'Anası Məmmədova Sevinc',
      phone: '+994 50 555 77 77',
    });
    await wizard.getByRole('button', { name: 'Çıxışı yadda saxla' }).click();
    await expect(wizard).toBeHidden();

    await indicatorsOnceThey(plan, {
      inResidence: before.inResidence - 1,
      familyExits: before.familyExits + 1,
      transfers: before.transfers,
      chart: { family: before.chart.family + 1, transfer: before.chart.transfer },
    });
    await expect(plan.indicator(CHILDREN_IN_RESIDENCE).getByRole('application')).toHaveAccessibleName(new RegExp(`İndi: ${before.inResidence - 1}\\.`));
  });

  await test.step('another child is transferred to another institution: it counts as a transfer only', async () => {
    const before2 = await readIndicators(plan);
    await openAChildInResidence(page);
    await pathway.openSection('Çıxış və yerləşdirmə');
    const wizard = await pathway.exitTo({
      type: 'Başqa müəssisəyə köçürülmə',
      date: isoDate(dayFromToday(0)),
      decisionBody: 'Qəyyumluq və himayə orqanı',
      decisionNumber: 'QH-2026/78',
      family: 'Gəncə şəhəri 2 nömrəli uşaq evi',
      phone: '+994 22 255 00 00',
      to: 'institution',
    });
    await wizard.getByRole('button', { name: 'Çıxışı yadda saxla' }).click();
    await expect(wizard).toBeHidden();

    await indicatorsOnceThey(plan, {
      inResidence: before2.inResidence - 1,
      familyExits: before2.familyExits,
      transfers: before2.transfers + 1,
      chart: { family: before2.chart.family, transfer: before2.chart.transfer + 1 },
    });
  });
}
