import { calendarDate } from '@contract/dates';
import { SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { FormFooter, FormModal } from './FormParts';
import type { ReviewValues } from './plan-form';
import { fieldsUnder, PLAN_CHANGE_REFRESH, REVIEW_FIELDS, reviewFormSchema } from './plan-form';

const fieldOf = fieldsUnder('review.', REVIEW_FIELDS);
const isField = (path: string) => fieldOf(path) !== null;

/** A review meeting of the plan: when, who took part, what was decided, when the next one is. */
export function ReviewModal({ planId, opened, onClose }: { planId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('pathway.plan.addReviewTitle')}>
      <ReviewForm planId={planId} onDone={onClose} />
    </FormModal>
  );
}

function ReviewForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [today] = useState(() => calendarDate(new Date()));
  const [schema] = useState(() => reviewFormSchema(today));
  const form = useContractForm<ReviewValues, typeof schema>({
    schema,
    initialValues: { date: today, participants: '', decisions: '', nextReviewDate: '' },
    fieldOfPath: fieldOf,
  });
  const add = useProcedureMutation('plans.addReview', PLAN_CHANGE_REFRESH);
  const { values } = form;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        add.mutate(
          { planId, review: valid },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('pathway.plan.reviewSaved') });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('pathway.plan.reviewDate')}
            type="date"
            required
            max={today}
            value={values.date}
            onChange={(event) => form.setValue('date', event.currentTarget.value)}
            error={form.error('date')}
            data-autofocus
          />
          <TextInput
            label={t('pathway.plan.nextReviewDate')}
            type="date"
            required
            value={values.nextReviewDate}
            onChange={(event) => form.setValue('nextReviewDate', event.currentTarget.value)}
            error={form.error('nextReviewDate')}
          />
        </SimpleGrid>
        <Textarea
          label={t('pathway.plan.participants')}
          required
          value={values.participants}
          onChange={(event) => form.setValue('participants', event.currentTarget.value)}
          error={form.error('participants')}
          rows={2}
          resize="vertical"
        />
        <Textarea
          label={t('pathway.plan.decisions')}
          required
          value={values.decisions}
          onChange={(event) => form.setValue('decisions', event.currentTarget.value)}
          error={form.error('decisions')}
          rows={4}
          resize="vertical"
        />
        <FormFooter error={add.error} isField={isField} pending={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
