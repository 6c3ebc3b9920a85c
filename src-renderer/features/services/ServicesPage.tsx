import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { Service } from '@contract/services-register';
import { Button, Center, Divider, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ServiceFormModal } from './ServiceFormModal';
import { ServiceReferralsDrawer } from './ServiceReferralsDrawer';
import type { ServiceAction } from './ServicesTable';
import { ServicesTable } from './ServicesTable';
import { UnreferredChildren } from './UnreferredChildren';

/**
 * Which dialog is open, and for which service. Closing keeps the service, so a dialog keeps its
 * text while it fades out.
 */
type Dialog = { kind: 'add' | ServiceAction | null; service: Service | null };

/**
 * The register of services children are referred to (day care, rehabilitation, inclusive school…),
 * with each one's capacity and load, and the children with a disability whom no service takes yet.
 */
export function ServicesPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [includeInactive, setIncludeInactive] = useState(false);
  const services = useProcedureQuery('services.list', { includeInactive });
  const [dialog, setDialog] = useState<Dialog>({ kind: null, service: null });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const canEdit = isAllowed('services.save', role);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('services.title')}</Title>
          <Text c="dimmed">{t('services.intro')}</Text>
        </div>
        {canEdit && <Button onClick={() => setDialog({ kind: 'add', service: null })}>{t('services.addService')}</Button>}
      </Group>
      <Switch
        label={t('services.includeInactive')}
        checked={includeInactive}
        onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
      />
      <ErrorAlert error={services.error} />
      {services.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {services.data && (
        <Paper withBorder radius="md">
          <ServicesTable
            services={services.data}
            canEdit={canEdit}
            showActive={includeInactive}
            onAction={(kind, service) => setDialog({ kind, service })}
          />
        </Paper>
      )}
      <Divider />
      <UnreferredChildren />
      {canEdit && (
        <ServiceFormModal
          opened={dialog.kind === 'add' || dialog.kind === 'edit'}
          service={dialog.kind === 'add' ? null : dialog.service}
          onClose={close}
        />
      )}
      <ServiceReferralsDrawer opened={dialog.kind === 'referrals'} service={dialog.service} onClose={close} />
    </Stack>
  );
}
