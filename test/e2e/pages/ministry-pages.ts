import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The ministry's screens, found as an analyst finds them (Azerbaijani labels, the default language). */
export class MinistryPages {
  constructor(readonly page: Page) {}

  nav(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  /** The first run as the ministry: the department's name and its first admin; the recovery code kept. */
  async setUp(admin: { fullName: string; login: string; password: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Nazirlik', exact: true }).click();
    await expect(this.page.getByLabel('Şöbənin adı')).not.toHaveValue('');
    await this.page.getByLabel('Administratorun tam adı').fill(admin.fullName);
    await this.page.getByLabel('Login').fill(admin.login);
    await this.page.getByLabel(/^Parol( \*)?$/).fill(admin.password);
    await this.page.getByLabel('Parolu təkrarlayın').fill(admin.password);
    await this.page.getByRole('button', { name: 'Quraşdırmanı yarat' }).click();
    await this.page.getByRole('checkbox', { name: /Kodu yazdım/ }).check();
    await this.page.getByRole('button', { name: 'Girişə keç' }).click();
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Login' }).fill(login);
    await this.page.getByLabel(/^Parol( \*)?$/).fill(password);
    await this.page.getByRole('button', { name: 'Daxil ol' }).click();
  }

  /** Saves the ministry's key file from the registry page. */
  async saveKeyFile(): Promise<Download> {
    await this.nav('Müəssisələr reyestri').click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Açar faylını saxla' }).click();
    return download;
  }

  /** Enrols an institution with its .pub file; returns the fingerprint the dialog showed. */
  async enrol(institution: { code: string; name: string; regionSearch: string; region: string; publicKeyPath: string }): Promise<string> {
    await this.page.getByRole('button', { name: 'Müəssisəni qeydiyyata al' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Müəssisəni qeydiyyata al' });
    await dialog.getByLabel('Müəssisə kodu').fill(institution.code);
    await dialog.getByLabel('Müəssisənin adı').fill(institution.name);
    const region = dialog.getByRole('combobox', { name: 'Region' });
    await region.click();
    await region.fill(institution.regionSearch);
    await this.page.getByRole('option', { name: institution.region, exact: true }).click();
    await dialog.getByLabel('Açar faylı').setInputFiles({ name: basename(institution.publicKeyPath), mimeType: 'text/plain', buffer: readFileSync(institution.publicKeyPath) });
    await expect(dialog.getByRole('textbox', { name: 'Açıq açar (minisign)' })).toHaveValue(/minisign public key/);
    await dialog.getByRole('button', { name: 'Açarı yoxla' }).click();
    const fingerprint = (await dialog.locator('dd').first().textContent())!.trim();
    await dialog.getByRole('checkbox', { name: 'Barmaq izi müəssisənin dediyi ilə eynidir' }).check();
    await dialog.getByRole('button', { name: 'Qeydiyyata al' }).click();
    await expect(dialog).toBeHidden();
    return fingerprint;
  }

  /** Drops files on the import page's drop area, as from a file manager. */
  async drop(files: readonly { name: string; bytes: Buffer }[]): Promise<void> {
    const area = this.page.getByRole('region', { name: 'Paket fayllarını buraya atın' });
    const payload = files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64') }));
    // Built in the page (the test's own types know no DataTransfer), files decoded from base64.
    const dataTransfer = await this.page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      for (const item of ${JSON.stringify(payload)}) {
        const bytes = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], item.name));
      }
      return transfer;
    })()`);
    await area.dispatchEvent('dragover', { dataTransfer });
    await area.dispatchEvent('drop', { dataTransfer });
  }

  /** The result of one dropped file, found by its name. */
  result(fileName: string): Locator {
    return this.page.getByRole('list', { name: 'İdxalın nəticəsi' }).getByRole('listitem', { name: fileName });
  }
}
