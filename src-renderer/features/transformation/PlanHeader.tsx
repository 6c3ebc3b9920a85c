import { Alert, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import { FieldList } from '../resident/FieldList';
import { useDateText } from '../resident/useDateText';
import type { PlanPermissions, TransformationPlan } from './plan-form';
import { PLAN_STATUS_COLORS } from './plan-form';
import { PlanReportButton } from './PlanReportButton';
import { PlanSteps } from './PlanSteps';

/**
 * The plan at a glance: title, status, period, target models, the working revision (and whether it
 * has changes not yet approved), the latest approval; beside it the director's steps.
 */
export function PlanHeader({
  plan,
  permissions,
  onCompleted,
  onBack,
}: {
  plan: TransformationPlan;
  permissions: PlanPermissions;
  onCompleted: (id: string) => void;
  /** Shown while a completed plan is open: back to the page of the current plan. */
  onBack: (() => void) | null;
}) {
  const { t } = useTranslation();
  const { date, dateTime } = useDateText();
  const model = useReferenceLabel('service_model');
  const approval = plan.approval;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Title order={1}>{plan.title}</Title>
        <Group gap="xs" align="flex-start">
          <PlanReportButton planId={plan.id} />
          <PlanSteps plan={plan} permissions={permissions} onCompleted={onCompleted} />
        </Group>
      </Group>
      {onBack !== null && (
        <Group>
          <Button variant="subtle" onClick={onBack}>
            {t('transformation.earlier.back')}
          </Button>
        </Group>
      )}
      <FieldList
        rows={[
          {
            label: t('transformation.header.status'),
            value: (
              <Badge color={PLAN_STATUS_COLORS[plan.status]} variant="light" tt="none">
                {t(`transformation.status.${plan.status}`)}
              </Badge>
            ),
          },
          { label: t('transformation.header.period'), value: t('transformation.header.periodValue', { start: date(plan.periodStart), end: date(plan.periodEnd) }) },
          { label: t('transformation.fields.targetModels'), value: plan.targetModelCodes.map((code) => model(code)).join(', ') },
          { label: t('transformation.header.revision'), value: t('transformation.header.revisionValue', { revision: plan.revision }) },
          {
            label: t('transformation.header.approval'),
            value:
              approval === null
                ? t('transformation.header.notApproved')
                : t('transformation.header.approvedBy', {
                    revision: approval.number,
                    name: approval.approvedByName ?? t('transformation.unknownUser'),
                    when: dateTime(approval.approvedAt),
                  }),
          },
        ]}
      />
      {plan.unapprovedChanges && plan.status !== 'completed' && (
        <Alert color="yellow" title={t('transformation.header.unapprovedTitle')}>
          {approval === null
            ? t('transformation.header.unapprovedDraft')
            : t('transformation.header.unapprovedChanges', { revision: plan.revision, approved: approval.number })}
        </Alert>
      )}
      {plan.status === 'completed' && plan.completedAt !== null && (
        <Alert color="teal">{t('transformation.header.completed', { when: dateTime(plan.completedAt) })}</Alert>
      )}
    </Stack>
  );
}
