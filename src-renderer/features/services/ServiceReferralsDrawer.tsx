import type { Service } from '@contract/services-register';
import { Center, Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateText } from '../resident/useDateText';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import { ServiceLoad } from './ServicesTable';
import { RecordLink } from './UnreferredChildren';

/** The children referred to one service, newest request first, each linked to the record. */
export function ServiceReferralsDrawer({ service, opened, onClose }: { service: Service | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened && service !== null}
      onClose={onClose}
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('services.close') }}
      title={t('services.referrals.ofService', { name: service?.name ?? '' })}
    >
      {service !== null && <ServiceReferrals service={service} />}
    </Drawer>
  );
}

function ServiceReferrals({ service }: { service: Service }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const referrals = useProcedureQuery('referrals.list', { serviceId: service.id });
  return (
    <Stack gap="md">
      <ServiceLoad service={service} />
      <ErrorAlert error={referrals.error} />
      {referrals.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {referrals.data?.length === 0 && <Text c="dimmed">{t('services.referrals.noneForService')}</Text>}
      {referrals.data !== undefined && referrals.data.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing="sm" aria-label={t('services.referrals.ofService', { name: service.name })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('services.referrals.child')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.status')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.requested')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.start')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.end')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.data.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Th scope="row" fw={500}>
                    <RecordLink residentId={referral.residentId} name={referral.residentName} />
                  </Table.Th>
                  <Table.Td>
                    <ReferralStatusBadge status={referral.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(referral.requestedDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(referral.startDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(referral.endDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
