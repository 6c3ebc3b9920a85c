import type { Referral, ReferralStatus } from '@contract/services-register';
import { Button, Center, Loader, Menu, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionFrame } from '../resident/SectionFrame';
import { useDateText } from '../resident/useDateText';
import { NEXT_REFERRAL_STATUSES } from './referral-form';
import { ReferralModal } from './ReferralModal';
import { ReferralStatusBadge } from './ReferralStatusBadge';
import type { StatusChange } from './ReferralStatusModal';
import { ReferralStatusModal } from './ReferralStatusModal';

/** Which dialog is open; closing keeps the change, so the dialog keeps its text while it fades. */
type Dialog = { kind: 'refer' | 'status' | null; change: StatusChange | null };

/** The statuses a referral may move to, as a menu; nothing for a closed referral. */
function StatusMenu({ referral, onChoose }: { referral: Referral; onChoose: (status: ReferralStatus) => void }) {
  const { t } = useTranslation();
  const next = NEXT_REFERRAL_STATUSES[referral.status];
  if (next.length === 0) {
    return null;
  }
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-sm" variant="subtle" aria-label={t('services.referrals.changeStatusOf', { service: referral.serviceName })}>
          {t('services.referrals.changeStatus')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {next.map((status) => (
          <Menu.Item key={status} onClick={() => onChoose(status)}>
            {t(`services.statusChange.action.${status}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * The child's referrals to services (day care, rehabilitation…), newest first, with their status
 * and dates; those who may change them refer the child and move referrals on.
 */
export function ReferralsSection({ residentId, canEdit }: { residentId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const referrals = useProcedureQuery('referrals.list', { residentId });
  const [dialog, setDialog] = useState<Dialog>({ kind: null, change: null });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const title = t('services.referrals.title');
  return (
    <SectionFrame
      title={title}
      canEdit={false}
      actions={
        canEdit && (
          <Button size="compact-sm" onClick={() => setDialog({ kind: 'refer', change: null })}>
            {t('services.refer.open')}
          </Button>
        )
      }
    >
      <ErrorAlert error={referrals.error} />
      {referrals.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {referrals.data?.length === 0 && <Text c="dimmed">{t('services.referrals.none')}</Text>}
      {referrals.data !== undefined && referrals.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('services.referrals.service')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.status')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.requested')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.start')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.end')}</Table.Th>
                <Table.Th scope="col">{t('services.referrals.note')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('services.columns.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.data.map((referral) => (
                <Table.Tr key={referral.id}>
                  <Table.Th scope="row" fw={500}>
                    {referral.serviceName}
                  </Table.Th>
                  <Table.Td>
                    <ReferralStatusBadge status={referral.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(referral.requestedDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(referral.startDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(referral.endDate)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{referral.note ?? ''}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <StatusMenu referral={referral} onChoose={(status) => setDialog({ kind: 'status', change: { referral, status } })} />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && <ReferralModal opened={dialog.kind === 'refer'} residentId={residentId} onClose={close} />}
      {canEdit && <ReferralStatusModal opened={dialog.kind === 'status'} change={dialog.change} onClose={close} />}
    </SectionFrame>
  );
}
