import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { useContractForm } from '../../components/forms/useContractForm';
import type { MonthRange } from './indicator-forms';
import { monthRangeSchema } from './indicator-forms';

/**
 * Which months the dashboard shows, from the first to the last (`YYYY-MM`). Shown only on
 * "Show", so a month half typed does not fetch. A range the core refuses (too long) is said
 * beside the month at fault, from the failed fetch (`refusal`).
 */
export function MonthRangeForm({
  initial,
  refusal,
  loading,
  onShow,
}: {
  initial: MonthRange;
  refusal: ApiError | null;
  loading: boolean;
  onShow: (range: MonthRange) => void;
}) {
  const { t } = useTranslation();
  const form = useContractForm<MonthRange, typeof monthRangeSchema>({ schema: monthRangeSchema, initialValues: initial });
  const refused = (field: keyof MonthRange) => {
    const issue = refusal?.code === 'VALIDATION_FAILED' ? refusal.issues.find((candidate) => candidate.path === field) : undefined;
    return issue === undefined ? undefined : t(issue.message, issue.params ?? {});
  };
  const month = (field: keyof MonthRange) => ({
    type: 'month',
    required: true,
    value: form.values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field) ?? refused(field),
  });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid !== null) {
          onShow(valid);
        }
      }}
    >
      <Group align="flex-end" gap="sm">
        <TextInput label={t('indicators.range.from')} {...month('fromMonth')} />
        <TextInput label={t('indicators.range.to')} {...month('toMonth')} />
        <Button type="submit" variant="default" loading={loading}>
          {t('indicators.range.show')}
        </Button>
      </Group>
    </form>
  );
}

/** True when a failed fetch is the core refusing the months asked for (said beside them, not above). */
export function isRangeRefusal(error: ApiError | null): boolean {
  return error?.code === 'VALIDATION_FAILED' && error.issues.length > 0 && error.issues.every((issue) => issue.path === 'fromMonth' || issue.path === 'toMonth');
}
