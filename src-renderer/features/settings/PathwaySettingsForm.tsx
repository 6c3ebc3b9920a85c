import type { AppSettings } from '@contract/settings';
import { settingsUpdateInputSchema } from '@contract/settings';
import { Button, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';

type PathwayValues = {
  assessmentIntervalMonths: number | '';
  planDueDays: number | '';
  /** The months as typed: "1, 3, 6, 12". */
  followUpMonths: string;
};

/** The pieces of the typed months; whole numbers become numbers, anything else stays text for the schema to refuse. */
function monthsOf(text: string): (number | string)[] {
  return text
    .split(/[,;\s]+/)
    .filter((token) => token !== '')
    .map((token) => (/^\d+$/.test(token) ? Number(token) : token));
}

function valuesOf(settings: AppSettings): PathwayValues {
  return {
    assessmentIntervalMonths: settings.assessmentIntervalMonths,
    planDueDays: settings.planDueDays,
    followUpMonths: settings.followUpMonths.join(', '),
  };
}

/** An emptied number field is sent as null, so the schema says a number is needed rather than keeping the old one. */
function toInput(values: PathwayValues) {
  return {
    assessmentIntervalMonths: values.assessmentIntervalMonths === '' ? null : values.assessmentIntervalMonths,
    planDueDays: values.planDueDays === '' ? null : values.planDueDays,
    followUpMonths: monthsOf(values.followUpMonths),
  };
}

/**
 * The care pathway's rhythm for the whole institution: how often children are assessed, how soon a
 * new child needs an individual plan, and when follow-up visits fall due after a family placement.
 * Saved as a partial `settings.update` (the other settings keep their values). Only the director
 * changes them; with `canEdit` false the values are shown read-only.
 */
export function PathwaySettingsForm({ settings, canEdit }: { settings: AppSettings; canEdit: boolean }) {
  const { t } = useTranslation();
  const form = useContractForm<PathwayValues, typeof settingsUpdateInputSchema>({
    schema: settingsUpdateInputSchema,
    initialValues: valuesOf(settings),
    toInput,
    // The core names a bad month by its place in the list (followUpMonths.2); it belongs to the one field.
    fieldOfPath: (path) => (path.startsWith('followUpMonths') ? 'followUpMonths' : path),
  });
  // Due dates on the dashboard and the children's assessments follow these settings.
  const save = useProcedureMutation('settings.update', ['settings.get', 'dashboard.get', 'assessments.list']);
  const readOnly = !canEdit || save.isPending;

  const monthsError = (): string | undefined => {
    const months = monthsOf(form.values.followUpMonths);
    const error = form.error('followUpMonths') ?? months.map((_, index) => form.error(`followUpMonths.${index}`)).find((found) => found !== undefined);
    if (error === undefined) {
      return undefined;
    }
    // "none" or "1.5" would read as "Choose at least one" or "Not a valid value": say what to type instead.
    return months.length === 0 || months.some((month) => typeof month === 'string') ? t('settings.pathway.followUpMonthsFormat') : error;
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = form.validate();
        if (parsed === null) {
          return;
        }
        save.mutate(parsed, {
          onSuccess: (saved) => {
            form.reset(valuesOf(saved));
            notifications.show({ color: 'teal', message: t('pathway.settings.saved') });
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Title order={2} size="h4" id="settings-pathway">
          {t('pathway.settings.title')}
        </Title>
        <NumberInput
          label={t('pathway.settings.assessmentIntervalMonths')}
          description={t('pathway.settings.assessmentIntervalHint')}
          value={form.values.assessmentIntervalMonths}
          onChange={(value) => form.setValue('assessmentIntervalMonths', typeof value === 'number' ? value : '')}
          error={form.error('assessmentIntervalMonths')}
          min={1}
          max={24}
          allowDecimal={false}
          allowNegative={false}
          readOnly={readOnly}
          maw={320}
        />
        <NumberInput
          label={t('pathway.settings.planDueDays')}
          description={t('pathway.settings.planDueDaysHint')}
          value={form.values.planDueDays}
          onChange={(value) => form.setValue('planDueDays', typeof value === 'number' ? value : '')}
          error={form.error('planDueDays')}
          min={1}
          max={180}
          allowDecimal={false}
          allowNegative={false}
          readOnly={readOnly}
          maw={320}
        />
        <TextInput
          label={t('pathway.settings.followUpMonths')}
          description={t('pathway.settings.followUpMonthsHint')}
          value={form.values.followUpMonths}
          onChange={(event) => form.setValue('followUpMonths', event.currentTarget.value)}
          error={monthsError()}
          inputMode="numeric"
          readOnly={readOnly}
          maw={320}
        />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {canEdit ? t('pathway.settings.appliesTo') : t('settings.pathway.readOnly')}
          </Text>
          {canEdit && (
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
