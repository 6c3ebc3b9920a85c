import type { Service } from '@contract/services-register';
import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import { isFull, loadPercent } from './service-form';

/** What a row's buttons open. */
export type ServiceAction = 'referrals' | 'edit';

/** "load / capacity" over a bar, red with a "Full" mark when no place is left. */
export function ServiceLoad({ service }: { service: Service }) {
  const { t } = useTranslation();
  const full = isFull(service);
  const numbers = t('services.loadOf', { load: service.load, capacity: service.capacity });
  return (
    <Stack gap={4} miw={140}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={full ? 600 : undefined} c={full ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {numbers}
        </Text>
        {full && (
          <Badge color="red" variant="light" tt="none">
            {t('services.full')}
          </Badge>
        )}
      </Group>
      <Progress
        value={loadPercent(service)}
        color={full ? 'red' : 'teal'}
        size="sm"
        aria-label={t('services.loadLabel', { name: service.name, load: service.load, capacity: service.capacity })}
      />
    </Stack>
  );
}

/**
 * The register of services with their load. A service's name opens its referrals; each action's
 * accessible name carries the service's name, so a screen reader says whose row it is.
 */
export function ServicesTable({
  services,
  canEdit,
  showActive,
  onAction,
}: {
  services: readonly Service[];
  canEdit: boolean;
  /** Inactive services are listed too, so say which is which. */
  showActive: boolean;
  onAction: (action: ServiceAction, service: Service) => void;
}) {
  const { t } = useTranslation();
  const type = useReferenceLabel('service_type');
  const region = useReferenceLabel('region');
  if (services.length === 0) {
    return (
      <Text c="dimmed" p="md">
        {t('services.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('services.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('services.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('services.columns.type')}</Table.Th>
            <Table.Th scope="col">{t('services.columns.region')}</Table.Th>
            <Table.Th scope="col">{t('services.columns.capacity')}</Table.Th>
            <Table.Th scope="col">{t('services.columns.load')}</Table.Th>
            {showActive && <Table.Th scope="col">{t('services.columns.status')}</Table.Th>}
            {canEdit && <Table.Th scope="col">{t('services.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {services.map((service) => (
            <Table.Tr key={service.id} c={service.active ? undefined : 'dimmed'}>
              <Table.Th scope="row" fw={500}>
                <Anchor component="button" type="button" fw={500} onClick={() => onAction('referrals', service)}>
                  {service.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{type(service.typeCode)}</Table.Td>
              <Table.Td>{region(service.regionCode)}</Table.Td>
              <Table.Td>{service.capacity}</Table.Td>
              <Table.Td>
                <ServiceLoad service={service} />
              </Table.Td>
              {showActive && (
                <Table.Td>
                  <Badge color={service.active ? 'teal' : 'gray'} variant="light" tt="none">
                    {service.active ? t('services.status.active') : t('services.status.inactive')}
                  </Badge>
                </Table.Td>
              )}
              {canEdit && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('services.actions.editService', { name: service.name })}
                    onClick={() => onAction('edit', service)}
                  >
                    {t('services.actions.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
