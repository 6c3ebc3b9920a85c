import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

/** The director's "Nazirliyə ixrac" page, in Azerbaijani, as a person finds its parts. */
export class BundlesPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nazirliyə ixrac' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Nazirliyə ixrac' })).toBeVisible();
  }

  section(name: 'İmza açarı' | 'Nazirliyin açarları' | 'Yeni ixrac' | 'İxrac tarixçəsi'): Locator {
    return this.page.getByRole('region', { name });
  }

  /** The value shown beside a term ("Barmaq izi"): Chromium names no definition, so it is found by its term. */
  fact(name: string, within: Locator = this.page.locator('body')): Locator {
    return within.getByRole('term').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  async savePublicKey(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.section('İmza açarı').getByRole('button', { name: 'Açıq açar faylını saxla' }).click();
    return download;
  }

  /** Imports the ministry's key file and confirms its fingerprint; returns the fingerprint shown. */
  async setMinistryKeys(keyFile: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
    await this.section('Nazirliyin açarları').getByRole('button', { name: /^Nazirliyin açarlarını (təyin et|dəyiş)$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Nazirliyin açarları' });
    await dialog.getByLabel('Nazirliyin açar faylı').setInputFiles(keyFile);
    await expect(dialog.getByRole('textbox', { name: 'Nazirliyin açarı (age1…) və ya açar faylının mətni' })).toHaveValue(/korpu-ministry-keys/);
    await dialog.getByRole('button', { name: 'Açarı yoxla' }).click();
    const confirm = dialog.getByRole('button', { name: 'Bu açarları təyin et' });
    await expect(confirm).toBeDisabled();
    const fingerprint = (await this.fact('Barmaq izi', dialog).textContent()) ?? '';
    await dialog.getByRole('checkbox', { name: 'Barmaq izi nazirliyin verdiyi ilə üst-üstə düşür' }).check();
    await confirm.click();
    await expect(dialog).toBeHidden();
    return fingerprint;
  }

  /** Exports a bundle of `profile` and waits for it to be ready; returns its sequence number's alert. */
  async export(profile: 'Tam qeydlər' | 'Adsız statistika' | 'Yalnız transformasiya planı', sequence: number): Promise<void> {
    const section = this.section('Yeni ixrac');
    await section.getByRole('radio', { name: profile }).check();
    await section.getByRole('button', { name: 'İxrac et' }).click();
    await expect(section.getByRole('alert').filter({ hasText: `${sequence} nömrəli paket hazırdır` })).toBeVisible({ timeout: 60_000 });
  }

  async saveExported(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.section('Yeni ixrac').getByRole('button', { name: 'Paketi saxla' }).click();
    return download;
  }

  historyRow(sequence: number): Locator {
    return this.page
      .getByRole('table', { name: 'İxrac tarixçəsi' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: String(sequence), exact: true }) });
  }

  async importReceipt(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.page.getByLabel('Nazirliyin qəbz faylı').setInputFiles(file);
  }
}
