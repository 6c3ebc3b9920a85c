import type { Role } from '@contract/common';
import type { TransformationPlan } from '@contract/transformation-views';
import { Divider, Stack } from '@mantine/core';

import { BudgetPart } from './BudgetPart';
import { BuildingPart } from './BuildingPart';
import { NewServicesPart } from './NewServicesPart';
import { itemPermissions } from './plan-items';
import { StaffPart } from './StaffPart';

/**
 * The plan's items beyond its actions: new services to open, staff retraining, budget lines and the
 * building's repurposing. The director plans and records them; others read. Every change answers
 * with the plan, and the page's `transformation.get` is read again.
 */
export function PlanItemsSection({ plan, role }: { plan: TransformationPlan; role: Role }) {
  const permissions = itemPermissions(role, plan);
  return (
    <Stack gap="xl">
      <NewServicesPart plan={plan} permissions={permissions} />
      <Divider />
      <StaffPart plan={plan} permissions={permissions} />
      <Divider />
      <BudgetPart plan={plan} permissions={permissions} />
      <Divider />
      <BuildingPart plan={plan} permissions={permissions} />
    </Stack>
  );
}
