import type { GatekeepingRequest } from '@contract/gatekeeping';
import type { Identity } from '@contract/residents';
import { fullNameOf } from '@contract/residents';
import { Button, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';

import { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { AdmitFromRequest, AdmitFromRequestFailure } from '../gatekeeping/AdmitFromRequest';
import { BlockingDuplicates, SimilarDuplicates } from './DuplicateAlert';
import { HealthEducationFields } from './HealthEducationFields';
import { IdentityFields } from './IdentityFields';
import { LegalAdmissionFields } from './LegalAdmissionFields';
import type { Duplicates } from './new-resident-form';
import {
  createInputOf,
  duplicateProbeOf,
  duplicatesOfFailure,
  identityValuesOfRequest,
  noDuplicates,
  RESIDENT_CREATED_REFRESH,
} from './new-resident-form';
import { NewResidentReview } from './NewResidentReview';
import type { AdmissionValues, EducationValues, HealthEducation, HealthValues, LegalAdmission, LegalValues } from './resident-form';
import {
  educationInputOf,
  emptyAdmissionValues,
  emptyEducationValues,
  emptyHealthValues,
  emptyIdentityValues,
  emptyLegalValues,
  fieldUnder,
  healthEducationFormSchema,
  healthInputOf,
  identityFormSchema,
  legalAdmissionFormSchema,
} from './resident-form';
import { useReferenceMeta } from './useReferenceMeta';

/** The steps' checked values, kept as each step is passed. */
type Checked = { identity: Identity | null; legalAdmission: LegalAdmission | null; healthEducation: HealthEducation | null };

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  a.length === b.length && a.every((candidate, index) => candidate.id === b[index]?.id);

/**
 * Registering a child: identity, legal status and admission, health and schooling (may be skipped),
 * review. After the identity, records with the same FİN or certificate stop the form, and similar
 * names ask for the user's word that this is another child. Nothing is written before the last step.
 * With `?request=<id>` the child is admitted from that gatekeeping request: the form starts with what
 * the request knew, and registering the child decides the request as "admitted".
 */
export function NewResidentPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const requestId = params.get('request');
  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={1}>{t('resident.new.title')}</Title>
        <Text c="dimmed">{t('resident.new.intro')}</Text>
      </div>
      {requestId === null ? (
        <NewResidentWizard fromRequest={null} />
      ) : (
        <AdmitFromRequest requestId={requestId}>{(request) => <NewResidentWizard fromRequest={request} />}</AdmitFromRequest>
      )}
    </Stack>
  );
}

/** The steps of the form; `fromRequest` fills the identity and the admission reasons. */
function NewResidentWizard({ fromRequest }: { fromRequest: GatekeepingRequest | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [checked, setChecked] = useState<Checked>({ identity: null, legalAdmission: null, healthEducation: null });
  const [duplicates, setDuplicates] = useState<Duplicates>(noDuplicates);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const statusMeta = useReferenceMeta('legal_status');

  const identitySchema = useMemo(() => identityFormSchema(), []);
  const identity = useContractForm({
    schema: identitySchema,
    initialValues: fromRequest === null ? emptyIdentityValues : identityValuesOfRequest(fromRequest),
    fieldOfPath: fieldUnder('identity.'),
  });
  const legal = useContractForm<LegalValues & AdmissionValues, ReturnType<typeof legalAdmissionFormSchema>>({
    schema: legalAdmissionFormSchema(statusMeta, checked.identity?.birthDate ?? null),
    initialValues: { ...emptyLegalValues, ...emptyAdmissionValues, reasonCodes: [...(fromRequest?.reasonCodes ?? [])] },
    fieldOfPath: fieldUnder('legal.', 'admission.'),
  });
  const health = useContractForm<HealthValues & EducationValues, typeof healthEducationFormSchema>({
    schema: healthEducationFormSchema,
    initialValues: { ...emptyHealthValues, ...emptyEducationValues },
    toInput: (values) => educationInputOf(healthInputOf(values)),
    fieldOfPath: fieldUnder('health.', 'education.'),
  });
  const check = useProcedureMutation('residents.checkDuplicates');
  const create = useProcedureMutation('residents.create', RESIDENT_CREATED_REFRESH);

  const showDuplicates = (found: Duplicates) => {
    if (!sameIds(found.similar, duplicates.similar)) {
      setConfirmed(false);
    }
    setDuplicates(found);
  };

  const next = () => {
    if (step === 0) {
      const valid = identity.validate();
      if (valid === null) {
        return;
      }
      check.mutate(duplicateProbeOf(valid), {
        onSuccess: (found) => {
          showDuplicates(found);
          setChecked((previous) => ({ ...previous, identity: valid }));
          if (found.blocking.length === 0) {
            setStep(1);
          }
        },
      });
    } else if (step === 1) {
      const valid = legal.validate();
      if (valid !== null) {
        setChecked((previous) => ({ ...previous, legalAdmission: valid }));
        setStep(2);
      }
    } else if (step === 2) {
      const valid = health.validate();
      if (valid !== null) {
        setChecked((previous) => ({ ...previous, healthEducation: valid }));
        setStep(3);
      }
    }
  };

  const skipHealth = () => {
    setChecked((previous) => ({ ...previous, healthEducation: null }));
    setStep(3);
  };

  const submit = () => {
    if (checked.identity === null || checked.legalAdmission === null) {
      return;
    }
    const needsConfirmation = duplicates.similar.length > 0;
    if (needsConfirmation && !confirmed) {
      setConfirmMissing(true);
      return;
    }
    const input = createInputOf(
      checked.identity,
      checked.legalAdmission,
      checked.healthEducation,
      needsConfirmation,
      fromRequest?.id ?? null,
    );
    create.mutate(input, {
      onSuccess: (record) => {
        notifications.show({ color: 'teal', message: t('resident.new.created', { name: fullNameOf(record.identity) }) });
        void navigate(`/residents/${record.id}`);
      },
      onError: (error) => {
        const found = duplicatesOfFailure(error);
        if (found !== null) {
          showDuplicates(found);
          setConfirmed(false);
          if (found.blocking.length > 0) {
            setStep(0);
          }
          return;
        }
        const paths = error instanceof ApiError ? error.issues.map((issue) => issue.path) : [];
        const stepOf = (prefixes: string[]) => paths.some((path) => prefixes.some((prefix) => path.startsWith(prefix)));
        if (stepOf(['identity.'])) {
          identity.showFailure(error);
          setStep(0);
        } else if (stepOf(['legal.', 'admission.'])) {
          legal.showFailure(error);
          setStep(1);
        } else if (stepOf(['health.', 'education.'])) {
          health.showFailure(error);
          setStep(2);
        }
      },
    });
  };

  const duplicateFailure = duplicatesOfFailure(create.error);
  const createFailureShown =
    create.error !== null &&
    create.error.code !== 'VALIDATION_FAILED' &&
    (duplicateFailure === null || (duplicateFailure.blocking.length === 0 && duplicateFailure.similar.length === 0));

  return (
    <Paper withBorder p="lg" radius="md">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (step < 3) {
            next();
          } else {
            submit();
          }
        }}
      >
        <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} allowNextStepsSelect={false}>
          <Stepper.Step label={t('resident.new.steps.identity')} description={t('resident.new.steps.identityHint')}>
            <IdentityFields form={identity} />
          </Stepper.Step>
          <Stepper.Step label={t('resident.new.steps.legal')} description={t('resident.new.steps.legalHint')}>
            <LegalAdmissionFields form={legal} />
          </Stepper.Step>
          <Stepper.Step label={t('resident.new.steps.health')} description={t('resident.new.steps.healthHint')}>
            <HealthEducationFields form={health} />
          </Stepper.Step>
          <Stepper.Step label={t('resident.new.steps.review')} description={t('resident.new.steps.reviewHint')}>
            {checked.identity !== null && checked.legalAdmission !== null && (
              <NewResidentReview
                identity={checked.identity}
                legalAdmission={checked.legalAdmission}
                healthEducation={checked.healthEducation}
              />
            )}
          </Stepper.Step>
        </Stepper>
        <Stack mt="lg">
          <BlockingDuplicates candidates={duplicates.blocking} />
          {step > 0 && (
            <SimilarDuplicates
              candidates={duplicates.similar}
              confirmed={confirmed}
              onConfirmedChange={(value) => {
                setConfirmed(value);
                setConfirmMissing(false);
              }}
              error={confirmMissing && !confirmed ? t('resident.duplicates.confirmRequired') : undefined}
            />
          )}
          <ErrorAlert error={check.error} />
          {createFailureShown && <ErrorAlert error={create.error} title={t('resident.new.failed')} />}
          <AdmitFromRequestFailure error={create.error} />
          <Group justify="space-between">
            <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0 || create.isPending}>
              {t('common.back')}
            </Button>
            <Group gap="sm">
              {step === 2 && (
                <Button variant="subtle" onClick={skipHealth}>
                  {t('resident.new.skip')}
                </Button>
              )}
              <Button type="submit" loading={check.isPending || create.isPending}>
                {step < 3 ? t('common.next') : t('resident.new.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
