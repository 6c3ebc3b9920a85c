import { sexes } from '@contract/residents';
import { Group, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

import type { FieldsForm, IdentityValues } from './resident-form';

/** Who the child is: names, sex, birth, citizenship, FİN and birth certificate. */
export function IdentityFields({ form }: { form: FieldsForm<IdentityValues> }) {
  const { t } = useTranslation();
  const { values } = form;
  const text = (field: Exclude<keyof IdentityValues, 'sex'>) => ({
    value: values[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput label={t('residentFields.surname')} required {...text('surname')} data-autofocus />
        <TextInput label={t('residentFields.firstName')} required {...text('firstName')} />
        <TextInput label={t('residentFields.patronymic')} description={t('resident.form.patronymicHint')} {...text('patronymic')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Radio.Group
          label={t('residentFields.sex')}
          required
          value={values.sex}
          onChange={(value) => form.setValue('sex', value)}
          error={form.error('sex')}
        >
          <Group gap="lg" mt={8}>
            {sexes.map((sex) => (
              <Radio key={sex} value={sex} label={t(`residentEnums.sex.${sex}`)} />
            ))}
          </Group>
        </Radio.Group>
        <TextInput label={t('residentFields.birthDate')} type="date" required {...text('birthDate')} />
        <TextInput label={t('residentFields.birthPlace')} {...text('birthPlace')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('residentFields.citizenship')} {...text('citizenship')} />
        <TextInput
          label={t('residentFields.fin')}
          description={t('resident.form.finHint')}
          {...text('fin')}
          // FİN is written in capitals; typing in any case is fine.
          onChange={(event) => form.setValue('fin', event.currentTarget.value.toUpperCase())}
        />
        <TextInput
          label={t('residentFields.birthCertSeries')}
          description={t('resident.form.certificateHint')}
          {...text('birthCertSeries')}
        />
        <TextInput label={t('residentFields.birthCertNumber')} {...text('birthCertNumber')} />
      </SimpleGrid>
    </Stack>
  );
}
