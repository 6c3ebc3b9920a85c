import type { Role } from '@contract/common';
import { roles } from '@contract/common';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The three roles, named in the UI language. */
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
  return (
    <Select
      label={t('users.form.role')}
      description={t('users.form.roleHint')}
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
