import { calendarDate } from '@contract/dates';
import type { ResidentRecord } from '@contract/residents';
import { Center, Divider, Fieldset, Loader, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import type { AssessmentValues, DomainEntry } from './assessment-form';
import {
  ASSESSMENT_CHANGE_REFRESH,
  assessmentFormSchema,
  assessmentInputOf,
  domainFields,
  emptyAssessmentValues,
  NOT_SCORED,
  scoredDomains,
} from './assessment-form';
import { DomainScoreInput } from './DomainScoreInput';
import { FormFooter, FormModal } from './FormParts';
import { useDomains } from './useDomains';

/** A new assessment of the child: the date, a score and note for each domain assessed, a summary. */
export function AssessmentModal({ record, opened, onClose }: { record: ResidentRecord; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('pathway.assessments.addTitle')}>
      <AssessmentForm record={record} onDone={onClose} />
    </FormModal>
  );
}

/**
 * The domains sent last time, in order (a problem at `scores.<i>` is the i-th of them), and those
 * changed since, whose old problems no longer apply.
 */
type Sent = { codes: readonly string[]; edited: ReadonlySet<string> };

const isField = (path: string) => path !== 'residentId';

function AssessmentForm({ record, onDone }: { record: ResidentRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const domains = useDomains();
  const [today] = useState(() => calendarDate(new Date()));
  const [schema] = useState(() => assessmentFormSchema(today, record.identity.birthDate));
  const form = useContractForm<AssessmentValues, typeof schema>({
    schema,
    initialValues: emptyAssessmentValues(today),
    toInput: (values) => assessmentInputOf(values, record.id, domains.order),
    fieldOfPath: (path) => (isField(path) ? path : null),
  });
  const add = useProcedureMutation('assessments.add', ASSESSMENT_CHANGE_REFRESH);
  const [sent, setSent] = useState<Sent>({ codes: [], edited: new Set() });
  const { values } = form;

  const setDomain = (code: string, entry: DomainEntry) => {
    form.setValue('domains', { ...values.domains, [code]: entry });
    setSent((current) => (current.edited.has(code) ? current : { ...current, edited: new Set([...current.edited, code]) }));
  };
  const errorsOf = (code: string) => {
    const index = sent.codes.indexOf(code);
    if (index < 0 || sent.edited.has(code)) {
      return { score: undefined, note: undefined };
    }
    const fields = domainFields(index);
    return { score: fields.score.map((field) => form.error(field)).find((message) => message !== undefined), note: form.error(fields.note) };
  };
  // "Score at least one domain" stops applying as soon as one is scored.
  const noneScored = form.error('scores') !== undefined && scoredDomains(values, domains.order).length === 0;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSent({ codes: scoredDomains(values, domains.order), edited: new Set() });
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        add.mutate(valid, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('pathway.assessments.saved') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('pathway.assessments.date')}
          type="date"
          required
          max={today}
          value={values.date}
          onChange={(event) => form.setValue('date', event.currentTarget.value)}
          error={form.error('date')}
          data-autofocus
        />
        <Fieldset legend={t('pathway.assessments.domains')} variant="unstyled">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('pathway.assessments.domainsHint')} {t('pathway.assessments.noteHint')}
            </Text>
            {noneScored && (
              <Text size="sm" c="red.7" role="alert">
                {form.error('scores')}
              </Text>
            )}
            <ErrorAlert error={domains.error} />
            {domains.isPending && (
              <Center py="md">
                <Loader aria-label={t('common.loading')} />
              </Center>
            )}
            {domains.active.map((domain, index) => {
              const errors = errorsOf(domain.code);
              return (
                <Fragment key={domain.code}>
                  {index > 0 && <Divider />}
                  <DomainScoreInput
                    label={domains.label(domain.code)}
                    entry={values.domains[domain.code] ?? NOT_SCORED}
                    onChange={(entry) => setDomain(domain.code, entry)}
                    scoreError={errors.score}
                    noteError={errors.note}
                  />
                </Fragment>
              );
            })}
          </Stack>
        </Fieldset>
        <Textarea
          label={t('pathway.assessments.summary')}
          value={values.summary}
          onChange={(event) => form.setValue('summary', event.currentTarget.value)}
          error={form.error('summary')}
          rows={3}
          resize="vertical"
        />
        <FormFooter error={add.error} isField={isField} pending={add.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
