import type { Role } from '@contract/common';
import { rolesOf } from '@contract/common';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';

/** The roles of this installation (an institution's three, or the ministry's two), named in the UI language. */
export function RoleSelect({
  value,
  onChange,
  error,
}: {
  value: Role;
  onChange: (role: Role) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const info = useProcedureQuery('app.info', {});
  const kind = info.data?.kind ?? 'institution';
  const roles = rolesOf(kind);
  return (
    <Select
      label={t('users.form.role')}
      description={t(kind === 'ministry' ? 'users.form.ministryRoleHint' : 'users.form.roleHint')}
      required
      data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={value}
      onChange={(next) => {
        const role = roles.find((candidate) => candidate === next);
        if (role !== undefined) {
          onChange(role);
        }
      }}
      error={error}
      allowDeselect={false}
    />
  );
}
