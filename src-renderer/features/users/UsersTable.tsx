import type { UserSummary } from '@contract/users';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { userStatusOf } from './users-form';

/** What a row's buttons open. */
export type UserAction = 'edit' | 'reset' | 'active';

/** A user's status as a badge: deactivated, locked until a time, must change password, or active. */
function StatusBadge({ user, now }: { user: UserSummary; now: Date }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = userStatusOf(user, now);
  switch (status.kind) {
    case 'deactivated':
      return (
        <Badge color="gray" variant="light" tt="none">
          {t('users.status.deactivated')}
        </Badge>
      );
    case 'locked':
      // The time goes under the badge: in the badge it would be cut off.
      return (
        <>
          <Badge color="red" variant="light" tt="none">
            {t('users.status.locked')}
          </Badge>
          <Text size="xs" c="dimmed" mt={2}>
            {t('users.status.lockedUntil', { time: formatDateTime(status.until, language) })}
          </Text>
        </>
      );
    case 'mustChangePassword':
      return (
        <Badge color="yellow" variant="light" tt="none">
          {t('users.status.mustChangePassword')}
        </Badge>
      );
    case 'active':
      return (
        <Badge color="teal" variant="light" tt="none">
          {t('users.status.active')}
        </Badge>
      );
  }
}

/**
 * Every user with their role and status. Each action's accessible name carries the user's name, so
 * a screen reader says whose row it is; nobody is offered to deactivate themselves.
 */
export function UsersTable({
  users,
  currentUserId,
  now,
  onAction,
}: {
  users: readonly UserSummary[];
  currentUserId: string;
  /** When the list was read: a lockout is shown only while it lasts. */
  now: Date;
  onAction: (action: UserAction, user: UserSummary) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.login')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.role')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.lastSignIn')}</Table.Th>
            <Table.Th scope="col">{t('users.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {user.fullName}
                {user.id === currentUserId && (
                  <Text component="span" size="sm" c="dimmed" ml={6}>
                    {t('users.you')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{user.login}</Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>
                <StatusBadge user={user} now={now} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {user.lastSignInAt === null ? (
                  <Text span c="dimmed" size="sm">
                    {t('users.never')}
                  </Text>
                ) : (
                  formatDateTime(user.lastSignInAt, language)
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('users.actions.editUser', { name: user.fullName })}
                    onClick={() => onAction('edit', user)}
                  >
                    {t('users.actions.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('users.actions.resetPasswordUser', { name: user.fullName })}
                    onClick={() => onAction('reset', user)}
                  >
                    {t('users.actions.resetPassword')}
                  </Button>
                  {user.active && user.id !== currentUserId && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('users.actions.deactivateUser', { name: user.fullName })}
                      onClick={() => onAction('active', user)}
                    >
                      {t('users.actions.deactivate')}
                    </Button>
                  )}
                  {!user.active && (
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t('users.actions.reactivateUser', { name: user.fullName })}
                      onClick={() => onAction('active', user)}
                    >
                      {t('users.actions.reactivate')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
