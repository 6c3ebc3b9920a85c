import { expect, test } from '@playwright/test';

import { LoginPage } from './pages/login-page';
import { SetupWizardPage } from './pages/setup-wizard-page';
import { UsersPage } from './pages/users-page';
import { startPreview, tempDataDir } from './preview';
import type { RunningPreview } from './preview';

const DIRECTOR = { login: 'aynur', password: 'Qarabağ2026!' };
const STAFF = { fullName: 'Rəşad Əliyev', login: 'resad', temporary: 'Müvəqqəti-2026', own: 'Şəki-bahar-2027' };

let dataDir: ReturnType<typeof tempDataDir>;
let preview: RunningPreview;

test.beforeEach(async ({ page }) => {
  dataDir = tempDataDir();
  preview = await startPreview(dataDir.path);
  await page.goto(preview.url);
  const wizard = new SetupWizardPage(page);
  await wizard.startAsInstitution();
  await wizard.fillInstitution({ code: 'BAK-UE-02', name: 'Bakı 2 nömrəli uşaq evi', type: 'Uşaq evi', regionSearch: 'bak', region: 'Bakı' });
  await wizard.next();
  await wizard.fillDirector({ fullName: 'Aynur Məmmədova', login: DIRECTOR.login, password: DIRECTOR.password });
  await wizard.next();
  await wizard.create();
  await page.getByRole('checkbox', { name: /Kodu yazdım/ }).check();
  await page.getByRole('button', { name: 'Girişə keç' }).click();
});

test.afterEach(async () => {
  await preview.stop();
  dataDir.remove();
});

test('a staff member the director creates cannot reach settings or user administration', async ({ page }) => {
  const login = new LoginPage(page);
  await login.signIn(DIRECTOR.login, DIRECTOR.password);
  const users = new UsersPage(page);
  await users.open();
  await users.create({ fullName: STAFF.fullName, login: STAFF.login, role: 'Əməkdaş', password: STAFF.temporary });
  const row = page.getByRole('row', { name: new RegExp(STAFF.fullName) });
  await expect(row).toContainText('Əməkdaş');
  await expect(row).toContainText('Parolu dəyişməlidir');

  await page.getByRole('button', { name: 'Aynur Məmmədova hesabı' }).click();
  await page.getByRole('menuitem', { name: 'Çıxış' }).click();

  // First sign-in with the director's temporary password: the staff member must choose their own.
  await login.signIn(STAFF.login, STAFF.temporary);
  await expect(page.getByRole('heading', { name: 'Öz parolunuzu seçin' })).toBeVisible();
  await page.getByLabel(/^Cari parol/).fill(STAFF.temporary);
  await page.getByLabel(/^Yeni parol( \*)?$/).fill(STAFF.own);
  await page.getByLabel(/^Yeni parolu təkrarlayın/).fill(STAFF.own);
  await page.getByRole('button', { name: 'Parolu dəyiş' }).click();
  await expect(page.getByRole('heading', { name: `Xoş gəlmisiniz, ${STAFF.fullName}` })).toBeVisible();

  // By navigation: no such entries, and the addresses themselves say "not available".
  const nav = page.getByRole('navigation');
  await expect(nav.getByRole('link', { name: 'Ana səhifə' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Parametrlər' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'İstifadəçilər' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit jurnalı' })).toHaveCount(0);
  for (const path of ['#/settings', '#/users', '#/audit']) {
    await page.goto(`${preview.url}${path}`);
    await expect(page.getByRole('heading', { name: 'Əlçatan deyil' })).toBeVisible();
  }

  // By a direct call through the bridge, with a staff session: the core refuses.
  const refused = await page.evaluate(
    async ({ login, password }) => {
      type Reply = { ok: boolean; value?: { sessionId: string }; error?: { code: string } };
      const korpu = (globalThis as unknown as { korpu: { invoke(name: string, input: unknown, session: string | null): Promise<Reply> } }).korpu;
      const signIn = await korpu.invoke('auth.login', { login, password }, null);
      const session = signIn.value?.sessionId ?? null;
      const calls = [
        korpu.invoke('users.list', {}, session),
        korpu.invoke('users.create', { login: 'intruder', fullName: 'Intruder', role: 'director', password: 'Intruder-2026' }, session),
        korpu.invoke('settings.update', { idleLockMinutes: 240 }, session),
        korpu.invoke('institution.update', { code: 'X-1', name: 'Taken', typeCode: 'other', regionCode: 'baku' }, session),
        korpu.invoke('audit.list', { filter: {} }, session),
      ];
      return (await Promise.all(calls)).map((reply) => reply.error?.code ?? 'ok');
    },
    { login: STAFF.login, password: STAFF.own },
  );
  expect(refused).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
});

test('an idle window locks and keeps what was typed until the password is entered', async ({ page }) => {
  const login = new LoginPage(page);
  await login.signIn(DIRECTOR.login, DIRECTOR.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Parametrlər' }).click();
  const security = page.getByRole('region', { name: 'Təhlükəsizlik' });
  await security.getByLabel('Fəaliyyətsizlikdən sonra kilid (dəqiqə)').fill('1');
  await security.getByRole('button', { name: 'Yadda saxla' }).click();
  await expect(page.getByText('Təhlükəsizlik parametrləri yadda saxlanıldı.')).toBeVisible();

  // Unsaved input in the profile form, then a minute without touching anything.
  await page.getByLabel('Ünvan').fill('Bakı, yarımçıq ünvan');
  await page.clock.install();
  await page.clock.fastForward('01:10');
  const lock = page.getByRole('dialog', { name: 'Körpü kilidlənib' });
  await expect(lock).toBeVisible();
  await lock.getByLabel('Parol').fill('yanlış-parol-9');
  await lock.getByRole('button', { name: 'Kilidi aç' }).click();
  await expect(lock.getByRole('alert')).toContainText('Login və ya parol yanlışdır.');
  await lock.getByLabel('Parol').fill(DIRECTOR.password);
  await lock.getByRole('button', { name: 'Kilidi aç' }).click();
  await expect(lock).toBeHidden();
  await expect(page.getByLabel('Ünvan')).toHaveValue('Bakı, yarımçıq ünvan');
});
