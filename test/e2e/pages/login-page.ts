import type { Page } from '@playwright/test';

/** The sign-in screen (Azerbaijani). */
export class LoginPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Körpüyə daxil olun' });
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.page.getByLabel('Login').fill(login);
    await this.page.getByLabel('Parol').fill(password);
    await this.page.getByRole('button', { name: 'Daxil ol' }).click();
  }
}
