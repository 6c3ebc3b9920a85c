import type { SessionUser } from '@contract/accounts';
import { Center, Loader, Paper, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { IndicatorsSection } from '../indicators/IndicatorsSection';
import { ActionsTimeline } from '../plan-items/ActionsTimeline';
import { PlanItemsSection } from '../plan-items/PlanItemsSection';
import { NoPlanView } from './NoPlanView';
import { OverviewTab } from './OverviewTab';
import { PhasesTab } from './PhasesTab';
import type { TransformationPlan } from './plan-form';
import { planPermissions } from './plan-form';
import { PlanHeader } from './PlanHeader';
import { RevisionsTab } from './RevisionsTab';
import { PlanSelection, usePlan } from './usePlan';

/**
 * The plan's tabs, in the order the director works through a plan; each label is
 * `transformation.tabs.<value>` in the feature's messages.
 */
const TABS = ['overview', 'phases', 'timeline', 'resources', 'indicators', 'revisions'] as const;
type PlanTab = (typeof TABS)[number];
const isTab = (value: string | null): value is PlanTab => (TABS as readonly (string | null)[]).includes(value);

/**
 * The institution's transformation plan (from residential care to a family-based social service
 * centre): without a plan, what it is for and, for the director, the form that creates it; with one,
 * its header and tabs. A completed plan opened from the list is shown read-only.
 */
export function TransformationPage({ user }: { user: SessionUser }) {
  const [selected, setSelected] = useState<string | undefined>(undefined);
  return (
    <PlanSelection value={selected}>
      <PlanScreen user={user} selected={selected} onSelect={setSelected} />
    </PlanSelection>
  );
}

function PlanScreen({ user, selected, onSelect }: { user: SessionUser; selected: string | undefined; onSelect: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const plan = usePlan();
  if (plan.error) {
    return <ErrorAlert error={plan.error} />;
  }
  if (plan.data === undefined) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (plan.data === null) {
    return <NoPlanView role={user.role} onOpenPlan={onSelect} />;
  }
  // Keyed by the plan: opening another one starts every tab and dialog afresh.
  return <PlanView key={plan.data.id} plan={plan.data} user={user} onSelect={onSelect} onBack={selected === undefined ? null : () => onSelect(undefined)} />;
}

function PlanView({
  plan,
  user,
  onSelect,
  onBack,
}: {
  plan: TransformationPlan;
  user: SessionUser;
  onSelect: (id: string | undefined) => void;
  onBack: (() => void) | null;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<PlanTab>('overview');
  const permissions = planPermissions(user.role, plan);
  return (
    <Stack gap="lg">
      <PlanHeader plan={plan} permissions={permissions} onCompleted={(id) => onSelect(id)} onBack={onBack} />
      <Tabs value={tab} onChange={(next) => isTab(next) && setTab(next)} keepMountedMode="activity">
        <Tabs.List aria-label={t('transformation.tabs.label')}>
          {TABS.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {t(`transformation.tabs.${name}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Paper withBorder p="lg" radius="md" mt="md">
          <Tabs.Panel value="overview">
            <OverviewTab plan={plan} permissions={permissions} />
          </Tabs.Panel>
          <Tabs.Panel value="phases">
            <PhasesTab plan={plan} permissions={permissions} />
          </Tabs.Panel>
          <Tabs.Panel value="timeline">
            <ActionsTimeline plan={plan} />
          </Tabs.Panel>
          <Tabs.Panel value="resources">
            <PlanItemsSection plan={plan} role={user.role} />
          </Tabs.Panel>
          <Tabs.Panel value="indicators">
            <IndicatorsSection plan={plan} role={user.role} />
          </Tabs.Panel>
          <Tabs.Panel value="revisions">
            <RevisionsTab plan={plan} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
    </Stack>
  );
}
