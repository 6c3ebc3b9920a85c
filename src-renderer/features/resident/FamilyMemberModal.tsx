import type { FamilyMember } from '@contract/family';
import { familyMemberInputSchema } from '@contract/family';
import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../components/forms/useContractForm';
import { ReferenceSelect } from '../../components/ReferenceSelect';
import type { FamilyValues } from './family-form';
import { emptyFamilyValues, FAMILY_CHANGE_REFRESH, familyInputOf, familyValuesOf } from './family-form';
import { fieldUnder } from './resident-form';
import { SiblingPicker } from './SiblingPicker';
import { useReferenceMeta } from './useReferenceMeta';

/** Adding a family member or other contact person (`member` null), or changing one. */
export function FamilyMemberModal({
  opened,
  residentId,
  member,
  onClose,
}: {
  opened: boolean;
  residentId: string;
  member: FamilyMember | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={member === null ? t('resident.family.addTitle') : t('resident.family.editTitle', { name: member.fullName })}
      closeButtonProps={{ 'aria-label': t('resident.actions.close') }}
      size="lg"
    >
      <FamilyMemberForm key={member?.id ?? 'new'} residentId={residentId} member={member} onDone={onClose} />
    </Modal>
  );
}

function FamilyMemberForm({ residentId, member, onDone }: { residentId: string; member: FamilyMember | null; onDone: () => void }) {
  const { t } = useTranslation();
  const relationMeta = useReferenceMeta('relation_type');
  const form = useContractForm<FamilyValues, typeof familyMemberInputSchema>({
    schema: familyMemberInputSchema,
    initialValues: member === null ? emptyFamilyValues : familyValuesOf(member),
    toInput: familyInputOf,
    fieldOfPath: fieldUnder('member.'),
  });
  const add = useProcedureMutation('family.add', FAMILY_CHANGE_REFRESH);
  const update = useProcedureMutation('family.update', FAMILY_CHANGE_REFRESH);
  const save = member === null ? add : update;
  const { values } = form;
  const showSibling = relationMeta(values.relationCode)?.sibling === true || values.linkedResidentId !== null;
  const text = (field: 'fullName' | 'phone' | 'address') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) => form.setValue(field, event.currentTarget.value),
    error: form.error(field),
    autoComplete: 'off',
  });
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
            notifications.show({ color: 'teal', message: t('resident.family.saved', { name: valid.fullName }) });
            onDone();
          },
          onError: (error: unknown) => form.showFailure(error),
        };
        if (member === null) {
          add.mutate({ residentId, member: valid }, options);
        } else {
          update.mutate({ id: member.id, member: valid }, options);
        }
      }}
    >
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <ReferenceSelect
            kind="relation_type"
            label={t('resident.family.relation')}
            required
            value={values.relationCode}
            onChange={(code) => form.setValue('relationCode', code)}
            error={form.error('relationCode')}
          />
          <TextInput label={t('resident.family.fullName')} required {...text('fullName')} data-autofocus />
          <TextInput label={t('resident.family.phone')} type="tel" placeholder="+994 50 555 12 34" {...text('phone')} />
          <TextInput label={t('resident.family.address')} {...text('address')} />
        </SimpleGrid>
        <Checkbox
          label={t('resident.family.contactAllowed')}
          description={t('resident.family.contactAllowedHint')}
          checked={values.contactAllowed}
          onChange={(event) => form.setValue('contactAllowed', event.currentTarget.checked)}
        />
        <Textarea
          label={t('resident.family.note')}
          value={values.note}
          onChange={(event) => form.setValue('note', event.currentTarget.value)}
          error={form.error('note')}
          rows={2}
          resize="vertical"
        />
        {showSibling && (
          <SiblingPicker
            residentId={residentId}
            linkedId={values.linkedResidentId}
            linkedName={values.linkedResidentName}
            onChange={(sibling) => {
              form.setValue('linkedResidentId', sibling?.id ?? null);
              form.setValue('linkedResidentName', sibling?.name ?? null);
              if (sibling !== null && values.fullName.trim() === '') {
                form.setValue('fullName', sibling.name);
              }
            }}
          />
        )}
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

/** Removing an entry made in error, after the user confirms (the audit trail keeps what it said). */
export function RemoveFamilyMemberModal({ member, opened, onClose }: { member: FamilyMember | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useProcedureMutation('family.remove', FAMILY_CHANGE_REFRESH);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened && member !== null}
      onClose={close}
      title={t('resident.family.removeTitle')}
      closeButtonProps={{ 'aria-label': t('resident.actions.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('resident.family.removeExplain', { name: member?.fullName ?? '' })}</Text>
        <ErrorAlert error={remove.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={remove.isPending}>
            {t('resident.actions.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              member !== null &&
              remove.mutate(
                { id: member.id },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'teal', message: t('resident.family.removed', { name: member.fullName }) });
                    close();
                  },
                },
              )
            }
          >
            {t('resident.family.remove')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
