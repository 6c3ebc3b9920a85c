import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ReferenceSelect } from '../../components/ReferenceSelect';
import type { InstitutionFormValues } from './institution-form';

type FieldsForm = {
  values: InstitutionFormValues;
  setValue<F extends keyof InstitutionFormValues>(field: F, value: InstitutionFormValues[F]): void;
  error(field: string): string | undefined;
};

/** The institution profile's inputs, shared by the first-run wizard and settings. */
export function InstitutionFields({ form, showDirectorName = true }: { form: FieldsForm; showDirectorName?: boolean }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('institution.code')}
        description={t('institution.codeHint')}
        required
        value={values.code}
        onChange={(event) => form.setValue('code', event.currentTarget.value)}
        error={form.error('code')}
        autoComplete="off"
      />
      <TextInput
        label={t('institution.name')}
        required
        value={values.name}
        onChange={(event) => form.setValue('name', event.currentTarget.value)}
        error={form.error('name')}
        autoComplete="off"
      />
      <ReferenceSelect
        kind="institution_type"
        label={t('institution.type')}
        required
        value={values.typeCode}
        onChange={(code) => form.setValue('typeCode', code)}
        error={form.error('typeCode')}
      />
      <ReferenceSelect
        kind="region"
        label={t('institution.region')}
        required
        alphabetical
        value={values.regionCode}
        onChange={(code) => form.setValue('regionCode', code)}
        error={form.error('regionCode')}
      />
      <TextInput
        label={t('institution.address')}
        value={values.address}
        onChange={(event) => form.setValue('address', event.currentTarget.value)}
        error={form.error('address')}
      />
      <NumberInput
        label={t('institution.capacity')}
        description={t('institution.capacityHint')}
        value={values.capacity}
        onChange={(value) => form.setValue('capacity', typeof value === 'number' ? value : '')}
        error={form.error('capacity')}
        allowDecimal={false}
        allowNegative={false}
        min={1}
        max={5000}
      />
      <TextInput
        label={t('institution.phone')}
        type="tel"
        value={values.phone}
        onChange={(event) => form.setValue('phone', event.currentTarget.value)}
        error={form.error('phone')}
        placeholder="+994 12 555 12 34"
      />
      {showDirectorName && (
        <TextInput
          label={t('institution.directorName')}
          value={values.directorName}
          onChange={(event) => form.setValue('directorName', event.currentTarget.value)}
          error={form.error('directorName')}
        />
      )}
    </SimpleGrid>
  );
}
