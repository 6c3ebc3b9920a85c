import { planFieldsSchema } from '@contract/transformation';
import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { FormFooter, FormModal } from './FormParts';
import type { PlanFieldsValues, TransformationPlan } from './plan-form';
import { fieldsUnder, PLAN_CHANGE_REFRESH, PLAN_FIELDS, planFieldsValuesOf } from './plan-form';
import { PlanFieldsInputs } from './PlanFieldsInputs';

const fieldOf = fieldsUnder('plan.', PLAN_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;

/** Changing the plan's title, period or target models; a fresh form each time it opens (`session`). */
export function EditPlanModal({ plan, opened, session, onClose }: { plan: TransformationPlan; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('transformation.edit.title')}>
      <EditPlanForm key={session} plan={plan} onDone={onClose} />
    </FormModal>
  );
}

function EditPlanForm({ plan, onDone }: { plan: TransformationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  // The version read when the form opened: a plan changed meanwhile is refused, not overwritten.
  const [version] = useState(plan.version);
  const form = useContractForm<PlanFieldsValues, typeof planFieldsSchema>({
    schema: planFieldsSchema,
    initialValues: planFieldsValuesOf(plan),
    fieldOfPath: fieldOf,
  });
  const update = useProcedureMutation('transformation.update', PLAN_CHANGE_REFRESH);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        update.mutate({ id: plan.id, version, plan: valid }, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('transformation.edit.saved') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <PlanFieldsInputs form={form} autoFocus />
        <FormFooter error={update.error} isField={isField} pending={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
