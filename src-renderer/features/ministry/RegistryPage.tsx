import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { RegistryInstitution, RegistryKey } from '@contract/ministry';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EnrolModal } from './EnrolModal';
import { MinistryKeysPanel } from './MinistryKeysPanel';
import { RegistryTable } from './RegistryTable';
import { RevokeKeyModal } from './RevokeKeyModal';
import { RotateKeyModal } from './RotateKeyModal';

/** The registry of institutions and the ministry's keys; the admin enrols, rotates and revokes. */
export function RegistryPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  const registry = useProcedureQuery('ministry.registry', {});
  const [enrolling, setEnrolling] = useState(false);
  const [rotating, setRotating] = useState<RegistryInstitution | null>(null);
  const [revoking, setRevoking] = useState<{ name: string; key: RegistryKey } | null>(null);
  const canEnrol = isAllowed('ministry.enrol', role);
  const institutions = registry.data ?? [];
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('ministry.registry.title')}</Title>
          <Text c="dimmed">{t('ministry.registry.intro')}</Text>
        </div>
        {canEnrol && <Button onClick={() => setEnrolling(true)}>{t('ministry.registry.enrol')}</Button>}
      </Group>
      <MinistryKeysPanel canExport={isAllowed('ministry.exportKeyFile', role)} />
      <Paper withBorder p="md" radius="md">
        <ErrorAlert error={registry.error} />
        {registry.data !== undefined && institutions.length === 0 ? (
          <Text c="dimmed">{t('ministry.registry.empty')}</Text>
        ) : (
          <RegistryTable institutions={institutions} role={role} onRotate={setRotating} onRevoke={(institution, key) => setRevoking({ name: institution.name, key })} />
        )}
      </Paper>
      <EnrolModal opened={enrolling} onClose={() => setEnrolling(false)} />
      <RotateKeyModal institution={rotating} onClose={() => setRotating(null)} />
      <RevokeKeyModal target={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
