import type { Page } from '@playwright/test';

export type InstitutionDetails = {
  code: string;
  name: string;
  type: string;
  regionSearch: string;
  region: string;
  address?: string;
  capacity?: string;
  phone?: string;
};

/** The first-run wizard, found as a person finds it (Azerbaijani labels, the default language). */
export class SetupWizardPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Körpüyə xoş gəlmisiniz' });
  }

  /** The first question: an institution's installation (not the ministry's). */
  async startAsInstitution(): Promise<void> {
    await this.page.getByRole('button', { name: 'Müəssisə', exact: true }).click();
  }

  async next(): Promise<void> {
    await this.page.getByRole('button', { name: 'İrəli' }).click();
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'Yarat' }).click();
  }

  async choose(label: string, search: string, option: string): Promise<void> {
    const input = this.page.getByRole('combobox', { name: label });
    await input.click();
    await input.fill(search);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async fillInstitution(details: InstitutionDetails): Promise<void> {
    await this.page.getByLabel('Nazirlik kodu').fill(details.code);
    await this.page.getByLabel('Müəssisənin adı').fill(details.name);
    await this.choose('Müəssisənin növü', '', details.type);
    await this.choose('Şəhər və ya rayon', details.regionSearch, details.region);
    if (details.address !== undefined) {
      await this.page.getByLabel('Ünvan').fill(details.address);
    }
    if (details.capacity !== undefined) {
      await this.page.getByLabel('Tutum (yer sayı)').fill(details.capacity);
    }
    if (details.phone !== undefined) {
      await this.page.getByLabel('Telefon').fill(details.phone);
    }
  }

  async fillDirector(details: { fullName: string; login: string; password: string; confirm?: string }): Promise<void> {
    await this.page.getByLabel('Direktorun adı, soyadı').fill(details.fullName);
    await this.page.getByLabel('Login').fill(details.login);
    await this.page.getByLabel(/^Parol( \*)?$/).fill(details.password);
    await this.page.getByLabel('Parolu təkrarlayın').fill(details.confirm ?? details.password);
  }
}
