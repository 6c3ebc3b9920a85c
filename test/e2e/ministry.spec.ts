import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { fingerprintOf, parsePublicKey } from '../../src-main/services/bundles/format/minisign';
import { prepareInstitution, runCli } from './institution';
import { MinistryPages } from './pages/ministry-pages';
import { REPO_ROOT } from './paths';
import { startPreview, tempDataDir } from './preview';

const ADMIN = { fullName: 'Nazim Əliyev', login: 'nazim', password: 'Nazirlik-2026-açar' };

/** Two institutions of the E2E: different places, different demo children. */
const INSTITUTIONS = [
  { code: 'SHK-UE-03', name: 'Şəki şəhəri 3 nömrəli uşaq evi', region: 'sheki-district', regionSearch: 'seki', regionLabel: 'Şəki rayonu', residents: 14, seed: 801 },
  { code: 'GNC-UE-02', name: 'Gəncə şəhəri 2 nömrəli uşaq evi', region: 'ganja', regionSearch: 'gənc', regionLabel: 'Gəncə', residents: 11, seed: 802 },
] as const;

/** Runs test/e2e/institution-side.ts on an institution's data folder and returns what it printed. */
function institutionSide(...args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'test/e2e/institution-side.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
}

test('the ministry enrols two institutions, imports their bundles by drag-and-drop, refuses a tampered and a replayed one, shows the national totals and gives receipts the institutions accept', async ({ page }) => {
  test.setTimeout(480_000);
  const ministryDir = tempDataDir();
  const institutionDirs = INSTITUTIONS.map(() => tempDataDir());
  const work = test.info().outputPath('files');
  mkdirSync(work, { recursive: true });
  const preview = await startPreview(ministryDir.path);
  try {
    const ministry = new MinistryPages(page);
    await page.goto(preview.url);
    await ministry.setUp(ADMIN);
    await ministry.signIn(ADMIN.login, ADMIN.password);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // The ministry's key file goes to the institutions, which encrypt to it and export a bundle.
    const keyFile = join(work, 'ministry-keys.json');
    await (await ministry.saveKeyFile()).saveAs(keyFile);
    const bundles: string[] = [];
    for (const [index, institution] of INSTITUTIONS.entries()) {
      const dir = institutionDirs[index]!.path;
      await prepareInstitution(dir, 'az', { residents: institution.residents, seed: institution.seed }, institution);
      await runCli(['ministry-recipient', 'set', '--data-dir', dir, '--file', keyFile]);
      await runCli(['keys', 'export-public', '--data-dir', dir, '--out', join(work, `${institution.code}.pub`)]);
      const bundle = join(work, `${institution.code}-1.korpu`);
      await runCli(['export', '--data-dir', dir, '--profile', 'named', '--out', bundle]);
      bundles.push(bundle);
    }

    // Enrolment shows the fingerprint of exactly the key the institution holds.
    for (const institution of INSTITUTIONS) {
      const publicKeyPath = join(work, `${institution.code}.pub`);
      const shown = await ministry.enrol({ code: institution.code, name: institution.name, regionSearch: institution.regionSearch, region: institution.regionLabel, publicKeyPath });
      expect(shown.replace(/\s/g, '')).toBe(fingerprintOf(parsePublicKey(readFileSync(publicKeyPath, 'utf8')).publicKey).replace(/\s/g, ''));
    }
    const registry = page.getByRole('table', { name: 'Müəssisələr reyestri' });
    for (const institution of INSTITUTIONS) {
      await expect(registry.getByRole('row', { name: new RegExp(institution.code) })).toContainText('Fəal');
    }
    await page.screenshot({ path: test.info().outputPath('registry.png'), fullPage: true });

    // Both bundles dropped at once are imported.
    await ministry.nav('Paketlərin idxalı').click();
    await ministry.drop(bundles.map((path, index) => ({ name: `${INSTITUTIONS[index]!.code}-1.korpu`, bytes: readFileSync(path) })));
    for (const institution of INSTITUTIONS) {
      await expect(ministry.result(`${institution.code}-1.korpu`)).toContainText('İdxal edildi', { timeout: 60_000 });
    }

    // A changed byte and the same bundle again: refused with the reason in plain words, nothing changed.
    const tampered = readFileSync(bundles[0]!);
    const at = tampered.length - 300;
    tampered.writeUInt8(tampered.readUInt8(at) ^ 0x01, at);
    await ministry.drop([
      { name: 'dəyişdirilmiş.korpu', bytes: tampered },
      { name: 'təkrar.korpu', bytes: readFileSync(bundles[1]!) },
    ]);
    await expect(ministry.result('dəyişdirilmiş.korpu')).toContainText('Rədd edildi', { timeout: 60_000 });
    await expect(ministry.result('dəyişdirilmiş.korpu')).toContainText(/zədələnib|dəyişdirilib|uyğun gəlmir/);
    await expect(ministry.result('təkrar.korpu')).toContainText('Artıq idxal edilib');
    await page.screenshot({ path: test.info().outputPath('import.png'), fullPage: true });

    // Receipts from the history, which each institution's side accepts.
    const history = page.getByRole('table', { name: 'İdxal tarixçəsi' });
    await expect(history.getByRole('row')).toHaveCount(5);
    for (const [index, institution] of INSTITUTIONS.entries()) {
      const download = page.waitForEvent('download');
      await history.getByRole('button', { name: `${institution.code} üçün № 1 paketin qəbzini saxla` }).first().click();
      const receiptPath = join(work, (await download).suggestedFilename());
      await (await download).saveAs(receiptPath);
      const acknowledged = JSON.parse(institutionSide('import-receipt', institutionDirs[index]!.path, receiptPath)) as unknown;
      expect(acknowledged).toMatchObject({ sequence: 1, receipt: { status: 'imported' } });
    }

    // The national overview counts both institutions' children in residence.
    const expected = institutionDirs.map((dir) => Number(institutionSide('in-residence', dir.path))).reduce((sum, count) => sum + count, 0);
    await ministry.nav('Ölkə üzrə icmal').click();
    const total = page.getByRole('term').filter({ hasText: /^Müəssisədə olan uşaqlar$/ }).first();
    await expect(total.locator('xpath=following-sibling::dd[1]')).toHaveText(String(expected));
    await page.screenshot({ path: test.info().outputPath('overview.png'), fullPage: true });
    await page.getByRole('link', { name: INSTITUTIONS[1].name }).first().click();
    await expect(page.getByRole('heading', { name: new RegExp(INSTITUTIONS[1].name) })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('institution.png'), fullPage: true });
  } finally {
    await preview.stop();
    ministryDir.remove();
    institutionDirs.forEach((dir) => dir.remove());
  }
});
