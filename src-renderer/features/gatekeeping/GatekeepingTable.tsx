import type { GatekeepingRequest } from '@contract/gatekeeping';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { DecisionBadge } from './DecisionBadge';
import { childNameOf } from './gatekeeping-form';

/** What a pending row's buttons open (admission is a link to the new-child form). */
export type RequestAction = 'edit' | 'decide';

/** Which actions the signed-in role may take. */
export type RequestPermissions = { edit: boolean; decide: boolean; admit: boolean };

/**
 * The register of requests, newest first. A pending request can be edited, decided or admitted;
 * an admitted one links to the child's record. Each button's accessible name carries the child's
 * name, so a screen reader says whose row it is.
 */
export function GatekeepingTable({
  requests,
  can,
  onAction,
}: {
  requests: readonly GatekeepingRequest[];
  can: RequestPermissions;
  onAction: (action: RequestAction, request: GatekeepingRequest) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const requesterLabel = useReferenceLabel('gatekeeping_requester');
  const reasonLabel = useReferenceLabel('admission_reason');
  const withActions = can.edit || can.decide || can.admit;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('gatekeeping.register.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('gatekeeping.columns.received')}</Table.Th>
            <Table.Th scope="col">{t('gatekeeping.columns.child')}</Table.Th>
            <Table.Th scope="col">{t('gatekeeping.columns.requester')}</Table.Th>
            <Table.Th scope="col">{t('gatekeeping.columns.reasons')}</Table.Th>
            <Table.Th scope="col">{t('gatekeeping.columns.decision')}</Table.Th>
            <Table.Th scope="col">{t('gatekeeping.columns.decisionDate')}</Table.Th>
            {withActions && <Table.Th scope="col">{t('gatekeeping.columns.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => {
            const name = childNameOf(request);
            const pending = request.decision === 'pending';
            return (
              <Table.Tr key={request.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(request.receivedDate, language)}</Table.Td>
                <Table.Th scope="row" fw={500}>
                  {request.residentId === null ? (
                    name
                  ) : (
                    <Anchor component={Link} to={`/residents/${request.residentId}`} fw={500}>
                      {name}
                    </Anchor>
                  )}
                  {request.childBirthDate !== null && (
                    <Text size="xs" c="dimmed">
                      {t('gatekeeping.born', { date: formatDate(request.childBirthDate, language) })}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  {requesterLabel(request.requesterCode)}
                  {request.requesterName !== null && (
                    <Text size="xs" c="dimmed">
                      {request.requesterName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{request.reasonCodes.map(reasonLabel).join(', ')}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <DecisionBadge decision={request.decision} />
                    {request.decisionNote !== null && (
                      <Text size="xs" c="dimmed" lineClamp={2} title={request.decisionNote}>
                        {request.decisionNote}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {request.decisionDate === null ? '' : formatDate(request.decisionDate, language)}
                </Table.Td>
                {withActions && (
                  <Table.Td>
                    {pending && (
                      <Group gap={4} wrap="nowrap">
                        {can.edit && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('gatekeeping.actions.editFor', { name })}
                            onClick={() => onAction('edit', request)}
                          >
                            {t('gatekeeping.actions.edit')}
                          </Button>
                        )}
                        {can.decide && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('gatekeeping.actions.decideFor', { name })}
                            onClick={() => onAction('decide', request)}
                          >
                            {t('gatekeeping.actions.decide')}
                          </Button>
                        )}
                        {can.admit && (
                          <Button
                            component={Link}
                            to={`/residents/new?request=${encodeURIComponent(request.id)}`}
                            size="compact-sm"
                            variant="subtle"
                            color="orange"
                            aria-label={t('gatekeeping.actions.admitFor', { name })}
                          >
                            {t('gatekeeping.actions.admit')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
