import { savePhaseInputSchema } from '@contract/transformation';
import { Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { FormFooter, FormModal } from './FormParts';
import type { PlanPhase, TransformationPlan } from './plan-form';
import { PLAN_CHANGE_REFRESH } from './plan-form';

const isField = (path: string) => path === 'title';

/**
 * A new phase at the end of the plan (`phase` null: its title is required) or a phase renamed. A
 * template phase left without a title is called by its component's name again.
 */
export function PhaseModal({ plan, phase, opened, session, onClose }: { plan: TransformationPlan; phase: PlanPhase | null; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={phase === null ? t('transformation.phases.addTitle') : t('transformation.phases.renameTitle')} size="md">
      <PhaseForm key={session} plan={plan} phase={phase} onDone={onClose} />
    </FormModal>
  );
}

function PhaseForm({ plan, phase, onDone }: { plan: TransformationPlan; phase: PlanPhase | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(plan.version);
  const form = useContractForm<{ title: string }, typeof savePhaseInputSchema>({
    schema: savePhaseInputSchema,
    initialValues: { title: phase?.customTitle ?? '' },
    toInput: (values) => ({ planId: plan.id, version, id: phase?.id ?? null, title: values.title }),
    fieldOfPath: (path) => (isField(path) ? path : null),
  });
  const save = useProcedureMutation('transformation.savePhase', PLAN_CHANGE_REFRESH);
  const template = phase?.componentCode ?? null;
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
            notifications.show({ color: 'teal', message: t('transformation.phases.saved') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('transformation.phases.name')}
          description={template === null ? undefined : t('transformation.phases.templateHint', { name: t(`transformationComponents.${template}`) })}
          required={template === null}
          value={form.values.title}
          onChange={(event) => form.setValue('title', event.currentTarget.value)}
          error={form.error('title')}
          autoComplete="off"
          data-autofocus
        />
        <FormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
