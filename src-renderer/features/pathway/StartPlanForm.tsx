import { calendarDate } from '@contract/dates';
import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { FormFooter } from './FormParts';
import { createPlanFormSchema, PLAN_CHANGE_REFRESH } from './plan-form';

type StartValues = { residentId: string; firstReviewDate: string };

const isField = (path: string) => path === 'firstReviewDate';

/** Starting the child's individual care plan: all it needs is when it will first be reviewed. */
export function StartPlanForm({ residentId }: { residentId: string }) {
  const { t } = useTranslation();
  const [today] = useState(() => calendarDate(new Date()));
  const [schema] = useState(() => createPlanFormSchema(today));
  const form = useContractForm<StartValues, typeof schema>({
    schema,
    initialValues: { residentId, firstReviewDate: '' },
    fieldOfPath: (path) => (isField(path) ? path : null),
  });
  const create = useProcedureMutation('plans.create', PLAN_CHANGE_REFRESH);
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
          onSuccess: () => notifications.show({ color: 'teal', message: t('pathway.plan.started') }),
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="sm" maw={480}>
        <TextInput
          label={t('pathway.plan.firstReviewDate')}
          description={t('pathway.plan.startHint')}
          type="date"
          required
          min={today}
          value={form.values.firstReviewDate}
          onChange={(event) => form.setValue('firstReviewDate', event.currentTarget.value)}
          error={form.error('firstReviewDate')}
        />
        <FormFooter error={create.error} isField={isField} pending={create.isPending} submitLabel={t('pathway.plan.start')} />
      </Stack>
    </form>
  );
}
