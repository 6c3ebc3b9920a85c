import type { FollowUp, FollowUpOutcome, Placement } from '@contract/placements';
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import { FieldList } from '../resident/FieldList';
import { useDateText } from '../resident/useDateText';
import { useReferenceMeta } from '../resident/useReferenceMeta';
import { hasBrokenDown, isOverdue } from './placement-form';
import { usePlacementRows } from './usePlacementRows';

const OUTCOME_COLORS: Readonly<Record<FollowUpOutcome, string>> = { stable: 'green', at_risk: 'yellow', broken_down: 'red' };

/** What the viewer may do with a placement; the section decides from the role and the record. */
export type PlacementActions = {
  /** Destination and note are hidden from this viewer (an adopted child, not the director). */
  hidden: boolean;
  canRecordVisit: boolean;
  canReadmit: boolean;
  canChange: boolean;
  onRecordVisit: (visit: FollowUp, placement: Placement) => void;
  onReadmit: () => void;
  onChange: (placement: Placement) => void;
};

/**
 * One placement: its type and start, the decision, where the child went, how and when it ended, and
 * its follow-up visits. The open one offers the next steps (re-admission, another placement),
 * urgently once a visit found it broken down.
 */
export function PlacementCard({ placement, today, actions }: { placement: Placement; today: string; actions: PlacementActions }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const type = useReferenceLabel('exit_type');
  const meta = useReferenceMeta('exit_type')(placement.typeCode);
  const rows = usePlacementRows();
  const open = placement.endedDate === null;
  const heading = t('placement.list.placementOf', { type: type(placement.typeCode), date: date(placement.startDate) });
  // After death or ageing out (a type that is no placement) there is no next step to offer.
  const nextSteps = open && meta?.placement !== 'none' && (actions.canReadmit || actions.canChange);
  const ended =
    placement.endedDate === null
      ? []
      : [
          {
            label: t('placement.list.ended'),
            value: t('placement.list.endedText', {
              date: date(placement.endedDate),
              reason: placement.endReason === null ? '' : t(`pathway.endReasons.${placement.endReason}`),
            }),
          },
        ];
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={heading}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="xs">
            <Title order={3} size="h5">
              {type(placement.typeCode)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('placement.list.from', { date: date(placement.startDate) })}
            </Text>
            {open && (
              <Badge variant="light" tt="none">
                {t('placement.list.current')}
              </Badge>
            )}
            {meta?.placement === 'transfer' && (
              <Badge color="orange" variant="light" tt="none">
                {t('placement.list.transfer')}
              </Badge>
            )}
          </Group>
          {nextSteps && <NextStepButtons actions={actions} placement={placement} />}
        </Group>
        {nextSteps && hasBrokenDown(placement) && (
          <Alert color="red" variant="light" title={t('placement.next.title')}>
            {t('placement.next.brokenDown')}
          </Alert>
        )}
        <FieldList rows={[...rows(placement, actions.hidden), ...ended]} />
        <FollowUpTable placement={placement} today={today} actions={actions} />
      </Stack>
    </Paper>
  );
}

/** Re-admission and another placement, for those who may record them. */
export function NextStepButtons({ actions, placement }: { actions: PlacementActions; placement: Placement }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      {actions.canReadmit && (
        <Button size="compact-sm" variant="light" onClick={actions.onReadmit}>
          {t('placement.next.readmit')}
        </Button>
      )}
      {actions.canChange && (
        <Button size="compact-sm" variant="light" onClick={() => actions.onChange(placement)}>
          {t('placement.next.change')}
        </Button>
      )}
    </Group>
  );
}

/** The placement's visits in due order: when each is due, whether it is overdue, and what it found. */
function FollowUpTable({ placement, today, actions }: { placement: Placement; today: string; actions: PlacementActions }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const title = t('placement.list.visitsOf', { date: date(placement.startDate) });
  if (placement.followUps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('placement.list.noVisits')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {t('placement.list.visits')}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing="xs" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('placement.list.dueDate')}</Table.Th>
              <Table.Th scope="col">{t('placement.visit.date')}</Table.Th>
              <Table.Th scope="col">{t('placement.visit.visitor')}</Table.Th>
              <Table.Th scope="col">{t('placement.visit.outcome')}</Table.Th>
              <Table.Th scope="col" miw={220}>
                {t('placement.visit.notes')}
              </Table.Th>
              <Table.Th scope="col">{t('placement.list.recordedBy')}</Table.Th>
              {actions.canRecordVisit && <Table.Th scope="col">{t('placement.list.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {placement.followUps.map((visit) => (
              <Table.Tr key={visit.id}>
                <Table.Th scope="row" fw={500}>
                  {date(visit.dueDate)}
                </Table.Th>
                <Table.Td>
                  <VisitState visit={visit} placement={placement} today={today} />
                </Table.Td>
                <Table.Td>{visit.visitor}</Table.Td>
                <Table.Td>
                  {visit.outcome !== null && (
                    <Badge color={OUTCOME_COLORS[visit.outcome]} variant="light" tt="none">
                      {t(`placement.outcome.${visit.outcome}`)}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'break-word' }}>{visit.notes}</Table.Td>
                <Table.Td>{visit.recordedByName}</Table.Td>
                {actions.canRecordVisit && (
                  <Table.Td>
                    {visit.visitDate === null && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('placement.visit.openOf', { date: date(visit.dueDate) })}
                        onClick={() => actions.onRecordVisit(visit, placement)}
                      >
                        {t('placement.visit.open')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The visit's date once made; before that, overdue, planned, or (the placement ended) not made. */
function VisitState({ visit, placement, today }: { visit: FollowUp; placement: Placement; today: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  if (visit.visitDate !== null) {
    return <>{date(visit.visitDate)}</>;
  }
  if (isOverdue(visit, placement, today)) {
    return (
      <Badge color="red" variant="light" tt="none">
        {t('placement.list.overdue')}
      </Badge>
    );
  }
  return (
    <Text span size="sm" c="dimmed">
      {placement.endedDate === null ? t('placement.list.planned') : t('placement.list.notMade')}
    </Text>
  );
}
