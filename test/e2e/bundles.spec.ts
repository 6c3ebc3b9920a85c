import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { testMinistry } from '../helpers/ministry';
import { DIRECTOR, prepareInstitution } from './institution';
import { BundlesPage } from './pages/bundles-page';
import { startPreview, tempDataDir } from './preview';

const DEMO = { residents: 15, seed: 4207 } as const;

/** Runs a stock tool (minisign, age, unzip, tar); a missing tool fails the test with what to install. */
function stock(tool: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(tool, args, { cwd, encoding: 'utf8' });
  if (result.error !== undefined) {
    throw new Error(`${tool} is needed to check bundles as the ministry would (apt-get install ${tool}): ${result.error.message}`);
  }
  expect(result.status, `${tool} ${args.join(' ')}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

test('in Azerbaijani: the director sets the ministry keys, exports a bundle that stock minisign and age accept, and imports its receipt', async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = tempDataDir();
  const ministry = await testMinistry();
  try {
    await prepareInstitution(dataDir.path, 'az', DEMO);
    const preview = await startPreview(dataDir.path);
    try {
      await page.goto(preview.url);
      await page.getByRole('textbox', { name: 'Login' }).fill(DIRECTOR.login);
      await page.getByLabel(/^Parol( \*)?$/).fill(DIRECTOR.password);
      await page.getByRole('button', { name: 'Daxil ol' }).click();
      const bundles = new BundlesPage(page);
      await bundles.open();

      // The signing key made at setup: its id, fingerprint and QR code, and its public key file.
      const keyId = (await bundles.fact('Açarın identifikatoru').textContent())!.trim();
      expect(keyId).toMatch(/^[0-9A-F]{16}$/);
      await expect(bundles.fact('Barmaq izi', bundles.section('İmza açarı'))).toHaveText(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
      await expect(page.getByRole('img', { name: 'Barmaq izinin QR kodu' })).toBeVisible();
      const work = test.info().outputPath('ministry');
      mkdirSync(work, { recursive: true });
      const publicKey = await bundles.savePublicKey();
      expect(publicKey.suggestedFilename()).toBe(`korpu-${keyId}.pub`);
      await publicKey.saveAs(join(work, 'institution.pub'));

      // Without the ministry's keys there is nothing to export to.
      await expect(bundles.section('Yeni ixrac').getByRole('button', { name: 'İxrac et' })).toBeDisabled();
      const fingerprint = await bundles.setMinistryKeys({ name: 'nazirlik.korpu-ministry.json', mimeType: 'application/json', buffer: Buffer.from(ministry.keyFile) });
      await expect(bundles.fact('Şifrələmə açarı (age)')).toHaveText(ministry.recipient);
      await expect(bundles.section('Nazirliyin açarları')).toContainText(fingerprint);

      await bundles.export('Tam qeydlər', 1);
      const bundle = await bundles.saveExported();
      expect(bundle.suggestedFilename()).toBe('SHK-UE-03-000001-named.korpu');
      const file = join(work, bundle.suggestedFilename());
      await bundle.saveAs(file);
      await expect(bundles.historyRow(1)).toContainText('Təsdiq olunmayıb');

      // The ministry's engineer checks it with stock tools, without Körpü.
      stock('unzip', ['-o', '-d', 'bundle', file], work);
      expect(stock('minisign', ['-Vm', 'bundle/manifest.json', '-p', 'institution.pub'], work)).toContain('korpu-bundle institution=SHK-UE-03 sequence=1 profile=named');
      writeFileSync(join(work, 'identity.txt'), `${ministry.identity}\n`);
      stock('age', ['-d', '-i', 'identity.txt', '-o', 'payload.tar', 'bundle/payload.age'], work);
      const manifest = JSON.parse(readFileSync(join(work, 'bundle', 'manifest.json'), 'utf8')) as { counts: Record<string, number> };
      const members = stock('tar', ['-tf', 'payload.tar'], work).trim().split('\n');
      expect(members.sort()).toEqual(Object.keys(manifest.counts).map((table) => `${table}.jsonl`).sort());
      expect(manifest.counts['residents']).toBeGreaterThanOrEqual(DEMO.residents - 3);

      // The ministry's signed receipt marks the bundle acknowledged.
      const receipt = ministry.receipt({
        institutionCode: 'SHK-UE-03',
        sequence: 1,
        bundleSha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
        status: 'imported',
        message: null,
        issuedAt: new Date().toISOString(),
      });
      await bundles.importReceipt({ name: 'SHK-UE-03-000001.korpu-receipt', mimeType: 'application/zip', buffer: receipt });
      await expect(page.getByText('1 nömrəli paketin qəbzi idxal olundu.')).toBeVisible();
      await expect(bundles.historyRow(1)).toContainText('Təsdiq olunub');
      await page.screenshot({ path: test.info().outputPath('bundles.png'), fullPage: true, animations: 'disabled' });
    } finally {
      await preview.stop();
    }
  } finally {
    dataDir.remove();
  }
});
