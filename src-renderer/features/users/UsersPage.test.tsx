import type { UserSummary } from '@contract/users';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from './test-providers';
import { UsersPage } from './UsersPage';

const base = { mustChangePassword: false, lockedUntil: null, lastSignInAt: null, createdAt: '2026-01-10T08:00:00.000Z' };
const inTenMinutes = () => new Date(Date.now() + 10 * 60_000).toISOString();

function listedUsers(): UserSummary[] {
  return [
    { ...base, id: 'u-1', login: 'aynur', fullName: 'Aynur Məmmədova', role: 'director', active: true, lastSignInAt: '2026-11-25T10:00:00.000Z' },
    { ...base, id: 'u-2', login: 'rauf', fullName: 'Rauf Əliyev', role: 'staff', active: true, mustChangePassword: true },
    { ...base, id: 'u-3', login: 'leyla', fullName: 'Leyla Həsənova', role: 'viewer', active: false },
    { ...base, id: 'u-4', login: 'samir', fullName: 'Samir Quliyev', role: 'staff', active: true, lockedUntil: inTenMinutes() },
  ];
}

function renderPage(handlers: Record<string, (input: unknown) => unknown> = {}) {
  return renderWithProviders(<UsersPage currentUserId="u-1" />, { 'users.list': listedUsers, ...handlers });
}

async function rowOf(name: string) {
  const header = await screen.findByRole('rowheader', { name: new RegExp(name) });
  return header.closest('tr')!;
}

beforeAll(async () => {
  await initI18n('az');
});

describe('user administration', () => {
  it('lists users with their translated role and status', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'İstifadəçilər' })).toBeInTheDocument();
    const director = await rowOf('Aynur Məmmədova');
    expect(within(director).getByText('Direktor')).toBeInTheDocument();
    expect(within(director).getByText('Aktiv')).toBeInTheDocument();
    const staff = await rowOf('Rauf Əliyev');
    expect(within(staff).getByText('Əməkdaş')).toBeInTheDocument();
    expect(within(staff).getByText('Parolu dəyişməlidir')).toBeInTheDocument();
    expect(within(staff).getByText('heç vaxt')).toBeInTheDocument();
    const viewer = await rowOf('Leyla Həsənova');
    expect(within(viewer).getByText('Müşahidəçi')).toBeInTheDocument();
    expect(within(viewer).getByText('Deaktiv edilib')).toBeInTheDocument();
    const locked = await rowOf('Samir Quliyev');
    expect(within(locked).getByText('Bağlıdır')).toBeInTheDocument();
    expect(within(locked).getByText(/ qədər$/)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Son giriş' })).toBeInTheDocument();
  });

  it('creates a user with the typed values and says so', async () => {
    const fake = renderPage({
      'users.create': (input) => {
        const { login, fullName, role } = input as Pick<UserSummary, 'login' | 'fullName' | 'role'>;
        return { ...base, id: 'u-5', login, fullName, role, active: true, mustChangePassword: true };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Yeni istifadəçi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni istifadəçi' });
    await userEvent.type(within(dialog).getByLabelText(/^Adı, soyadı/), 'Nigar Rzayeva');
    await userEvent.type(within(dialog).getByLabelText(/^Login/), 'nigar');
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Rol/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Müşahidəçi', hidden: true }));
    await userEvent.type(within(dialog).getByLabelText(/^Müvəqqəti parol/), 'Bahar2026yaz');
    await userEvent.type(within(dialog).getByLabelText(/^Parolu təkrarlayın/), 'Bahar2026yaz');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yarat' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'users.create')).toEqual([
        { fullName: 'Nigar Rzayeva', login: 'nigar', role: 'viewer', password: 'Bahar2026yaz' },
      ]),
    );
    expect(await screen.findByText('Nigar Rzayeva əlavə edildi. Müvəqqəti parolu ona çatdırın.')).toBeInTheDocument();
    await waitFor(() => expect(inputsOf(fake, 'users.list')).toHaveLength(2));
  });

  it('does not send a new user whose repeated password differs', async () => {
    const fake = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Yeni istifadəçi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni istifadəçi' });
    await userEvent.type(within(dialog).getByLabelText(/^Adı, soyadı/), 'Nigar Rzayeva');
    await userEvent.type(within(dialog).getByLabelText(/^Login/), 'nigar');
    await userEvent.type(within(dialog).getByLabelText(/^Müvəqqəti parol/), 'Bahar2026yaz');
    await userEvent.type(within(dialog).getByLabelText(/^Parolu təkrarlayın/), 'Bahar2026qış');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yarat' }));
    expect(await within(dialog).findByText('Parollar üst-üstə düşmür.')).toBeInTheDocument();
    expect(inputsOf(fake, 'users.create')).toEqual([]);
  });

  it('shows a login already in use beside the login field', async () => {
    renderPage({
      'users.create': () => {
        throw new FakeFailure({
          code: 'VALIDATION_FAILED',
          message: 'The input is not valid',
          details: { issues: [{ path: 'login', message: 'validation.loginTaken' }] },
        });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Yeni istifadəçi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni istifadəçi' });
    await userEvent.type(within(dialog).getByLabelText(/^Adı, soyadı/), 'Aynur Quliyeva');
    await userEvent.type(within(dialog).getByLabelText(/^Login/), 'aynur');
    await userEvent.type(within(dialog).getByLabelText(/^Müvəqqəti parol/), 'Bahar2026yaz');
    await userEvent.type(within(dialog).getByLabelText(/^Parolu təkrarlayın/), 'Bahar2026yaz');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yarat' }));
    const login = within(dialog).getByLabelText(/^Login/);
    await waitFor(() => expect(login).toHaveAttribute('aria-invalid', 'true'));
    expect(login).toHaveAccessibleDescription(/Bu login artıq istifadə olunur\./);
  });

  it('offers no deactivation on the signed-in director’s own row', async () => {
    renderPage();
    const own = await rowOf('Aynur Məmmədova');
    expect(within(own).getByRole('button', { name: 'Redaktə et: Aynur Məmmədova' })).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /^Deaktiv et/ })).not.toBeInTheDocument();
    expect(within(await rowOf('Rauf Əliyev')).getByRole('button', { name: 'Deaktiv et: Rauf Əliyev' })).toBeInTheDocument();
  });

  it('deactivates another user only after confirmation', async () => {
    const fake = renderPage({
      'users.setActive': (input) => ({ ...listedUsers()[1]!, active: (input as { active: boolean }).active }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Deaktiv et: Rauf Əliyev' }));
    const dialog = await screen.findByRole('dialog', { name: 'İstifadəçini deaktiv etmək' });
    expect(within(dialog).getByText(/^Rauf Əliyev artıq daxil ola bilməyəcək/)).toBeInTheDocument();
    expect(inputsOf(fake, 'users.setActive')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Deaktiv et' }));
    await waitFor(() => expect(inputsOf(fake, 'users.setActive')).toEqual([{ id: 'u-2', active: false }]));
    expect(await screen.findByText('Rauf Əliyev deaktiv edildi.')).toBeInTheDocument();
  });

  it('explains why the last director cannot become staff', async () => {
    const fake = renderPage({
      'users.update': () => {
        throw new FakeFailure({ code: 'LAST_DIRECTOR', message: 'The installation must keep at least one active director' });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Redaktə et: Aynur Məmmədova' }));
    const dialog = await screen.findByRole('dialog', { name: 'İstifadəçini redaktə et: Aynur Məmmədova' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: /^Rol/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Əməkdaş', hidden: true }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Quraşdırmada ən azı bir aktiv direktor qalmalıdır.');
    expect(inputsOf(fake, 'users.update')).toEqual([{ id: 'u-1', fullName: 'Aynur Məmmədova', role: 'staff' }]);
  });

  it('resets a password with the new one typed twice', async () => {
    const fake = renderPage({ 'users.resetPassword': () => ({ ...listedUsers()[3]!, lockedUntil: null, mustChangePassword: true }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Parolu sıfırla: Samir Quliyev' }));
    const dialog = await screen.findByRole('dialog', { name: 'Parolu sıfırla: Samir Quliyev' });
    await userEvent.type(within(dialog).getByLabelText(/^Yeni müvəqqəti parol/), 'Payız2026axşam');
    await userEvent.type(within(dialog).getByLabelText(/^Parolu təkrarlayın/), 'Payız2026axşam');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Parolu sıfırla' }));
    await waitFor(() => expect(inputsOf(fake, 'users.resetPassword')).toEqual([{ id: 'u-4', password: 'Payız2026axşam' }]));
    expect(await screen.findByText('Samir Quliyev üçün parol sıfırlandı.')).toBeInTheDocument();
  });
});
