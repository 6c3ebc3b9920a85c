import { calendarDate } from '@contract/dates';
import { exitInputSchema } from '@contract/placements';
import type { ResidentRecord } from '@contract/residents';
import { Button, Group, Modal, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

import { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { FieldList } from '../resident/FieldList';
import { SaveFailure } from '../resident/SectionFrame';
import { useDateText } from '../resident/useDateText';
import { useReferenceMeta } from '../resident/useReferenceMeta';
import { useReloadResident } from '../resident/useResident';
import type { DestinationValues, ExitDetailsValues, ExitTypeValues } from './placement-form';
import {
  DESTINATION_PATHS,
  destinationKindFor,
  emptyDecisionValues,
  emptyDestinationValues,
  EXIT_DETAILS_PATHS,
  exitDetailsInputOf,
  exitDetailsStepSchema,
  exitInputOf,
  exitStepOfPath,
  exitTypeStepSchema,
  onlyPaths,
  PLACEMENT_CHANGE_REFRESH,
  REVIEW_STEP,
} from './placement-form';
import { DecisionFields, DestinationFields, ExitTypeInfo } from './PlacementFields';
import { usePlacementRows } from './usePlacementRows';

type CheckedExit = z.output<typeof exitInputSchema>;

/** The guided exit in a dialog; a fresh form each time it opens (`session` changes). */
export function ExitWizard({ record, opened, session, onClose }: { record: ResidentRecord; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('placement.exit.title')} size="xl" closeButtonProps={{ 'aria-label': t('placement.close') }}>
      <ExitForm key={session} record={record} onDone={onClose} />
    </Modal>
  );
}

/**
 * A child leaving, step by step: the type (what it means, the ages it allows), the date and the
 * decision, the destination, then a review. Each step is checked by the contract's own rules; what
 * the core refuses on saving shows beside its input, on the step that holds it.
 */
function ExitForm({ record, onDone }: { record: ResidentRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [checked, setChecked] = useState<CheckedExit | null>(null);
  // The version read when the exit began: a record changed meanwhile is refused, not overwritten.
  const [version] = useState(record.version);
  const typeMeta = useReferenceMeta('exit_type');
  const reload = useReloadResident(record.id);
  const typeForm = useContractForm<ExitTypeValues, typeof exitTypeStepSchema>({
    schema: exitTypeStepSchema,
    initialValues: { exitTypeCode: null },
    fieldOfPath: onlyPaths(['exitTypeCode']),
  });
  const details = useContractForm<ExitDetailsValues, typeof exitDetailsStepSchema>({
    schema: exitDetailsStepSchema,
    initialValues: { exitDate: calendarDate(new Date()), ...emptyDecisionValues },
    toInput: exitDetailsInputOf,
    fieldOfPath: onlyPaths(EXIT_DETAILS_PATHS),
  });
  // The last step checks the whole exit with the contract schema (the earlier steps already passed).
  const destination = useContractForm<DestinationValues, typeof exitInputSchema>({
    schema: exitInputSchema,
    initialValues: emptyDestinationValues('person'),
    toInput: (values) => exitInputOf({ residentId: record.id, version }, typeForm.values, details.values, values),
    fieldOfPath: onlyPaths(DESTINATION_PATHS),
  });
  const exit = useProcedureMutation('placements.exit', PLACEMENT_CHANGE_REFRESH);

  const next = () => {
    if (step === 0 && typeForm.validate() !== null) {
      setStep(1);
    } else if (step === 1 && details.validate() !== null) {
      setStep(2);
    } else if (step === 2) {
      const valid = destination.validate();
      if (valid !== null) {
        setChecked(valid);
        setStep(REVIEW_STEP);
      }
    }
  };

  const save = (input: CheckedExit) =>
    exit.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('placement.exit.saved') });
        onDone();
      },
      onError: (error) => {
        [typeForm, details, destination].forEach((form) => form.showFailure(error));
        const steps = error instanceof ApiError ? error.issues.map((issue) => exitStepOfPath(issue.path)) : [];
        setStep(Math.min(REVIEW_STEP, ...steps));
      },
    });

  const inputShown = (path: string) => exitStepOfPath(path) !== REVIEW_STEP;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (step < REVIEW_STEP) {
          next();
        } else if (checked !== null) {
          save(checked);
        }
      }}
    >
      <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} allowNextStepsSelect={false} size="sm">
        <Stepper.Step label={t('placement.exit.steps.type')} description={t('placement.exit.steps.typeHint')}>
          <Stack gap="md">
            <ReferenceSelect
              kind="exit_type"
              label={t('placement.exit.type')}
              required
              value={typeForm.values.exitTypeCode}
              onChange={(code) => {
                typeForm.setValue('exitTypeCode', code);
                destination.setValue('destination.kind', destinationKindFor(typeMeta(code)));
              }}
              error={typeForm.error('exitTypeCode')}
            />
            <ExitTypeInfo code={typeForm.values.exitTypeCode} birthDate={record.identity.birthDate} on={details.values.exitDate} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('placement.exit.steps.details')} description={t('placement.exit.steps.detailsHint')}>
          <Stack gap="md">
            <TextInput
              label={t('placement.exit.date')}
              type="date"
              required
              value={details.values.exitDate}
              onChange={(event) => details.setValue('exitDate', event.currentTarget.value)}
              error={details.error('exitDate')}
            />
            <DecisionFields form={details} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('placement.exit.steps.destination')} description={t('placement.exit.steps.destinationHint')}>
          <DestinationFields form={destination} />
        </Stepper.Step>
        <Stepper.Step label={t('placement.exit.steps.review')} description={t('placement.exit.steps.reviewHint')}>
          {checked !== null && <ExitReview exit={checked} birthDate={record.identity.birthDate} />}
        </Stepper.Step>
      </Stepper>
      <Stack mt="lg">
        <SaveFailure error={exit.error} onReload={() => void reload().then(onDone)} />
        <IssuesAlert error={exit.error} shownBeside={inputShown} />
        <Group justify="space-between">
          <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0 || exit.isPending}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={exit.isPending} disabled={exit.error?.code === 'CONFLICT'}>
            {step < REVIEW_STEP ? t('common.next') : t('placement.exit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The exit as it will be recorded, with what its type means, before anything is sent. */
function ExitReview({ exit, birthDate }: { exit: CheckedExit; birthDate: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const type = useReferenceLabel('exit_type');
  const rows = usePlacementRows();
  return (
    <Stack gap="md">
      <Text c="dimmed">{t('placement.exit.reviewIntro')}</Text>
      <FieldList
        rows={[
          { label: t('placement.exit.type'), value: type(exit.exitTypeCode) },
          { label: t('placement.exit.date'), value: date(exit.exitDate) },
          ...rows(exit, false),
        ]}
      />
      <ExitTypeInfo code={exit.exitTypeCode} birthDate={birthDate} on={exit.exitDate} />
    </Stack>
  );
}
