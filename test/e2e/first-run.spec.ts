import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { LoginPage } from './pages/login-page';
import { SettingsPage } from './pages/settings-page';
import { SetupWizardPage } from './pages/setup-wizard-page';
import { REPO_ROOT } from './paths';
import { startPreview, tempDataDir } from './preview';

const AZ_MONTHS = ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'];

/** Today as a person in Baku writes it, e.g. "25 noyabr 2026" (from our own month names, not Intl). */
function todayInAzerbaijani(): string {
  const now = new Date();
  return `${now.getDate()} ${AZ_MONTHS[now.getMonth()]} ${now.getFullYear()}`;
}

test('first run: wizard, restart, sign in, edit the profile, switch to Russian', async ({ page }) => {
  const dataDir = tempDataDir();
  let preview = await startPreview(dataDir.path);
  try {
    expect(preview.stdoutLines).toHaveLength(1);
    await page.goto(preview.url);
    const wizard = new SetupWizardPage(page);
    await expect(wizard.heading()).toBeVisible();
    await wizard.startAsInstitution();

    // Nothing filled in: each required field says so, in Azerbaijani, and the wizard stays put.
    await wizard.next();
    await expect(page.getByText('Mütləqdir.').first()).toBeVisible();
    await expect(page.getByLabel('Nazirlik kodu')).toHaveAttribute('aria-invalid', 'true');

    await wizard.fillInstitution({
      code: 'bak-ue-07',
      name: 'Bakı şəhəri 7 nömrəli uşaq evi',
      type: 'Uşaq evi',
      regionSearch: 'seki',
      region: 'Şəki rayonu',
      address: 'Şəki, M. F. Axundzadə küçəsi 12',
      capacity: '80',
      phone: '+994 24 244 12 34',
    });
    await wizard.next();

    // A weak password is refused beside its field.
    await wizard.fillDirector({ fullName: 'Aynur Məmmədova', login: 'aynur', password: 'qisa' });
    await wizard.next();
    await expect(page.getByText('Ən azı 10 simvol.')).toBeVisible();
    await wizard.fillDirector({ fullName: 'Aynur Məmmədova', login: 'aynur', password: 'Qarabağ2026!', confirm: 'Qarabag2026!' });
    await wizard.next();
    await expect(page.getByText('Parollar üst-üstə düşmür.')).toBeVisible();
    await wizard.fillDirector({ fullName: 'Aynur Məmmədova', login: 'aynur', password: 'Qarabağ2026!' });
    await wizard.next();

    await expect(page.getByRole('cell', { name: 'BAK-UE-07' })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Şəki rayonu' })).toBeVisible();
    await wizard.create();

    // The recovery code is shown once, before anything else; going on needs a confirmation.
    await expect(page.getByRole('heading', { name: 'Körpü bərpa kodu' })).toBeVisible();
    await expect(page.getByLabel('Bərpa kodu', { exact: true })).toHaveText(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    await expect(page.getByRole('button', { name: 'Girişə keç' })).toBeDisabled();
    await page.getByRole('checkbox', { name: /Kodu yazdım/ }).check();
    await page.getByRole('button', { name: 'Girişə keç' }).click();
    const login = new LoginPage(page);
    await expect(login.heading()).toBeVisible();
    await expect(page.getByText('Körpü hazırdır')).toBeVisible();

    // The data is on disk: a new preview process on the same directory knows the institution.
    expect(await preview.stop()).toBe(0);
    preview = await startPreview(dataDir.path);
    await page.goto(preview.url);
    await expect(login.heading()).toBeVisible();
    await expect(page.getByText('Bakı şəhəri 7 nömrəli uşaq evi')).toBeVisible();

    await login.signIn('aynur', 'yanlış-parol-1');
    await expect(page.getByRole('alert')).toContainText('Login və ya parol yanlışdır.');
    await login.signIn('AYNUR', 'Qarabağ2026!');

    await expect(page.getByRole('heading', { name: 'Xoş gəlmisiniz, Aynur Məmmədova' })).toBeVisible();
    await expect(page.getByText(`Bu gün: ${todayInAzerbaijani()}`)).toBeVisible();

    const settings = new SettingsPage(page);
    await settings.open();
    await expect(settings.heading()).toBeVisible();
    const profile = page.getByRole('region', { name: 'Müəssisənin profili' });
    await profile.getByLabel('Telefon').fill('12');
    await profile.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(page.getByText('7–15 rəqəmli telefon nömrəsi daxil edin')).toBeVisible();
    await profile.getByLabel('Telefon').fill('+994 24 244 55 66');
    await profile.getByLabel('Tutum (yer sayı)').fill('75');
    await profile.getByRole('button', { name: 'Yadda saxla' }).click();
    await expect(page.getByText('Müəssisənin profili yadda saxlanıldı.')).toBeVisible();

    // The language switch in the header changes every label at once.
    await page.getByRole('banner').getByText('Русский', { exact: true }).click();
    await expect(settings.heading('Настройки')).toBeVisible();
    await expect(page.getByLabel('Телефон')).toHaveValue('+994 24 244 55 66');
    await expect(page.getByLabel('Вместимость (мест)')).toHaveValue('75');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Главная' })).toBeVisible();

    // The language belongs to the account: after signing out and in again it is still Russian.
    await page.getByRole('button', { name: /Учётная запись/ }).click();
    await page.getByRole('menuitem', { name: 'Выйти' }).click();
    await expect(page.getByRole('heading', { name: 'Вход в Körpü' })).toBeVisible();
    await page.getByLabel('Логин').fill('aynur');
    await page.getByLabel('Пароль').fill('Qarabağ2026!');
    await page.getByRole('button', { name: 'Войти' }).click();
    await expect(page.getByRole('heading', { name: 'Добро пожаловать, Aynur Məmmədova' })).toBeVisible();

    await settings.open('Моя учётная запись');
    await expect(settings.heading('Моя учётная запись')).toBeVisible();
    await settings.switchLanguage('Azərbaycanca');
    await expect(settings.heading('Hesabım')).toBeVisible();
    await settings.open();
    await expect(settings.heading()).toBeVisible();
    const shots = join(REPO_ROOT, 'docs', 'screenshots');
    if (!existsSync(shots)) {
      mkdirSync(shots, { recursive: true });
    }
    await page.screenshot({ path: join(shots, 'settings.png'), animations: 'disabled' });
  } finally {
    await preview.stop();
    dataDir.remove();
  }
});
