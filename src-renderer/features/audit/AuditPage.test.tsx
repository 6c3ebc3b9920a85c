import type { AuditEntry } from '@contract/audit';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { AuditPage } from './AuditPage';

const hash = 'a'.repeat(64);

function entry(seq: number, fields: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq,
    at: '2026-11-25T10:00:00.000Z',
    actorId: 'u-1',
    actorLogin: 'aynur',
    procedure: 'auth.login',
    action: 'sign-in',
    entityType: 'session',
    entityId: 'u-1',
    changes: {},
    hash,
    ...fields,
  };
}

const entries: AuditEntry[] = [
  entry(12, {
    procedure: 'users.resetPassword',
    action: 'password-reset',
    entityType: 'user',
    entityId: 'u-2',
    changes: {
      password: { before: '[redacted]', after: '[redacted]' },
      lockedUntil: { before: '2026-11-25T10:15:00.000Z', after: null },
      mustChangePassword: { before: false, after: true },
    },
  }),
  entry(11),
  entry(10, { actorId: null, actorLogin: null, procedure: 'auth.login', action: 'sign-in-failed', entityType: 'user', entityId: null }),
];

type ListInput = { filter: Record<string, unknown>; limit: number; offset: number };

function renderPage(handlers: Record<string, (input: unknown) => unknown> = {}) {
  return renderWithProviders(<AuditPage />, {
    'audit.list': () => ({ entries, total: 120 }),
    'users.list': () => [],
    ...handlers,
  });
}

beforeAll(async () => {
  await initI18n('az');
});

describe('audit log', () => {
  it('shows entries newest first with translated actions and the system for no user', async () => {
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit jurnalı' })).toBeInTheDocument();
    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['12', '11', '10']);
    expect(within(rows[0]!).getByText('Parolun sıfırlanması')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Giriş')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Uğursuz giriş cəhdi')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('sistem')).toBeInTheDocument();
    expect(screen.getByText('Cəmi 120 qeyd')).toBeInTheDocument();
  });

  it('opens an entry with its values before and after, hiding secrets', async () => {
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: '12 nömrəli qeydi aç' }));
    const dialog = await screen.findByRole('dialog', { name: 'Qeyd № 12' });
    const changes = within(dialog).getByRole('table', { name: 'Dəyişikliklər' });
    const row = (field: string) => within(changes).getByRole('rowheader', { name: field }).closest('tr')!;
    expect(within(row('password')).getAllByText('gizlədilib')).toHaveLength(2);
    expect(within(row('lockedUntil')).getByText('2026-11-25T10:15:00.000Z')).toBeInTheDocument();
    expect(within(row('lockedUntil')).getByText('boş')).toBeInTheDocument();
    expect(within(row('mustChangePassword')).getByText('xeyr')).toBeInTheDocument();
    expect(within(row('mustChangePassword')).getByText('bəli')).toBeInTheDocument();
  });

  it('opens an entry from the keyboard', async () => {
    renderPage();
    const open = await screen.findByRole('button', { name: '11 nömrəli qeydi aç' });
    open.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('dialog', { name: 'Qeyd № 11' })).toBeInTheDocument();
  });

  it('asks for the chosen action from the first page', async () => {
    const fake = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Səhifə 2' }));
    await waitFor(() => expect((inputsOf(fake, 'audit.list') as ListInput[]).at(-1)?.offset).toBe(50));
    await userEvent.click(screen.getByRole('combobox', { name: 'Əməliyyat' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Giriş', hidden: true }));
    await waitFor(() =>
      expect(inputsOf(fake, 'audit.list').at(-1)).toEqual({ filter: { action: 'sign-in' }, limit: 50, offset: 0 }),
    );
  });

  it('sends the chosen days as instants, the last day included', async () => {
    const fake = renderPage();
    fireEvent.change(await screen.findByLabelText('Başlanğıc tarixi'), { target: { value: '2026-11-20' } });
    fireEvent.change(screen.getByLabelText('Son tarix (daxil olmaqla)'), { target: { value: '2026-11-25' } });
    await waitFor(() =>
      expect((inputsOf(fake, 'audit.list') as ListInput[]).at(-1)?.filter).toEqual({
        from: new Date(2026, 10, 20).toISOString(),
        to: new Date(2026, 10, 26).toISOString(),
      }),
    );
  });

  it('names the first broken entry and the problem when the trail does not verify', async () => {
    renderPage({ 'audit.verify': () => ({ ok: false, firstBadSeq: 7, problem: 'hash-mismatch', checked: 6 }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Jurnalı yoxla' }));
    expect(await screen.findByText('Jurnal pozulub')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Problem 7 nömrəli qeyddən başlayır: qeydin məzmunu yazıldıqdan sonra dəyişdirilib. Qaydasında olan qeydlər: 6.',
      ),
    ).toBeInTheDocument();
  });

  it('says how many entries were checked when the trail is intact', async () => {
    renderPage({ 'audit.verify': () => ({ ok: true, firstBadSeq: null, problem: null, checked: 1234 }) });
    await userEvent.click(await screen.findByRole('button', { name: 'Jurnalı yoxla' }));
    expect(await screen.findByText('Jurnal bütövdür')).toBeInTheDocument();
    expect(screen.getByText(/^1.234 qeyd yoxlanıldı/)).toBeInTheDocument();
  });
});
