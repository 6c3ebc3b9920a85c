import { disabilityStatuses } from '@contract/residents';
import { Group, NumberInput, Radio, SimpleGrid, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ReferenceSelect } from '../../components/ReferenceSelect';
import type { EducationValues, FieldsForm, HealthValues } from './resident-form';

/** Disability status (category only with a disability), diagnosis, needs, notes. */
export function HealthFields({ form }: { form: FieldsForm<HealthValues> }) {
  const { t } = useTranslation();
  const { values } = form;
  const text = (field: 'diagnosis' | 'needs' | 'healthNotes') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    rows: 2,
    resize: 'vertical' as const,
  });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Radio.Group
          label={t('residentFields.disabilityStatus')}
          required
          value={values.disabilityStatus}
          onChange={(value) => form.setValue('disabilityStatus', value)}
          error={form.error('disabilityStatus')}
        >
          <Group gap="lg" mt={8}>
            {disabilityStatuses.map((status) => (
              <Radio key={status} value={status} label={t(`residentEnums.disabilityStatus.${status}`)} />
            ))}
          </Group>
        </Radio.Group>
        {values.disabilityStatus === 'disability' && (
          <ReferenceSelect
            kind="disability_category"
            label={t('residentFields.disabilityCategory')}
            required
            value={values.disabilityCategoryCode}
            onChange={(code) => form.setValue('disabilityCategoryCode', code)}
            error={form.error('disabilityCategoryCode')}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Textarea label={t('residentFields.diagnosis')} {...text('diagnosis')} />
        <Textarea label={t('residentFields.needs')} {...text('needs')} />
      </SimpleGrid>
      <Textarea label={t('residentFields.healthNotes')} {...text('healthNotes')} />
    </Stack>
  );
}

/** Type of schooling, school and grade. */
export function EducationFields({ form }: { form: FieldsForm<EducationValues> }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <ReferenceSelect
        kind="education_type"
        label={t('residentFields.educationType')}
        clearable
        value={values.educationTypeCode}
        onChange={(code) => form.setValue('educationTypeCode', code)}
        error={form.error('educationTypeCode')}
      />
      <TextInput
        label={t('residentFields.schoolName')}
        value={values.schoolName}
        onChange={(event) => form.setValue('schoolName', event.currentTarget.value)}
        error={form.error('schoolName')}
      />
      <NumberInput
        label={t('residentFields.grade')}
        value={values.grade}
        onChange={(value) => form.setValue('grade', typeof value === 'number' ? value : '')}
        error={form.error('grade')}
        allowDecimal={false}
        allowNegative={false}
        min={0}
        max={12}
      />
    </SimpleGrid>
  );
}

/** The new child's optional third step. */
export function HealthEducationFields({ form }: { form: FieldsForm<HealthValues & EducationValues> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <HealthFields form={form} />
      <Title order={3} size="h5">
        {t('resident.form.educationHeading')}
      </Title>
      <EducationFields form={form} />
    </Stack>
  );
}
