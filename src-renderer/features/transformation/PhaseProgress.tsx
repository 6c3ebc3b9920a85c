import { Group, Progress, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { TransformationPlan } from './plan-form';
import { phaseProgress } from './plan-form';
import { usePhaseName } from './usePhaseName';

/** Each phase in order: actions done of all, and their average progress as a labelled bar; the whole plan last. */
export function PhaseProgress({ plan }: { plan: TransformationPlan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const phaseName = usePhaseName();
  const whole = phaseProgress({ actions: plan.phases.flatMap((phase) => phase.actions) });
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('transformation.progress.title')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-labelledby={headingId} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('transformation.progress.phase')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('transformation.progress.done')}
              </Table.Th>
              <Table.Th scope="col">{t('transformation.progress.average')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.phases.map((phase, index) => (
              <ProgressRow key={phase.id} name={t('transformation.phases.numbered', { number: index + 1, name: phaseName(phase) })} progress={phaseProgress(phase)} />
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <ProgressRow name={t('transformation.progress.whole')} progress={whole} strong />
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}

function ProgressRow({ name, progress, strong = false }: { name: string; progress: ReturnType<typeof phaseProgress>; strong?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Tr fw={strong ? 700 : undefined}>
      <Table.Th scope="row" fw={strong ? 700 : 'normal'}>
        {name}
      </Table.Th>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {t('transformation.progress.doneOf', { done: progress.done, total: progress.total })}
      </Table.Td>
      <Table.Td miw={200}>
        {progress.average === null ? (
          <Text size="sm" c="dimmed">
            {t('transformation.progress.noActions')}
          </Text>
        ) : (
          <Group gap="sm" wrap="nowrap">
            <Progress
              value={progress.average}
              size="md"
              color={progress.average === 100 ? 'teal' : 'blue'}
              style={{ flex: 1 }}
              aria-label={t('transformation.progress.barLabel', { name, percent: progress.average })}
            />
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('transformation.percent', { value: progress.average })}
            </Text>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
