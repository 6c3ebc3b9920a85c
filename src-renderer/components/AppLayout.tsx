import { isAllowed } from '@contract/access';
import type { SessionUser } from '@contract/accounts';
import type { Language } from '@contract/common';
import type { ProcedureName } from '@contract/procedures';
import { AppShell, Burger, Group, Menu, NavLink, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';


import { LanguageSwitch } from './LanguageSwitch';

/** An entry of the navigation; it shows only to roles that may call `needs`, the procedure its page is for. */
export type NavEntry = { to: string; key: string; needs?: ProcedureName };

/** The navigation of an institution's installation. */
export const INSTITUTION_NAV: readonly NavEntry[] = [
  { to: '/', key: 'nav.home', needs: 'dashboard.get' },
  { to: '/residents', key: 'nav.residents', needs: 'residents.list' },
  { to: '/gatekeeping', key: 'nav.gatekeeping', needs: 'gatekeeping.list' },
  { to: '/services', key: 'nav.services', needs: 'services.list' },
  { to: '/plan', key: 'nav.plan', needs: 'transformation.list' },
  { to: '/bundles', key: 'nav.bundles', needs: 'bundles.export' },
  { to: '/account', key: 'nav.account' },
  { to: '/users', key: 'nav.users', needs: 'users.list' },
  { to: '/audit', key: 'nav.audit', needs: 'audit.list' },
  { to: '/backups', key: 'nav.backups', needs: 'backup.list' },
  { to: '/reference', key: 'nav.reference', needs: 'reference.save' },
  { to: '/settings', key: 'nav.settings', needs: 'settings.update' },
];

/** True when `path` is the entry's page or one below it (a child's record is under Residents). */
function isCurrent(path: string, to: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/** The signed-in frame: header with institution, language and user menu; navigation at the side. */
export function AppLayout({
  nav = INSTITUTION_NAV,
  user,
  institutionName,
  language,
  onLanguageChange,
  onSignOut,
  children,
}: {
  nav?: readonly NavEntry[];
  user: SessionUser;
  institutionName: string | null;
  language: Language;
  onLanguageChange: (language: Language) => void;
  onSignOut: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure();
  const location = useLocation();
  const entries = nav.filter((item) => item.needs === undefined || isAllowed(item.needs, user.role));
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Title order={2} size="h4">
              Körpü
            </Title>
            {institutionName !== null && (
              <Text c="dimmed" size="sm" truncate>
                {institutionName}
              </Text>
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch value={language} onChange={onLanguageChange} />
            <Menu position="bottom-end">
              <Menu.Target>
                <UnstyledButton aria-label={t('nav.userMenu', { name: user.fullName })}>
                  <Text size="sm" fw={500}>
                    {user.fullName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`roles.${user.role}`)}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component={Link} to="/account">
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item onClick={onSignOut}>{t('auth.signOut')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {entries.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.key)}
            active={isCurrent(location.pathname, item.to)}
            aria-current={isCurrent(location.pathname, item.to) ? 'page' : undefined}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
