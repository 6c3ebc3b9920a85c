import { PASSWORD_MIN_LENGTH } from '@contract/accounts';
import { PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';


import type { DirectorStepValues } from './director-step';

type DirectorForm = {
  values: DirectorStepValues;
  setValue<F extends keyof DirectorStepValues>(field: F, value: DirectorStepValues[F]): void;
  error(field: string): string | undefined;
};

/** The first director's name, login and password (typed twice). */
export function DirectorFields({ form, fullNameLabel }: { form: DirectorForm; fullNameLabel?: string }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={fullNameLabel ?? t('setup.directorFullName')}
        required
        value={values.fullName}
        onChange={(event) => form.setValue('fullName', event.currentTarget.value)}
        error={form.error('fullName')}
        autoComplete="name"
      />
      <TextInput
        label={t('auth.login')}
        description={t('setup.loginHint')}
        required
        value={values.login}
        onChange={(event) => form.setValue('login', event.currentTarget.value)}
        error={form.error('login')}
        autoComplete="username"
      />
      <PasswordInput
        label={t('auth.password')}
        description={t('setup.passwordHint', { limit: PASSWORD_MIN_LENGTH })}
        required
        value={values.password}
        onChange={(event) => form.setValue('password', event.currentTarget.value)}
        error={form.error('password')}
        autoComplete="new-password"
      />
      <PasswordInput
        label={t('setup.passwordConfirm')}
        required
        value={values.passwordConfirm}
        onChange={(event) => form.setValue('passwordConfirm', event.currentTarget.value)}
        error={form.error('passwordConfirm')}
        autoComplete="new-password"
      />
    </SimpleGrid>
  );
}
