import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { DIRECTOR, prepareInstitution, runCli, SHEKI } from './institution';
import { startPreview, tempDataDir } from './preview';

const PASSPHRASE = 'Şəki-dağları-2026 yaz';

test('a backup saved with a passphrase is restored at the first run of a new computer, and the director signs in to the same records', async ({ page }) => {
  test.setTimeout(300_000);
  const original = tempDataDir();
  const fresh = tempDataDir();
  const work = test.info().outputPath('files');
  mkdirSync(work, { recursive: true });
  try {
    await prepareInstitution(original.path, 'az', { residents: 12, seed: 4401 });
    const backup = join(work, 'sheki.korpu-backup');
    await runCli(['backup', '--data-dir', original.path, '--out', backup, '--passphrase-stdin'], `${PASSPHRASE}\n`);

    const preview = await startPreview(fresh.path);
    try {
      await page.goto(preview.url);
      await page.getByRole('button', { name: 'Ehtiyat nüsxədən bərpa et' }).click();
      await expect(page.getByRole('heading', { name: 'Ehtiyat nüsxədən bərpa' })).toBeVisible();
      await page.getByLabel('Nüsxə faylı').setInputFiles(backup);

      // A wrong passphrase is said beside the field, and nothing is restored.
      await page.getByLabel('Nüsxənin parolu').fill('səhv parol bu deyil');
      await page.getByRole('button', { name: 'Bərpa et' }).click();
      await expect(page.getByText('Bu parolla nüsxə açılmır.')).toBeVisible({ timeout: 30_000 });

      await page.getByLabel('Nüsxənin parolu').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Bərpa et' }).click();
      await expect(page.getByRole('status')).toContainText(SHEKI.name, { timeout: 30_000 });
      await page.screenshot({ path: test.info().outputPath('restored.png'), fullPage: true });
      await page.getByRole('button', { name: 'Girişə keç' }).click();

      await page.getByRole('textbox', { name: 'Login' }).fill(DIRECTOR.login);
      await page.getByLabel(/^Parol( \*)?$/).fill(DIRECTOR.password);
      await page.getByRole('button', { name: 'Daxil ol' }).click();
      await page.getByRole('navigation').getByRole('link', { name: 'Uşaqlar' }).click();
      await expect(page.getByRole('table', { name: 'Uşaqlar' }).getByRole('row')).toHaveCount(13, { timeout: 30_000 });

      // The restored installation keeps backups of its own.
      await page.getByRole('navigation').getByRole('link', { name: 'Ehtiyat nüsxələr' }).click();
      await expect(page.getByRole('table', { name: 'Bu kompüterdəki nüsxələr' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('backups.png'), fullPage: true });
    } finally {
      await preview.stop();
    }
  } finally {
    original.remove();
    fresh.remove();
  }
});
