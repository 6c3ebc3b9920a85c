import type { Role } from '@contract/common';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { SignedInApp } from '../session/SignedInApp';
import { user } from '../transformation/transformation-fixtures';
import { renderWithProviders } from '../users/test-providers';

beforeAll(async () => {
  await initI18n('az');
});

/** The signed-in app at `path` for a user of `role`, as App shows it after sign-in. */
function renderAppAt(path: string, role: Role) {
  const session = { user: user(role), locked: false, mustChangePassword: false, idleLockMinutes: 15 };
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <SignedInApp session={session} institutionName="Bakı 1 nömrəli uşaq evi" language="az" onLanguageChange={() => undefined} onSignOut={() => undefined} onLocked={() => undefined} />
    </MemoryRouter>,
    {},
  );
}

describe('the way to the export screen', () => {
  it('is in the navigation of a director', () => {
    renderAppAt('/', 'director');
    const nav = screen.getByRole('navigation', { name: 'Əsas naviqasiya' });
    expect(within(nav).getByRole('link', { name: 'Nazirliyə ixrac' })).toHaveAttribute('href', '/bundles');
  });

  it.each<Role>(['staff', 'viewer'])('is not in the navigation of %s, and the address alone does not open it', (role) => {
    renderAppAt('/bundles', role);
    const nav = screen.getByRole('navigation', { name: 'Əsas naviqasiya' });
    expect(within(nav).queryByRole('link', { name: 'Nazirliyə ixrac' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Nazirliyə ixrac' })).not.toBeInTheDocument();
  });
});
