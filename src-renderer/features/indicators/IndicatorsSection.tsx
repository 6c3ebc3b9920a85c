import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { IndicatorDashboard } from '@contract/indicators';
import type { TransformationPlan } from '@contract/transformation-views';
import { Button, Center, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AdmissionsVsDiversions } from './AdmissionsVsDiversions';
import { ExitsByDestination } from './ExitsByDestination';
import type { MonthRange } from './indicator-forms';
import type { CardIndicator, CardMonths } from './IndicatorCard';
import { IndicatorCard } from './IndicatorCard';
import { ManualIndicators } from './ManualIndicators';
import { isRangeRefusal, MonthRangeForm } from './MonthRangeForm';
import { TargetModal } from './TargetModal';

type Computed = IndicatorDashboard['computed'][number];

/**
 * The transformation plan's indicator dashboard (domain notes, "Transformation plan" point 9):
 * every computed indicator with its baseline, target and monthly chart; exits by destination with
 * transfers apart from family placements; admissions beside diversions; the director's manual
 * indicators, marked as typed in. The director sets targets and keeps the manual indicators; the
 * other roles read. The months shown are the core's default until another range is chosen.
 */
export function IndicatorsSection({ plan, role }: { plan: TransformationPlan; role: Role }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [range, setRange] = useState<MonthRange | null>(null);
  const [targetFor, setTargetFor] = useState<Computed | null>(null);
  const dashboard = useProcedureQuery('indicators.get', range === null ? { planId: plan.id } : { planId: plan.id, ...range }, {
    // The months shown stay on screen while other months load.
    placeholderData: keepPreviousData,
    // Computed from every record: any exit, admission or decision made elsewhere may have changed
    // them, so they are read afresh each time the tab is shown, never taken from a recent cache.
    staleTime: 0,
  });
  const data = dashboard.data;
  // A completed plan's monitoring is closed: the core refuses every change to it.
  const open = plan.status !== 'completed';
  const canSetTarget = open && isAllowed('indicators.setTarget', role);
  const canEditManual = open && isAllowed('indicators.saveManual', role);
  const canRecord = open && isAllowed('indicators.recordManualValue', role);
  const nameOf = (code: Computed['code']) => t(`indicators.names.${code}`);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="lg">
        <Group justify="space-between" align="flex-end" gap="md">
          <div>
            <Title order={2} size="h3" id={headingId}>
              {t('indicators.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('indicators.intro')}
            </Text>
          </div>
          {(data !== undefined || dashboard.isError) && (
            <MonthRangeForm
              key={range === null ? 'default' : `${range.fromMonth}/${range.toMonth}`}
              initial={range ?? { fromMonth: data?.fromMonth ?? '', toMonth: data?.toMonth ?? '' }}
              refusal={dashboard.error}
              loading={dashboard.isFetching}
              onShow={setRange}
            />
          )}
        </Group>
        {!canSetTarget && (
          <Text size="sm" c="dimmed">
            {t(open ? 'indicators.readOnly' : 'indicators.completed')}
          </Text>
        )}
        {!isRangeRefusal(dashboard.error) && <ErrorAlert error={dashboard.error} />}
        {dashboard.isPending && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        {data !== undefined && (
          <>
            <ComputedIndicators data={data} nameOf={nameOf} onTarget={canSetTarget ? setTargetFor : null} />
            <ExitsByDestination exits={data.exitsByType} fromMonth={data.fromMonth} toMonth={data.toMonth} />
            <Comparison data={data} />
            <ManualIndicators
              planId={plan.id}
              indicators={data.manual}
              months={{ fromMonth: data.fromMonth, toMonth: data.toMonth }}
              canEdit={canEditManual}
              canRecord={canRecord}
            />
          </>
        )}
      </Stack>
      <TargetModal
        planId={plan.id}
        planEnd={plan.periodEnd}
        indicator={targetFor}
        name={targetFor === null ? '' : nameOf(targetFor.code)}
        onClose={() => setTargetFor(null)}
      />
    </section>
  );
}

/** A card for each computed indicator, in the core's order; with a target button for the director. */
function ComputedIndicators({
  data,
  nameOf,
  onTarget,
}: {
  data: IndicatorDashboard;
  nameOf: (code: Computed['code']) => string;
  onTarget: ((indicator: Computed) => void) | null;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const months: CardMonths = { fromMonth: data.fromMonth, toMonth: data.toMonth, baselineMonth: data.baselineMonth };
  const cardOf = (indicator: Computed): CardIndicator => ({
    ...indicator,
    name: nameOf(indicator.code),
    explanation: t(`indicators.explanations.${indicator.code}`),
    source: indicator.kind,
    unitLine: t('indicators.unitLine', { unit: t(`indicators.units.${indicator.unit}`), period: t(`indicators.periods.${indicator.period}`) }),
    // A transfer moves a child to another institution: counted, never a family placement.
    notFamily: indicator.code === 'exits_transfer',
  });
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('indicators.computedTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          {data.computed.map((indicator) => {
            const name = nameOf(indicator.code);
            const change = indicator.target !== null;
            return (
              <IndicatorCard
                key={indicator.code}
                indicator={cardOf(indicator)}
                months={months}
                actions={
                  onTarget === null ? undefined : (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t(change ? 'indicators.target.change' : 'indicators.target.set', { name })}
                      onClick={() => onTarget(indicator)}
                    >
                      {t(change ? 'indicators.target.changeShort' : 'indicators.target.setShort')}
                    </Button>
                  )
                }
              />
            );
          })}
        </SimpleGrid>
      </Stack>
    </section>
  );
}

/** Admissions beside diversions, when the core sent both. */
function Comparison({ data }: { data: IndicatorDashboard }) {
  const admissions = data.computed.find((indicator) => indicator.code === 'admissions');
  const diversions = data.computed.find((indicator) => indicator.code === 'diversions');
  if (admissions === undefined || diversions === undefined) {
    return null;
  }
  return <AdmissionsVsDiversions admissions={admissions} diversions={diversions} fromMonth={data.fromMonth} toMonth={data.toMonth} />;
}
