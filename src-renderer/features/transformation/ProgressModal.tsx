import { planActionStatuses, setActionProgressInputSchema } from '@contract/transformation';
import type { PlanActionStatus } from '@contract/transformation';
import { NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { FormFooter, FormModal } from './FormParts';
import type { PlanAction } from './plan-form';
import { PLAN_TRACK_REFRESH } from './plan-form';

type ProgressValues = { status: PlanActionStatus; progress: number | '' };

const isField = (path: string) => path === 'status' || path === 'progress';
const isStatus = (value: string | null): value is PlanActionStatus => (planActionStatuses as readonly (string | null)[]).includes(value);

/** Recording how an action stands and how far it has come (execution: needs no approval). */
export function ProgressModal({ action, opened, session, onClose }: { action: PlanAction | null; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('transformation.action.progressTitle')} size="md">
      {action !== null && <ProgressForm key={session} action={action} onDone={onClose} />}
    </FormModal>
  );
}

function ProgressForm({ action, onDone }: { action: PlanAction; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<ProgressValues, typeof setActionProgressInputSchema>({
    schema: setActionProgressInputSchema,
    initialValues: { status: action.status, progress: action.progress },
    toInput: (values) => ({ actionId: action.id, status: values.status, progress: values.progress === '' ? undefined : values.progress }),
    fieldOfPath: (path) => (isField(path) ? path : null),
  });
  const save = useProcedureMutation('transformation.setActionProgress', PLAN_TRACK_REFRESH);
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
        save.mutate(valid, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('transformation.action.progressSaved') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm" fw={500}>
          {action.title}
        </Text>
        <Select
          label={t('transformation.action.status')}
          required
          data={planActionStatuses.map((status) => ({ value: status, label: t(`transformation.actionStatus.${status}`) }))}
          value={values.status}
          onChange={(status) => {
            if (isStatus(status)) {
              form.setValue('status', status);
              // Done is done: the core records 100 %, so the form says so too.
              if (status === 'done') {
                form.setValue('progress', 100);
              }
            }
          }}
          error={form.error('status')}
          allowDeselect={false}
        />
        <NumberInput
          label={t('transformation.action.progressPercent')}
          description={t('transformation.action.progressHint')}
          required
          value={values.progress}
          onChange={(value) => form.setValue('progress', typeof value === 'number' ? value : '')}
          error={form.error('progress')}
          min={0}
          max={100}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          suffix=" %"
          disabled={values.status === 'done'}
        />
        <FormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
