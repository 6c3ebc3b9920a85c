import { Divider, Stack } from '@mantine/core';

import { BaselineTables } from './BaselineTables';
import { FactsSection } from './FactsSection';
import { PhaseProgress } from './PhaseProgress';
import type { PlanPermissions, TransformationPlan } from './plan-form';

/** How far the plan has come, phase by phase; where the institution stood when it began; the director's facts. */
export function OverviewTab({ plan, permissions }: { plan: TransformationPlan; permissions: PlanPermissions }) {
  return (
    <Stack gap="xl">
      <PhaseProgress plan={plan} />
      <Divider />
      <BaselineTables baseline={plan.baseline} />
      <Divider />
      <FactsSection plan={plan} canEdit={permissions.edit} />
    </Stack>
  );
}
