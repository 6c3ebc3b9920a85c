import { calendarDate } from '@contract/dates';
import type { ContactEntry, FamilyMember } from '@contract/family';
import { contactEntryInputSchema, contactKinds } from '@contract/family';
import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import type { ContactValues } from './family-form';
import { contactInputOf, contactValuesOf } from './family-form';
import { fieldUnder } from './resident-form';

const CONTACT_CHANGE_REFRESH = ['contacts.list', 'audit.list'] as const;

/** Recording a visit or contact (`entry` null), or correcting one. */
export function ContactModal({
  opened,
  residentId,
  entry,
  family,
  onClose,
}: {
  opened: boolean;
  residentId: string;
  entry: ContactEntry | null;
  family: readonly FamilyMember[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={entry === null ? t('resident.contacts.addTitle') : t('resident.contacts.editTitle')}
      closeButtonProps={{ 'aria-label': t('resident.actions.close') }}
      size="lg"
    >
      <ContactForm key={entry?.id ?? 'new'} residentId={residentId} entry={entry} family={family} onDone={onClose} />
    </Modal>
  );
}

function ContactForm({
  residentId,
  entry,
  family,
  onDone,
}: {
  residentId: string;
  entry: ContactEntry | null;
  family: readonly FamilyMember[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useContractForm<ContactValues, typeof contactEntryInputSchema>({
    schema: contactEntryInputSchema,
    initialValues:
      entry === null
        ? { date: calendarDate(new Date()), kind: null, familyMemberId: null, personName: '', note: '' }
        : contactValuesOf(entry),
    toInput: contactInputOf,
    fieldOfPath: fieldUnder('entry.'),
  });
  const add = useProcedureMutation('contacts.add', CONTACT_CHANGE_REFRESH);
  const update = useProcedureMutation('contacts.update', CONTACT_CHANGE_REFRESH);
  const save = entry === null ? add : update;
  const { values } = form;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        const options = {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('resident.contacts.saved') });
            onDone();
          },
          onError: (error: unknown) => form.showFailure(error),
        };
        if (entry === null) {
          add.mutate({ residentId, entry: valid }, options);
        } else {
          update.mutate({ id: entry.id, entry: valid }, options);
        }
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('resident.contacts.date')}
            type="date"
            required
            value={values.date}
            onChange={(event) => form.setValue('date', event.currentTarget.value)}
            error={form.error('date')}
          />
          <Select
            label={t('resident.contacts.kind')}
            required
            placeholder={t('common.choose')}
            data={contactKinds.map((kind) => ({ value: kind, label: t(`residentEnums.contactKind.${kind}`) }))}
            value={values.kind}
            onChange={(kind) => form.setValue('kind', kind)}
            error={form.error('kind')}
            allowDeselect={false}
          />
          <Select
            label={t('resident.contacts.familyMember')}
            description={t('resident.contacts.familyMemberHint')}
            placeholder={t('common.choose')}
            data={family.map((member) => ({ value: member.id, label: member.fullName }))}
            value={values.familyMemberId}
            onChange={(id) => form.setValue('familyMemberId', id)}
            error={form.error('familyMemberId')}
            clearable
          />
          {values.familyMemberId === null && (
            <TextInput
              label={t('resident.contacts.personName')}
              value={values.personName}
              onChange={(event) => form.setValue('personName', event.currentTarget.value)}
              error={form.error('personName')}
              autoComplete="off"
            />
          )}
        </SimpleGrid>
        <Textarea
          label={t('resident.contacts.note')}
          value={values.note}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
          error={form.error('note')}
          rows={3}
          resize="vertical"
        />
        {save.error !== null && save.error.code !== 'VALIDATION_FAILED' && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('resident.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
