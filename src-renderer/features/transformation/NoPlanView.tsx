import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import { createTransformationInputSchema, planComponents } from '@contract/transformation';
import { Button, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation, useProcedureQuery } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { useDateText } from '../resident/useDateText';
import { FormFooter } from './FormParts';
import type { PlanFieldsValues } from './plan-form';
import { fieldsUnder, PLAN_FIELDS, planFieldsValuesOf, PLAN_STEP_REFRESH } from './plan-form';
import { PlanFieldsInputs } from './PlanFieldsInputs';

const fieldOf = fieldsUnder('', PLAN_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;

/**
 * The page before there is a plan: what a transformation plan is for and how it is made; the director
 * creates it here, others learn that none exists yet. Completed plans stay readable below.
 */
export function NoPlanView({ role, onOpenPlan }: { role: Role; onOpenPlan: (id: string) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const canCreate = isAllowed('transformation.create', role);
  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>{t('transformation.title')}</Title>
      <Stack gap="xs">
        <Text>{t('transformation.intro.purpose')}</Text>
        <Text>{t('transformation.intro.template')}</Text>
        <List size="sm" type="ordered">
          {planComponents.map((code) => (
            <List.Item key={code}>{t(`transformationComponents.${code}`)}</List.Item>
          ))}
        </List>
        <Text>{t('transformation.intro.baseline')}</Text>
        <Text>{t('transformation.intro.approval')}</Text>
        <Text c="dimmed" size="sm">
          {t('transformation.intro.warning')}
        </Text>
      </Stack>
      {canCreate ? (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
          <Title order={2} size="h4" id={headingId} mb="md">
            {t('transformation.create.title')}
          </Title>
          <CreatePlanForm />
        </Paper>
      ) : (
        <Text fw={500}>{t('transformation.create.none')}</Text>
      )}
      <EarlierPlans onOpenPlan={onOpenPlan} />
    </Stack>
  );
}

/** Title, period and target models; the core adds the nine phases and their actions and counts the baseline. */
function CreatePlanForm() {
  const { t } = useTranslation();
  const form = useContractForm<PlanFieldsValues, typeof createTransformationInputSchema>({
    schema: createTransformationInputSchema,
    initialValues: planFieldsValuesOf(null),
    fieldOfPath: fieldOf,
  });
  const create = useProcedureMutation('transformation.create', PLAN_STEP_REFRESH);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        create.mutate(valid, {
          onSuccess: () => notifications.show({ color: 'teal', message: t('transformation.create.done') }),
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('transformation.create.hint')}
        </Text>
        <PlanFieldsInputs form={form} />
        <FormFooter error={create.error} isField={isField} pending={create.isPending} submitLabel={t('transformation.create.submit')} />
      </Stack>
    </form>
  );
}

/** Completed plans, newest first, each opened to read. */
function EarlierPlans({ onOpenPlan }: { onOpenPlan: (id: string) => void }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const headingId = useId();
  const plans = useProcedureQuery('transformation.list', {});
  const completed = (plans.data ?? []).filter((plan) => plan.status === 'completed');
  if (completed.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('transformation.earlier.title')}
      </Title>
      <Table aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('transformation.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('transformation.header.period')}</Table.Th>
            <Table.Th scope="col">{t('transformation.earlier.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {completed.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Th scope="row" fw={500}>
                {plan.title}
              </Table.Th>
              <Table.Td>{t('transformation.header.periodValue', { start: date(plan.periodStart), end: date(plan.periodEnd) })}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" onClick={() => onOpenPlan(plan.id)} aria-label={t('transformation.earlier.openOf', { title: plan.title })}>
                  {t('transformation.earlier.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
