import type { Page } from '@playwright/test';

/** Settings, reached from the navigation. */
export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(linkName = 'Parametrlər'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: linkName }).click();
  }

  heading(name = 'Parametrlər') {
    return this.page.getByRole('heading', { level: 1, name });
  }

  async switchLanguage(nativeName: 'Azərbaycanca' | 'Русский' | 'English'): Promise<void> {
    // The radio inputs are visually hidden; a person clicks the segment's visible label.
    await this.page.getByRole('main').getByText(nativeName, { exact: true }).click();
  }
}
