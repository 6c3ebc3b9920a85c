import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ContractForm } from '../../components/forms/useContractForm';
import { useContractForm } from '../../components/forms/useContractForm';
import { useLanguage } from '../../i18n/useLanguage';
import type { ReferenceFormValues } from './reference-form';
import {
  emptyReferenceValues,
  flagOf,
  itemWithCode,
  REFERENCE_CHANGE_REFRESH,
  referenceFormSchema,
  referenceInputOf,
  referenceValuesOf,
} from './reference-form';

type Form = ContractForm<ReferenceFormValues, typeof referenceFormSchema>;

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/**
 * The dialog for a new item of `kind` (`item` null) or for renaming one. The form lives inside the
 * modal, so it starts afresh each time the dialog opens.
 */
export function ReferenceItemModal({
  opened,
  kind,
  item,
  items,
  onClose,
}: {
  opened: boolean;
  kind: ReferenceKind;
  item: ReferenceItem | null;
  /** The items already listed for `kind`, retired ones too: a new code must not be one of them. */
  items: readonly ReferenceItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('reference.close') }}
      title={
        item === null
          ? t('reference.form.addTitle', { kind: t(`reference.kinds.${kind}`) })
          : t('reference.form.renameTitle', { label: item.labels[language] })
      }
      size="lg"
    >
      {item === null ? <NewItemForm kind={kind} items={items} onDone={onClose} /> : <RenameForm item={item} onDone={onClose} />}
    </Modal>
  );
}

/** A code (checked against the list before anything is sent), the three names and the kind's flag. */
function NewItemForm({ kind, items, onDone }: { kind: ReferenceKind; items: readonly ReferenceItem[]; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useContractForm<ReferenceFormValues, typeof referenceFormSchema>({
    schema: referenceFormSchema,
    initialValues: emptyReferenceValues(kind),
    toInput: (values) => referenceInputOf(values, null),
  });
  const save = useProcedureMutation('reference.save', REFERENCE_CHANGE_REFRESH);
  // The list as the dialog opened: once saved, the refreshed list holds the new code, and the
  // closing dialog must not call it taken.
  const [listed] = useState(items);
  const { values } = form;
  // Saving an existing code would rename that item, so a code already listed is refused here.
  const taken = itemWithCode(listed, values.code);
  const takenWarning = taken === null ? undefined : t('reference.form.codeTaken', { label: taken.labels[language] });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null || taken !== null) {
          return;
        }
        // isNew: should someone else add the same code meanwhile, the core refuses instead of renaming.
        save.mutate({ ...valid, isNew: true }, {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: t('reference.notify.added', { label: saved.labels[language] }) });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('reference.form.code')}
          description={t('reference.form.codeHint')}
          required
          value={values.code}
          onChange={(event) => form.setValue('code', event.currentTarget.value)}
          error={form.error('code') ?? takenWarning}
          autoComplete="off"
          spellCheck={false}
          styles={monospace}
          data-autofocus
        />
        <LabelFields form={form} />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('reference.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('reference.form.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The three names and the kind's flag; the code is shown but never changes (records hold it). */
function RenameForm({ item, onDone }: { item: ReferenceItem; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const form = useContractForm<ReferenceFormValues, typeof referenceFormSchema>({
    schema: referenceFormSchema,
    initialValues: referenceValuesOf(item),
    toInput: (values) => referenceInputOf(values, item),
  });
  const save = useProcedureMutation('reference.save', REFERENCE_CHANGE_REFRESH);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        save.mutate(valid, {
          onSuccess: (saved) => {
            notifications.show({ color: 'teal', message: t('reference.notify.renamed', { label: saved.labels[language] }) });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <TextInput
          label={t('reference.form.code')}
          description={t('reference.form.codeFixed')}
          value={item.code}
          readOnly
          styles={monospace}
        />
        <LabelFields form={form} autoFocus />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('reference.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A name in each UI language (all required), then the kind's flag if it has one. */
function LabelFields({ form, autoFocus = false }: { form: Form; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const { values } = form;
  const flag = flagOf(values.kind);
  return (
    <>
      <TextInput
        label={t('reference.form.labelAz')}
        lang="az"
        required
        value={values['labels.az']}
        onChange={(event) => form.setValue('labels.az', event.currentTarget.value)}
        error={form.error('labels.az')}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
      />
      <TextInput
        label={t('reference.form.labelRu')}
        lang="ru"
        required
        value={values['labels.ru']}
        onChange={(event) => form.setValue('labels.ru', event.currentTarget.value)}
        error={form.error('labels.ru')}
        autoComplete="off"
      />
      <TextInput
        label={t('reference.form.labelEn')}
        lang="en"
        required
        value={values['labels.en']}
        onChange={(event) => form.setValue('labels.en', event.currentTarget.value)}
        error={form.error('labels.en')}
        autoComplete="off"
      />
      {flag !== null && (
        <Checkbox
          label={t(`reference.flags.${flag}.name`)}
          description={t(`reference.flags.${flag}.hint`)}
          checked={values.flag}
          onChange={(event) => form.setValue('flag', event.currentTarget.checked)}
        />
      )}
    </>
  );
}
