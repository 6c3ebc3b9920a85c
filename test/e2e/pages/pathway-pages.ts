import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

import { chooseOption, chooseOptions } from './new-resident-page';

/**
 * The care pathway's screens in Azerbaijani, found as a person finds them: by role and by the
 * label they read (written out here, not read from the translations, so a wrong word fails).
 */

/** An input or select by the start of its label (a required one ends in " *"). */
function labelled(scope: Locator, label: string): Locator {
  return scope.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`));
}

/** A dialog by its title, once it is open. */
async function dialog(page: Page, title: string): Promise<Locator> {
  const found = page.getByRole('dialog', { name: title });
  await expect(found).toBeVisible();
  return found;
}

export type AdmissionRequest = {
  received: string;
  surname: string;
  firstName: string;
  patronymic: string;
  sex: 'Oğlan' | 'Qız';
  birthDate: string;
  requester: string;
  reasons: readonly string[];
  assessment: string;
};

/** Qəbul müraciətləri: the gatekeeping register. */
export class GatekeepingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Qəbul müraciətləri' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Qəbul müraciətləri' })).toBeVisible();
  }

  async record(request: AdmissionRequest): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Yeni müraciət' }).click();
    const form = await dialog(page, 'Yeni qəbul müraciəti');
    await labelled(form, 'Müraciətin tarixi').fill(request.received);
    await labelled(form, 'Soyadı').fill(request.surname);
    await labelled(form, 'Adı').fill(request.firstName);
    await labelled(form, 'Ata adı').fill(request.patronymic);
    await form.getByRole('radiogroup', { name: /^Cinsi/ }).getByRole('radio', { name: request.sex }).check();
    await labelled(form, 'Doğum tarixi').fill(request.birthDate);
    await chooseOption(page, form.getByRole('combobox', { name: /^Kim müraciət edib/ }), request.requester);
    await chooseOptions(page, form.getByRole('combobox', { name: /^Müraciətin səbəbləri/ }), request.reasons);
    await labelled(form, 'Qiymətləndirmənin xülasəsi').fill(request.assessment);
    await form.getByRole('button', { name: 'Müraciəti qeydə al' }).click();
    await expect(form).toBeHidden();
  }

  /** The request's row in the register, by the child's full name. */
  row(fullName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: fullName });
  }

  async decide(fullName: string, decision: string, date: string, note: string): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: `Qərar ver: ${fullName}` }).click();
    const form = await dialog(page, `Qərar: ${fullName}`);
    await form.getByRole('radiogroup', { name: 'Qərar' }).getByRole('radio', { name: decision }).check();
    await labelled(form, 'Qərarın tarixi').fill(date);
    await labelled(form, 'Qeyd').fill(note);
    await form.getByRole('button', { name: 'Qərarı qeyd et' }).click();
    await expect(form).toBeHidden();
  }

  /** The last 12 months' admissions and diversions, as the summary chart's description says them. */
  async summaryTotals(): Promise<{ admitted: number; diverted: number }> {
    const chart = this.page.getByRole('img', { name: /^Qəbullar və alternativ həllər/ });
    const label = (await chart.getAttribute('aria-label')) ?? '';
    const found = /cəmi (\d+) qəbul, (\d+) alternativ həll/.exec(label);
    if (found === null) {
      throw new Error(`The summary chart does not say its totals: "${label}"`);
    }
    return { admitted: Number(found[1]), diverted: Number(found[2]) };
  }

  async admit(fullName: string): Promise<void> {
    await this.page.getByRole('link', { name: `Qəbul et və qeydiyyata al: ${fullName}` }).click();
  }
}

/** Xidmətlər: the services register. */
export class ServicesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Xidmətlər' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Xidmətlər' })).toBeVisible();
  }

  async add(service: { name: string; type: string; capacity: number }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Xidmət əlavə et' }).click();
    const form = await dialog(page, 'Yeni xidmət');
    await labelled(form, 'Xidmətin adı').fill(service.name);
    await chooseOption(page, form.getByRole('combobox', { name: /^Xidmətin növü/ }), service.type);
    await labelled(form, 'Yer sayı').fill(String(service.capacity));
    await form.getByRole('button', { name: 'Əlavə et' }).click();
    await expect(form).toBeHidden();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ hasText: name });
  }
}

/** The care pathway's sections of one child's record. */
export class RecordPathway {
  constructor(readonly page: Page) {}

  async openSection(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async addAssessment(date: string, scores: readonly { domain: string; score: string; note?: string }[], summary: string): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Yeni qiymətləndirmə' }).click();
    const form = await dialog(page, 'Yeni qiymətləndirmə');
    await labelled(form, 'Qiymətləndirmə tarixi').fill(date);
    for (const { domain, score, note } of scores) {
      await form.getByRole('radiogroup', { name: domain, exact: true }).getByRole('radio', { name: score }).check();
      if (note !== undefined) {
        await form.getByLabel(`Qeyd: ${domain}`).fill(note);
      }
    }
    await labelled(form, 'Ümumi nəticə').fill(summary);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(form).toBeHidden();
  }

  async startPlan(firstReview: string): Promise<void> {
    await labelled(this.page.getByRole('main'), 'Plana ilk baxış tarixi').fill(firstReview);
    await this.page.getByRole('button', { name: 'Planı başlat' }).click();
  }

  async addGoal(goal: { domain: string; text: string; targetDate: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Məqsəd əlavə et' }).click();
    const form = await dialog(page, 'Yeni məqsəd');
    await chooseOption(page, form.getByRole('combobox', { name: /^Sahə/ }), goal.domain);
    await labelled(form, 'Məqsəd').fill(goal.text);
    await labelled(form, 'Hədəf tarix').fill(goal.targetDate);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(form).toBeHidden();
  }

  async addReview(review: { date: string; participants: string; decisions: string; next: string }): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: 'Baxışı qeydə al' }).click();
    const form = await dialog(page, 'Plana baxış');
    await labelled(form, 'Baxış tarixi').fill(review.date);
    await labelled(form, 'Növbəti baxış tarixi').fill(review.next);
    await labelled(form, 'İştirakçılar').fill(review.participants);
    await labelled(form, 'Qəbul edilmiş qərarlar').fill(review.decisions);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(form).toBeHidden();
  }

  /** Opens the referral form and sends it; returns the form (still open when the service is full). */
  async refer(service: string, requested: string): Promise<Locator> {
    const { page } = this;
    await page.getByRole('button', { name: 'Xidmətə göndər' }).click();
    const form = await dialog(page, 'Xidmətə göndərmək');
    await form.getByRole('combobox', { name: /^Xidmət( \*)?$/ }).click();
    await page.getByRole('option', { name: new RegExp(`^${service}`) }).click();
    await labelled(form, 'Müraciət tarixi').fill(requested);
    await form.getByRole('button', { name: 'Göndər', exact: true }).click();
    return form;
  }

  async markReferralAccepted(service: string, date: string): Promise<void> {
    const { page } = this;
    await page.getByRole('button', { name: `Vəziyyəti dəyiş: ${service}` }).click();
    await page.getByRole('menuitem', { name: 'Xidmət qəbul etdi' }).click();
    const form = await dialog(page, `Qəbul edildi: ${service}`);
    await labelled(form, 'Tarix').fill(date);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(form).toBeHidden();
  }

  /** The guided exit, from the type to the review; returns the dialog, not yet saved. */
  async exitTo(exit: {
    type: string;
    date: string;
    decisionBody: string;
    decisionNumber: string;
    family: string;
    phone: string;
    /** Where the child goes; a family unless said otherwise. */
    to?: 'institution';
  }): Promise<Locator> {
    const { page } = this;
    await page.getByRole('button', { name: 'Çıxışı qeyd et' }).click();
    const wizard = await dialog(page, 'Uşağın çıxışının qeydə alınması');
    await this.chooseExitType(wizard, exit.type);
    await wizard.getByRole('button', { name: 'İrəli' }).click();
    await labelled(wizard, 'Çıxış tarixi').fill(exit.date);
    await chooseOption(page, wizard.getByRole('combobox', { name: /^Qərarı verən orqan/ }), exit.decisionBody);
    await labelled(wizard, 'Qərarın nömrəsi').fill(exit.decisionNumber);
    await labelled(wizard, 'Qərarın tarixi').fill(exit.date);
    await wizard.getByRole('button', { name: 'İrəli' }).click();
    const toInstitution = exit.to === 'institution';
    await wizard
      .getByRole('radiogroup', { name: /^Uşaq hara gedir/ })
      .getByRole('radio', { name: toInstitution ? 'Müəssisə' : 'Şəxs və ya ailə' })
      .check();
    await labelled(wizard, toInstitution ? 'Müəssisənin adı' : 'Şəxsin və ya ailənin adı').fill(exit.family);
    await labelled(wizard, 'Telefon').fill(exit.phone);
    await wizard.getByRole('button', { name: 'İrəli' }).click();
    return wizard;
  }

  async chooseExitType(wizard: Locator, type: string): Promise<void> {
    await chooseOption(this.page, wizard.getByRole('combobox', { name: /^Çıxış növü/ }), type);
  }

  /** Records the visit due on `due` (as the list shows the date). */
  async recordVisit(due: string, visit: { date: string; visitor: string; outcome: string; notes: string }): Promise<Locator> {
    const { page } = this;
    await page.getByRole('button', { name: `${due} tarixinə planlaşdırılan görüşü qeyd et` }).click();
    const form = await dialog(page, 'İzləmə görüşünün qeydə alınması');
    await labelled(form, 'Görüş tarixi').fill(visit.date);
    await labelled(form, 'Görüşə gedən').fill(visit.visitor);
    await form.getByRole('radiogroup', { name: /^Nəticə/ }).getByRole('radio', { name: visit.outcome }).check();
    await labelled(form, 'Qeydlər').fill(visit.notes);
    await form.getByRole('button', { name: 'Yadda saxla' }).click();
    return form;
  }
}
