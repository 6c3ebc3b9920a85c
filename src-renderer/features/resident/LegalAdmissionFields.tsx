import { SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ReferenceMultiSelect } from '../../components/ReferenceMultiSelect';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import type { AdmissionValues, FieldsForm, LegalValues } from './resident-form';
import { useReferenceMeta } from './useReferenceMeta';

/**
 * The legal status and, when the chosen status asks for them (reference flag), the reasons for the
 * deprivation of parental care. Choosing a status that needs none clears them.
 */
export function LegalFields({ form }: { form: FieldsForm<LegalValues> }) {
  const { t } = useTranslation();
  const metaOf = useReferenceMeta('legal_status');
  const { values } = form;
  const needsReasons = metaOf(values.legalStatusCode)?.requiresDeprivationReason === true;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <ReferenceSelect
        kind="legal_status"
        label={t('residentFields.legalStatus')}
        required
        value={values.legalStatusCode}
        onChange={(code) => {
          form.setValue('legalStatusCode', code);
          if (metaOf(code)?.requiresDeprivationReason !== true) {
            form.setValue('deprivationReasonCodes', []);
          }
        }}
        error={form.error('legalStatusCode')}
      />
      {needsReasons && (
        <ReferenceMultiSelect
          kind="deprivation_reason"
          label={t('residentFields.deprivationReasons')}
          required
          value={values.deprivationReasonCodes}
          onChange={(codes) => form.setValue('deprivationReasonCodes', codes)}
          error={form.error('deprivationReasonCodes')}
        />
      )}
    </SimpleGrid>
  );
}

/** One admission: date, the decision it rests on, who referred the child, why, and from where. */
export function AdmissionFields({ form }: { form: FieldsForm<AdmissionValues> }) {
  const { t } = useTranslation();
  const { values } = form;
  const text = (field: 'admissionDate' | 'basisNumber' | 'basisDate') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('residentFields.admissionDate')} type="date" required {...text('admissionDate')} />
        <ReferenceSelect
          kind="admission_source"
          label={t('residentFields.admissionSource')}
          required
          value={values.sourceCode}
          onChange={(code) => form.setValue('sourceCode', code)}
          error={form.error('sourceCode')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <ReferenceSelect
          kind="decision_body"
          label={t('residentFields.basisBody')}
          required
          value={values.basisBodyCode}
          onChange={(code) => form.setValue('basisBodyCode', code)}
          error={form.error('basisBodyCode')}
        />
        <TextInput label={t('residentFields.basisNumber')} {...text('basisNumber')} />
        <TextInput label={t('residentFields.basisDate')} type="date" {...text('basisDate')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ReferenceSelect
          kind="referring_body"
          label={t('residentFields.referringBody')}
        clearable
          value={values.referringBodyCode}
          onChange={(code) => form.setValue('referringBodyCode', code)}
          error={form.error('referringBodyCode')}
        />
        <ReferenceMultiSelect
          kind="admission_reason"
          label={t('residentFields.admissionReasons')}
          description={t('resident.form.reasonsHint')}
          required
          value={values.reasonCodes}
          onChange={(codes) => form.setValue('reasonCodes', codes)}
          error={form.error('reasonCodes')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The new child's second step: legal status, then the first admission. */
export function LegalAdmissionFields({ form }: { form: FieldsForm<LegalValues & AdmissionValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <LegalFields form={form} />
      <Title order={3} size="h5">
        {t('resident.form.admissionHeading')}
      </Title>
      <AdmissionFields form={form} />
    </Stack>
  );
}
