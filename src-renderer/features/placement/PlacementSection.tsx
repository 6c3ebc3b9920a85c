import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import { calendarDate } from '@contract/dates';
import type { Placement } from '@contract/placements';
import type { ResidentRecord } from '@contract/residents';
import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionFrame } from '../resident/SectionFrame';
import { ChangePlacementModal } from './ChangePlacementModal';
import { ExitWizard } from './ExitWizard';
import type { VisitDialog } from './FollowUpModal';
import { FollowUpModal } from './FollowUpModal';
import type { PlacementActions } from './PlacementCard';
import { PlacementCard } from './PlacementCard';
import { ReadmitModal } from './ReadmitModal';

/**
 * Which dialog is open. Closing keeps what it showed (so it does not go blank while it fades);
 * `session` grows with each opening, so every dialog opens with a fresh form.
 */
type Dialogs = {
  open: 'exit' | 'visit' | 'readmit' | 'change' | null;
  visit: VisitDialog | null;
  placement: Placement | null;
  session: number;
};

/**
 * A child's exit and placements. While the child lives here: a guided exit. After: every placement,
 * newest first, with its follow-up visits, and for the current one the next steps — re-admission or
 * another family placement. Write buttons only for roles the core allows; an adopted child's new
 * family shows as hidden except to the director.
 */
export function PlacementSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const placements = useProcedureQuery('placements.list', { residentId: record.id });
  const [dialogs, setDialogs] = useState<Dialogs>({ open: null, visit: null, placement: null, session: 0 });
  const open = (next: Partial<Dialogs> & Pick<Dialogs, 'open'>) => setDialogs((current) => ({ ...current, ...next, session: current.session + 1 }));
  const close = () => setDialogs((current) => ({ ...current, open: null }));
  const exited = record.status === 'exited';
  const canExit = !exited && isAllowed('placements.exit', role);
  const actions: PlacementActions = {
    hidden: record.secret && role !== 'director',
    canRecordVisit: isAllowed('followUps.record', role),
    canReadmit: exited && isAllowed('placements.readmit', role),
    canChange: isAllowed('placements.change', role),
    onRecordVisit: (visit, placement) => open({ open: 'visit', visit: { visit, placement } }),
    onReadmit: () => open({ open: 'readmit' }),
    onChange: (placement) => open({ open: 'change', placement }),
  };
  const today = calendarDate(new Date());
  return (
    <SectionFrame
      title={t('placement.title')}
      canEdit={false}
      actions={
        canExit && (
          <Button size="compact-sm" onClick={() => open({ open: 'exit' })}>
            {t('placement.exit.open')}
          </Button>
        )
      }
    >
      {!exited && <Text c="dimmed">{t('placement.inResidence')}</Text>}
      <ErrorAlert error={placements.error} />
      {placements.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {exited && placements.data?.length === 0 && <Text c="dimmed">{t('placement.none')}</Text>}
      <Stack gap="md">
        {placements.data?.map((placement) => (
          <PlacementCard key={placement.id} placement={placement} today={today} actions={actions} />
        ))}
      </Stack>
      <ExitWizard record={record} opened={dialogs.open === 'exit'} session={dialogs.session} onClose={close} />
      <FollowUpModal dialog={dialogs.visit} opened={dialogs.open === 'visit'} session={dialogs.session} actions={actions} onClose={close} />
      <ReadmitModal record={record} opened={dialogs.open === 'readmit'} session={dialogs.session} onClose={close} />
      <ChangePlacementModal
        record={record}
        placement={dialogs.placement}
        opened={dialogs.open === 'change'}
        session={dialogs.session}
        onClose={close}
      />
    </SectionFrame>
  );
}
