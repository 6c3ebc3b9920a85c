import type { Language } from '@contract/common';
import { institutionProfileInputSchema } from '@contract/institution';
import { Button, Container, Group, Paper, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';


import { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import type { InstitutionFormValues } from '../institution/institution-form';
import { emptyInstitutionValues, institutionInputOf } from '../institution/institution-form';
import { InstitutionFields } from '../institution/InstitutionFields';
import type { DirectorStepValues } from './director-step';
import { directorStepSchema, emptyDirectorValues } from './director-step';
import { DirectorFields } from './DirectorFields';
import { RecoveryCodeCard } from './RecoveryCodeCard';
import { SetupReview } from './SetupReview';

const institutionStepSchema = institutionProfileInputSchema.omit({ directorName: true });

function institutionStepInput(values: InstitutionFormValues) {
  const { directorName: _directorName, ...rest } = institutionInputOf(values);
  return rest;
}

const underPrefix = (prefix: string) => (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : null);

/**
 * First run: the institution profile, then the first director account, then a review. Nothing is
 * written until the last step, and then all of it in one transaction.
 */
export function SetupWizard({
  language,
  onLanguageChange,
  onDone,
  onBack,
}: {
  language: Language;
  onLanguageChange: (language: Language) => void;
  onDone: () => void;
  /** Back to the choice of what this installation is (from the first step). */
  onBack?: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const institution = useContractForm({
    schema: institutionStepSchema,
    initialValues: emptyInstitutionValues,
    toInput: institutionStepInput,
    fieldOfPath: underPrefix('institution.'),
  });
  const director = useContractForm<DirectorStepValues, typeof directorStepSchema>({
    schema: directorStepSchema,
    initialValues: emptyDirectorValues,
    fieldOfPath: underPrefix('director.'),
  });
  // app.info is refreshed only when the director goes on: refreshing it now would leave the wizard
  // before the recovery code is shown.
  const complete = useProcedureMutation('setup.complete');

  const next = () => {
    if (step === 0 && institution.validate() !== null) {
      setStep(1);
    } else if (step === 1 && director.validate() !== null) {
      setStep(2);
    }
  };

  const create = () => {
    const account = director.values;
    complete.mutate(
      {
        institution: { ...institutionInputOf(institution.values), directorName: account.fullName },
        director: { login: account.login, fullName: account.fullName, password: account.password },
        language,
      },
      {
        onError: (error) => {
          const paths = error instanceof ApiError ? error.issues.map((issue) => issue.path) : [];
          if (paths.some((path) => path.startsWith('institution.'))) {
            institution.showFailure(error);
            setStep(0);
          } else if (paths.some((path) => path.startsWith('director.'))) {
            director.showFailure(error);
            setStep(1);
          }
        },
      },
    );
  };

  return (
    <Container size="md" py="xl">
      <Stack gap="lg">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={1}>{t('setup.title')}</Title>
            <Text c="dimmed">{t('setup.intro')}</Text>
          </div>
          <LanguageSwitch value={language} onChange={onLanguageChange} />
        </Group>
        <Paper withBorder p="lg" radius="md">
          {complete.data !== undefined ? (
            <RecoveryCodeCard code={complete.data.recoveryCode} institutionName={institution.values.name} onContinue={onDone} />
          ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (step < 2) {
                next();
              } else {
                create();
              }
            }}
          >
            <Stepper active={step} onStepClick={(target) => target < step && setStep(target)} allowNextStepsSelect={false}>
              <Stepper.Step label={t('setup.stepInstitution')} description={t('setup.stepInstitutionHint')}>
                <InstitutionFields form={institution} showDirectorName={false} />
              </Stepper.Step>
              <Stepper.Step label={t('setup.stepDirector')} description={t('setup.stepDirectorHint')}>
                <DirectorFields form={director} />
              </Stepper.Step>
              <Stepper.Step label={t('setup.stepReview')} description={t('setup.stepReviewHint')}>
                <SetupReview institution={institution.values} director={director.values} />
              </Stepper.Step>
            </Stepper>
            <Stack mt="lg">
              {complete.error !== null && !(complete.error.code === 'VALIDATION_FAILED') && (
                <ErrorAlert error={complete.error} title={t('setup.failed')} />
              )}
              <Group justify="space-between">
                <Button
                  variant="default"
                  onClick={() => (step === 0 ? onBack?.() : setStep(step - 1))}
                  disabled={(step === 0 && onBack === undefined) || complete.isPending}
                >
                  {t('common.back')}
                </Button>
                <Button type="submit" loading={complete.isPending}>
                  {step < 2 ? t('common.next') : t('setup.create')}
                </Button>
              </Group>
            </Stack>
          </form>
          )}
        </Paper>
      </Stack>
    </Container>
  );
}
