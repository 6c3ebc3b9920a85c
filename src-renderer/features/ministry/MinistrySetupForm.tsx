import type { Language } from '@contract/common';
import { requiredText } from '@contract/common';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';

import { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import type { DirectorStepValues } from '../setup/director-step';
import { directorStepSchema, emptyDirectorValues } from '../setup/director-step';
import { DirectorFields } from '../setup/DirectorFields';
import { RecoveryCodeCard } from '../setup/RecoveryCodeCard';

const nameSchema = z.strictObject({ name: requiredText(200) });

/**
 * The first run of the ministry's installation: the department's name and its first admin. The
 * keys (decryption and receipts) are made by the core; the recovery code is shown once.
 */
export function MinistrySetupForm({ language, onBack, onDone }: { language: Language; onBack: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const ministry = useContractForm({ schema: nameSchema, initialValues: { name: t('ministrySetup.defaultName') }, fieldOfPath: (path) => (path === 'name' ? 'name' : null) });
  const admin = useContractForm<DirectorStepValues, typeof directorStepSchema>({
    schema: directorStepSchema,
    initialValues: emptyDirectorValues,
    fieldOfPath: (path) => (path.startsWith('admin.') ? path.slice('admin.'.length) : null),
  });
  const complete = useProcedureMutation('setup.ministry');
  if (complete.data !== undefined) {
    return <RecoveryCodeCard code={complete.data.recoveryCode} institutionName={ministry.values.name} onContinue={onDone} />;
  }
  const create = () => {
    const name = ministry.validate();
    const account = admin.validate();
    if (name === null || account === null) {
      return;
    }
    const values = admin.values;
    complete.mutate(
      { name: ministry.values.name, admin: { login: values.login, fullName: values.fullName, password: values.password }, language },
      {
        onError: (error) => {
          if (error instanceof ApiError) {
            ministry.showFailure(error);
            admin.showFailure(error);
          }
        },
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create();
      }}
    >
      <Stack gap="md">
        <Text>{t('ministrySetup.intro')}</Text>
        <TextInput
          label={t('ministrySetup.name')}
          required
          value={ministry.values.name}
          onChange={(event) => ministry.setValue('name', event.currentTarget.value)}
          error={ministry.error('name')}
        />
        <Text fw={500}>{t('ministrySetup.adminTitle')}</Text>
        <DirectorFields form={admin} fullNameLabel={t('ministrySetup.adminFullName')} />
        {complete.error !== null && complete.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={complete.error} title={t('setup.failed')} />}
        <Group justify="space-between">
          <Button variant="default" onClick={onBack} disabled={complete.isPending}>
            {t('common.back')}
          </Button>
          <Button type="submit" loading={complete.isPending}>
            {t('ministrySetup.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
