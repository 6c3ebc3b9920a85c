import type { TransformationPlan } from '@contract/transformation-views';
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import { useDateText } from '../resident/useDateText';
import { Empty, ItemsPart, RowButtons } from './ItemsPart';
import { NewServiceModal } from './NewServiceModal';
import { OpenServiceModal } from './OpenServiceModal';
import type { ItemPermissions, PlanNewService } from './plan-items';
import { RemoveItemModal } from './RemoveItemModal';

type Dialog = { kind: 'edit' | 'open' | 'remove' | null; service: PlanNewService | null };

/**
 * The new services the plan will open, with capacity and planned opening; once opened, the day, the
 * places counted and the entry of the services register it became.
 */
export function NewServicesPart({ plan, permissions }: { plan: TransformationPlan; permissions: ItemPermissions }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const type = useReferenceLabel('service_type');
  const [dialog, setDialog] = useState<Dialog>({ kind: null, service: null });
  const show = (kind: Dialog['kind'], service: PlanNewService | null) => setDialog({ kind, service });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const services = plan.newServices;
  const planned = services.reduce((sum, service) => sum + service.capacity, 0);
  const opened = services.reduce((sum, service) => sum + (service.openedCapacity ?? 0), 0);
  const actions = permissions.newService || permissions.openService || permissions.remove;
  return (
    <ItemsPart
      title={t('planItems.services.title')}
      intro={t('planItems.services.intro')}
      add={permissions.newService ? { label: t('planItems.services.add'), onClick: () => show('edit', null) } : null}
    >
      {services.length === 0 ? (
        <Empty text={t('planItems.services.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table striped verticalSpacing="sm" aria-label={t('planItems.services.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planItems.services.name')}</Table.Th>
                <Table.Th scope="col">{t('planItems.services.type')}</Table.Th>
                <Table.Th scope="col">{t('planItems.services.capacity')}</Table.Th>
                <Table.Th scope="col">{t('planItems.services.plannedOpening')}</Table.Th>
                <Table.Th scope="col">{t('planItems.services.opened')}</Table.Th>
                {actions && <Table.Th scope="col">{t('planItems.actionsColumn')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.map((service) => (
                <Table.Tr key={service.id}>
                  <Table.Th scope="row" fw={500}>
                    {service.name}
                  </Table.Th>
                  <Table.Td>{type(service.serviceTypeCode)}</Table.Td>
                  <Table.Td>{service.capacity}</Table.Td>
                  <Table.Td>{service.plannedOpeningDate === null ? '—' : date(service.plannedOpeningDate)}</Table.Td>
                  <Table.Td>
                    <OpenedCell service={service} />
                  </Table.Td>
                  {actions && (
                    <Table.Td>
                      <RowButtons
                        buttons={[
                          permissions.openService &&
                            service.openedDate === null && {
                              label: t('planItems.open.button'),
                              name: t('planItems.open.buttonFor', { name: service.name }),
                              onClick: () => show('open', service),
                            },
                          permissions.newService && {
                            label: t('planItems.edit'),
                            name: t('planItems.editItem', { name: service.name }),
                            onClick: () => show('edit', service),
                          },
                          // An opened service stays in the plan: it is part of what was done.
                          permissions.remove &&
                            service.openedDate === null && {
                              label: t('planItems.remove.button'),
                              name: t('planItems.remove.buttonFor', { name: service.name }),
                              onClick: () => show('remove', service),
                            },
                        ]}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {services.length > 0 && <Text size="sm">{t('planItems.services.totals', { planned, opened })}</Text>}
      {permissions.newService && <NewServiceModal plan={plan} service={dialog.service} opened={dialog.kind === 'edit'} onClose={close} />}
      {permissions.openService && <OpenServiceModal plan={plan} service={dialog.service} opened={dialog.kind === 'open'} onClose={close} />}
      {permissions.remove && (
        <RemoveItemModal
          plan={plan}
          subject={dialog.service === null ? null : { section: 'newService', id: dialog.service.id, name: dialog.service.name }}
          opened={dialog.kind === 'remove'}
          onClose={close}
        />
      )}
    </ItemsPart>
  );
}

/** Not opened yet, or the day it opened with its places and a way to its entry in the services register. */
function OpenedCell({ service }: { service: PlanNewService }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  if (service.openedDate === null) {
    return (
      <Badge color="gray" variant="light" tt="none">
        {t('planItems.services.notOpened')}
      </Badge>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm">{t('planItems.services.openedOn', { date: date(service.openedDate), places: service.openedCapacity ?? service.capacity })}</Text>
      <Anchor component={Link} to="/services" size="sm">
        {t('planItems.services.inRegister', { name: service.serviceName ?? service.name })}
      </Anchor>
    </Stack>
  );
}
