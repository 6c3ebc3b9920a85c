import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

import { chooseOption, chooseOptions } from './new-resident-page';

/**
 * The transformation plan's screens in Azerbaijani, found as a person finds them: by role and by
 * the label they read (written out here, not read from the translations, so a wrong word fails).
 */

/** An input by the start of its label (a required one ends in " *"). */
function labelled(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label}( \\*)?$`));
}

async function dialog(page: Page, title: string): Promise<Locator> {
  const found = page.getByRole('dialog', { name: title });
  await expect(found).toBeVisible();
  return found;
}

/** The numbers an exits chart says it shows, over its months. */
export type ExitTotals = { family: number; transfer: number };

export class PlanPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Transformasiya planı' }).click();
  }

  async create(plan: { title: string; periodStart: string; periodEnd: string; models: readonly string[] }): Promise<void> {
    const main = this.page.getByRole('main');
    await labelled(main, 'Planın adı').fill(plan.title);
    await labelled(main, 'Dövrün başlanğıcı').fill(plan.periodStart);
    await labelled(main, 'Dövrün sonu').fill(plan.periodEnd);
    await chooseOptions(this.page, main.getByRole('combobox', { name: /^Hədəf xidmət modelləri/ }), plan.models);
    await main.getByRole('button', { name: 'Planı yarat' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: plan.title })).toBeVisible();
  }

  async openTab(name: string): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Planın bölmələri' }).getByRole('tab', { name }).click();
  }

  /** A row of the baseline's key figures (e.g. "Cəmi uşaq"). */
  baselineRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Əsas göstəricilər' }).getByRole('row', { name: new RegExp(`^${name}`) });
  }

  async addAction(phase: string, action: { title: string; owner: string; start: string; due: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: `Tədbir əlavə et: ${phase}` }).click();
    const form = await dialog(page, 'Yeni tədbir');
    await labelled(form, 'Tədbir').fill(action.title);
    await labelled(form, 'Məsul şəxs').fill(action.owner);
    await labelled(form, 'Başlanğıc tarixi').fill(action.start);
    await labelled(form, 'Son tarix').fill(action.due);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(form).toBeHidden();
  }

  async addNewService(service: { name: string; type: string; capacity: number; opening: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Planlaşdırılan xidmət əlavə et' }).click();
    const form = await dialog(page, 'Planlaşdırılan yeni xidmət');
    await labelled(form, 'Xidmətin adı').fill(service.name);
    await chooseOption(page, form.getByRole('combobox', { name: /^Xidmətin növü/ }), service.type);
    await labelled(form, 'Yer sayı').fill(String(service.capacity));
    await labelled(form, 'Planlaşdırılan açılış tarixi').fill(service.opening);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(form).toBeHidden();
  }

  async approve(): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Planı təsdiq et' }).click();
    const confirm = await dialog(page, 'Planın təsdiqi');
    await confirm.getByRole('button', { name: 'Təsdiq et' }).click();
    await expect(confirm).toBeHidden();
  }

  /** An indicator's card (a region named by the indicator). */
  indicator(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** An indicator's value this month, as its card says it ("İndi"). */
  async current(name: string): Promise<number> {
    const text = await this.indicator(name).locator('dt', { hasText: /^İndi$/ }).locator('xpath=following-sibling::dd[1]').textContent();
    return Number((text ?? '').replace(/\s/g, '').replace(',', '.'));
  }

  /** The exits by destination over the chart's months, as the chart's description says them (none: no chart). */
  async exitTotals(): Promise<ExitTotals> {
    const card = this.indicator('Çıxışlar istiqamət üzrə');
    const chart = card.getByRole('application', { name: /^Çıxışlar istiqamət üzrə, / });
    const none = card.getByText('Bu aylarda heç bir uşaq müəssisədən çıxmayıb.');
    await expect(chart.or(none)).toBeVisible();
    if (await none.isVisible()) {
      return { family: 0, transfer: 0 };
    }
    const label = (await chart.getAttribute('aria-label')) ?? '';
    const found = /ailəyə (\d+), başqa müəssisəyə köçürmə \(ailəyə yerləşdirmə deyil\) (\d+)/.exec(label);
    if (found === null) {
      throw new Error(`The exits chart does not say its totals: "${label}"`);
    }
    return { family: Number(found[1]), transfer: Number(found[2]) };
  }
}
