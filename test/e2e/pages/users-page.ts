import type { Page } from '@playwright/test';

/** User administration (director), in Azerbaijani. */
export class UsersPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'İstifadəçilər' }).click();
  }

  async create(user: { fullName: string; login: string; role: 'Direktor' | 'Əməkdaş' | 'Müşahidəçi'; password: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Yeni istifadəçi' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Yeni istifadəçi' });
    await dialog.getByLabel('Adı, soyadı').fill(user.fullName);
    await dialog.getByLabel(/^Login/).fill(user.login);
    await dialog.getByRole('combobox', { name: 'Rol' }).click();
    await this.page.getByRole('option', { name: user.role, exact: true }).click();
    await dialog.getByLabel(/^Müvəqqəti parol/).fill(user.password);
    await dialog.getByLabel(/^Parolu təkrarlayın/).fill(user.password);
    await dialog.getByRole('button', { name: 'Yarat' }).click();
  }
}
