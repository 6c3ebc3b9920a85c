import type { TimelineEvent, TimelineKind } from '@contract/timeline';
import { timelineKinds } from '@contract/timeline';
import { Center, Chip, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionFrame } from '../resident/SectionFrame';
import { useDateText } from '../resident/useDateText';
import { useEventText } from './useEventText';

/**
 * Which kinds are shown, as a group of checkboxes (chips) with "All" first. A kind is either shown
 * or hidden, so every box says what the list shows; "All" is checked when every kind is.
 */
function KindFilter({
  kinds,
  hidden,
  onChange,
}: {
  kinds: readonly TimelineKind[];
  hidden: ReadonlySet<TimelineKind>;
  onChange: (hidden: ReadonlySet<TimelineKind>) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const allShown = kinds.every((kind) => !hidden.has(kind));
  const toggle = (kind: TimelineKind, shown: boolean) => {
    const next = new Set(hidden);
    if (shown) {
      next.delete(kind);
    } else {
      next.add(kind);
    }
    onChange(next);
  };
  return (
    <div role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={500} mb={6}>
        {t('timeline.filter')}
      </Text>
      <Group gap="xs">
        <Chip size="sm" variant="outline" checked={allShown} onChange={(checked) => onChange(checked ? new Set() : new Set(kinds))}>
          {t('timeline.all')}
        </Chip>
        {kinds.map((kind) => (
          <Chip key={kind} size="sm" checked={!hidden.has(kind)} onChange={(checked) => toggle(kind, checked)}>
            {t(`timeline.kinds.${kind}`)}
          </Chip>
        ))}
      </Group>
    </div>
  );
}

/** The events shown, oldest first, one row each. */
function EventsTable({ events, title }: { events: readonly TimelineEvent[]; title: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const sentence = useEventText();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped verticalSpacing="xs" aria-label={title}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('timeline.date')}</Table.Th>
            <Table.Th scope="col">{t('timeline.kind')}</Table.Th>
            <Table.Th scope="col">{t('timeline.event')}</Table.Th>
            <Table.Th scope="col">{t('timeline.recordedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event, index) => (
            // An admission and its exit share the stay's id, a referral's steps the referral's: the event tells them apart.
            <Table.Tr key={`${event.event}:${event.refId ?? index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(event.date)}</Table.Td>
              <Table.Td>{t(`timeline.kinds.${event.kind}`)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{sentence(event)}</Table.Td>
              {/* Blank where the record keeps no author (an admission, a referral) or the visit is still due. */}
              <Table.Td>{event.recordedByName ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * A child's timeline: every event of the record (admissions, assessments, the plan and its reviews,
 * notes, referrals, contacts, exits, placements, follow-up visits) in date order, filterable by kind.
 * The whole timeline is read once and filtered here: a child's record has at most a few hundred
 * events, and the filter then answers at once, without a round trip per click.
 */
export function TimelineSection({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  // Every other section's changes end up here and none of their saves refreshes this query: always
  // stale, it is read again each time the tab is shown.
  const timeline = useProcedureQuery('residents.timeline', { residentId }, { staleTime: 0 });
  const [hidden, setHidden] = useState<ReadonlySet<TimelineKind>>(new Set());
  const title = t('timeline.title');
  const events = timeline.data ?? [];
  // Only the kinds this child's record has, in the contract's order.
  const kinds = timelineKinds.filter((kind) => events.some((event) => event.kind === kind));
  const shown = events.filter((event) => !hidden.has(event.kind));
  return (
    <SectionFrame title={title} canEdit={false}>
      <ErrorAlert error={timeline.error} />
      {timeline.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {timeline.data?.length === 0 && <Text c="dimmed">{t('timeline.empty')}</Text>}
      {events.length > 0 && (
        <Stack gap="sm">
          <KindFilter kinds={kinds} hidden={hidden} onChange={setHidden} />
          {shown.length === 0 ? <Text c="dimmed">{t('timeline.emptyFiltered')}</Text> : <EventsTable events={shown} title={title} />}
        </Stack>
      )}
    </SectionFrame>
  );
}
