import { matchesSearch } from '@contract/az-text';
import { Alert, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import { useLanguage } from '../../i18n/useLanguage';
import type { FieldsForm } from '../resident/resident-form';
import { useDateText } from '../resident/useDateText';
import { useReferenceMeta } from '../resident/useReferenceMeta';
import type { DecisionValues, DestinationKind, DestinationValues } from './placement-form';
import { ageRuleOf, destinationKinds } from './placement-form';

const isKind = (value: string): value is DestinationKind => (destinationKinds as readonly string[]).includes(value);

/** The decision a placement rests on: the body that decided, its number and date. */
export function DecisionFields({ form }: { form: FieldsForm<DecisionValues> }) {
  const { t } = useTranslation();
  const { values } = form;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <ReferenceSelect
        kind="decision_body"
        label={t('placement.fields.decisionBody')}
        required
        value={values['decision.bodyCode']}
        onChange={(code) => form.setValue('decision.bodyCode', code)}
        error={form.error('decision.bodyCode')}
      />
      <TextInput
        label={t('placement.fields.decisionNumber')}
        value={values['decision.number']}
        onChange={(event) => form.setValue('decision.number', event.currentTarget.value)}
        error={form.error('decision.number')}
        autoComplete="off"
      />
      <TextInput
        label={t('placement.fields.decisionDate')}
        type="date"
        value={values['decision.date']}
        onChange={(event) => form.setValue('decision.date', event.currentTarget.value)}
        error={form.error('decision.date')}
      />
    </SimpleGrid>
  );
}

/**
 * Where the child goes — a person or family, an institution, or neither — with a name and contacts
 * (not asked for "neither"), and a note. Choosing "neither" clears what was typed for the others.
 */
export function DestinationFields({ form }: { form: FieldsForm<DestinationValues> }) {
  const { t } = useTranslation();
  const { values } = form;
  const kind = values['destination.kind'];
  const text = (field: 'destination.name' | 'destination.phone' | 'destination.address' | 'note') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
  return (
    <Stack gap="md">
      <Radio.Group
        label={t('placement.fields.destinationKind')}
        required
        value={kind}
        onChange={(next) => {
          if (!isKind(next)) {
            return;
          }
          form.setValue('destination.kind', next);
          if (next === 'none') {
            form.setValue('destination.name', '');
            form.setValue('destination.phone', '');
            form.setValue('destination.address', '');
          }
        }}
        error={form.error('destination.kind')}
      >
        <Group gap="lg" mt={4}>
          {destinationKinds.map((option) => (
            <Radio key={option} value={option} label={t(`placement.kind.${option}`)} />
          ))}
        </Group>
      </Radio.Group>
      {kind !== 'none' && (
        <>
          <TextInput
            label={kind === 'institution' ? t('placement.fields.institutionName') : t('placement.fields.personName')}
            required
            {...text('destination.name')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput label={t('placement.fields.phone')} type="tel" {...text('destination.phone')} />
            <TextInput label={t('placement.fields.address')} {...text('destination.address')} />
          </SimpleGrid>
        </>
      )}
      <Textarea label={t('placement.fields.note')} rows={3} resize="vertical" {...text('note')} />
    </Stack>
  );
}

/**
 * What an exit type means for the child: a family placement (with visits after it), a transfer
 * (counted apart, never as a family placement), or neither; a warning when it makes the record
 * secret; and the ages it allows beside the child's age on `on`.
 */
export function ExitTypeInfo({ code, birthDate, on }: { code: string | null; birthDate: string; on: string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const metaOf = useReferenceMeta('exit_type');
  const meta = metaOf(code);
  if (meta === null) {
    return null;
  }
  const rule = ageRuleOf(meta, birthDate, on);
  const visits = meta.followUp === true ? t('placement.type.followUp') : t('placement.type.noFollowUp');
  return (
    <Stack gap="xs" aria-live="polite">
      {meta.placement === 'transfer' ? (
        <Alert color="orange" variant="light" title={t('placement.type.transferTitle')}>
          {t('placement.type.transfer')}
        </Alert>
      ) : (
        <Text size="sm">
          {meta.placement === 'family' && `${t('placement.type.family')} `}
          {meta.placement === 'none' && `${t('placement.type.none')} `}
          {visits}
        </Text>
      )}
      {meta.secret === true && (
        <Alert color="red" variant="light" title={t('placement.type.secretTitle')}>
          {t('placement.type.secret')}
        </Alert>
      )}
      {rule !== null && (
        <Text size="sm" c={rule.outside ? 'red' : undefined} fw={rule.outside ? 600 : undefined}>
          {t('placement.type.ages', {
            range: rule.max === null ? t('placement.type.rangeFrom', { min: rule.min }) : t('placement.type.range', { min: rule.min, max: rule.max }),
            date: date(rule.date),
            age: rule.age,
          })}
          {rule.outside && ` ${t('placement.type.outside')}`}
        </Text>
      )}
    </Stack>
  );
}

/** A family placement type (the only kind that may follow a breakdown or a change). */
export function FamilyTypeSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string | null;
  onChange: (code: string | null) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const items = useProcedureQuery('reference.list', { kind: 'exit_type', includeRetired: true });
  const data = useMemo(
    () =>
      (items.data ?? [])
        .filter((item) => item.meta.placement === 'family' && (!item.retired || item.code === value))
        .map((item) => ({ value: item.code, label: item.labels[language] })),
    [items.data, language, value],
  );
  return (
    <Select
      label={label}
      placeholder={t('common.choose')}
      data={data}
      value={value}
      onChange={onChange}
      error={error ?? (items.isError ? t('errors.INTERNAL') : undefined)}
      required
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      filter={({ options, search }) => options.filter((option) => 'label' in option && matchesSearch(search, option.label))}
      disabled={items.isLoading}
      allowDeselect={false}
    />
  );
}
