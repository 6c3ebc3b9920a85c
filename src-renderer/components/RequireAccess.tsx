import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ProcedureName } from '@contract/procedures';
import { Alert, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';


/**
 * Shows `children` only to roles that may call `procedure`; others see why not. This is for the
 * person at the screen: the core refuses the calls themselves whatever the window shows.
 */
export function RequireAccess({ role, procedure, children }: { role: Role; procedure: ProcedureName; children: ReactNode }) {
  const { t } = useTranslation();
  if (isAllowed(procedure, role)) {
    return children;
  }
  return (
    <Stack gap="md" maw={640}>
      <Title order={1}>{t('access.deniedTitle')}</Title>
      <Alert color="orange" role="alert">
        {t('access.denied', { role: t(`roles.${role}`) })}
      </Alert>
    </Stack>
  );
}
