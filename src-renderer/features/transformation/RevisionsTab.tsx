import type { PlanRevisionSummary } from '@contract/transformation-views';
import { Center, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDateText } from '../resident/useDateText';
import type { TransformationPlan } from './plan-form';
import { PlanComparison } from './PlanComparison';

const CURRENT = 'current';

/** Which two versions to compare, as the selects hold them ('current' is the working revision). */
type Pair = { from: string | null; to: string | null };

/** The comparison worth seeing first: the latest approval against the work since, or the last two approvals. */
function defaultPair(revisions: readonly PlanRevisionSummary[], plan: TransformationPlan): Pair {
  const last = revisions.at(-1);
  if (last === undefined) {
    return { from: null, to: null };
  }
  if (plan.unapprovedChanges || revisions.length === 1) {
    return { from: String(last.number), to: CURRENT };
  }
  return { from: String(last.number - 1), to: String(last.number) };
}

/** The plan's approvals (number, by whom, when) and a comparison of any two of them or of one with the working version. */
export function RevisionsTab({ plan }: { plan: TransformationPlan }) {
  const { t } = useTranslation();
  const { dateTime } = useDateText();
  const headingId = useId();
  const compareId = useId();
  const revisions = useProcedureQuery('transformation.revisions', { id: plan.id });
  const [chosen, setChosen] = useState<Pair | null>(null);
  if (revisions.error) {
    return <ErrorAlert error={revisions.error} />;
  }
  if (revisions.data === undefined) {
    return (
      <Center py="md">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const list = revisions.data;
  const pair = chosen ?? defaultPair(list, plan);
  const options = list.map((revision) => ({
    value: String(revision.number),
    label: t('transformation.revisions.option', { number: revision.number, when: dateTime(revision.approvedAt) }),
  }));
  const working = { value: CURRENT, label: t('transformation.revisions.working', { number: plan.revision }) };
  return (
    <Stack gap="xl">
      <section aria-labelledby={headingId}>
        <Title order={2} size="h4" id={headingId} mb="sm">
          {t('transformation.revisions.title')}
        </Title>
        {list.length === 0 ? (
          <Text c="dimmed">{t('transformation.revisions.none')}</Text>
        ) : (
          <Table aria-labelledby={headingId} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('transformation.revisions.number')}</Table.Th>
                <Table.Th scope="col">{t('transformation.revisions.approvedBy')}</Table.Th>
                <Table.Th scope="col">{t('transformation.revisions.approvedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...list].reverse().map((revision) => (
                <Table.Tr key={revision.number}>
                  <Table.Th scope="row">{t('transformation.header.revisionValue', { revision: revision.number })}</Table.Th>
                  <Table.Td>{revision.approvedByName ?? t('transformation.unknownUser')}</Table.Td>
                  <Table.Td>{dateTime(revision.approvedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
      {list.length > 0 && (
        <Stack gap="md" component="section" aria-labelledby={compareId}>
          <div>
            <Title order={2} size="h4" id={compareId}>
              {t('transformation.revisions.compare')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('transformation.revisions.compareHint')}
            </Text>
          </div>
          <Group grow align="flex-start" maw={720}>
            <Select
              label={t('transformation.revisions.from')}
              data={options}
              value={pair.from}
              onChange={(from) => setChosen({ ...pair, from })}
              allowDeselect={false}
            />
            <Select label={t('transformation.revisions.to')} data={[...options, working]} value={pair.to} onChange={(to) => setChosen({ ...pair, to })} allowDeselect={false} />
          </Group>
          <Comparison plan={plan} pair={pair} />
        </Stack>
      )}
    </Stack>
  );
}

function Comparison({ plan, pair }: { plan: TransformationPlan; pair: Pair }) {
  const { t } = useTranslation();
  const from = pair.from === null ? null : Number(pair.from);
  const to = pair.to === null ? null : pair.to === CURRENT ? CURRENT : Number(pair.to);
  const ready = from !== null && to !== null && from !== to;
  const diff = useProcedureQuery('transformation.compare', { id: plan.id, from: from ?? 1, to: to ?? CURRENT }, { enabled: ready });
  if (!ready) {
    return <Text c="dimmed">{t('transformation.revisions.chooseTwo')}</Text>;
  }
  if (diff.error) {
    return <ErrorAlert error={diff.error} />;
  }
  if (diff.data === undefined) {
    return (
      <Center py="md">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return <PlanComparison diff={diff.data} plan={plan} />;
}
