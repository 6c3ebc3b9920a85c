import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ResidentRecord, StayView } from '@contract/residents';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../../api/hooks';
import { useContractForm } from '../../../components/forms/useContractForm';
import { AdmissionFields } from '../LegalAdmissionFields';
import type { AdmissionValues } from '../resident-form';
import { admissionFormSchema, admissionValuesOf, fieldUnder } from '../resident-form';
import { AdmissionView } from '../ResidentViews';
import { SectionForm } from '../SectionFrame';
import { useDateText } from '../useDateText';
import { RECORD_CHANGE_REFRESH, useReloadResident } from '../useResident';

/** Every stay of the child, the latest first, each with its admission (correctable in place). */
export function StaysList({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const [editingStay, setEditingStay] = useState<string | null>(null);
  const canEdit = isAllowed('residents.updateAdmission', role);
  const stays = [...record.stays].reverse();
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('resident.legal.stays')}
      </Title>
      {stays.map((stay) => (
        <Paper key={stay.id} withBorder p="md" radius="md">
          <Stack gap="sm">
            <StayHeading
              stay={stay}
              canEdit={canEdit && editingStay === null}
              onEdit={() => setEditingStay(stay.id)}
            />
            {editingStay === stay.id ? (
              <AdmissionEditor record={record} stay={stay} onClose={() => setEditingStay(null)} />
            ) : (
              <AdmissionView admission={stay.admission} />
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function StayHeading({ stay, canEdit, onEdit }: { stay: StayView; canEdit: boolean; onEdit: () => void }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const title = t('resident.legal.stayFrom', { date: date(stay.admission.admissionDate) });
  return (
    <Group justify="space-between">
      <Group gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {stay.exitDate !== null && (
          <Badge color="gray" variant="light" tt="none">
            {t('resident.legal.exitedOn', { date: date(stay.exitDate) })}
          </Badge>
        )}
        {stay.exitDate === null && stay.temporarilyAbsent && (
          <Badge color="yellow" variant="light" tt="none">
            {t('residentEnums.status.temporarily_absent')}
          </Badge>
        )}
      </Group>
      {canEdit && (
        <Button size="compact-sm" variant="light" onClick={onEdit} aria-label={t('resident.legal.editAdmissionOf', { stay: title })}>
          {t('resident.legal.editAdmission')}
        </Button>
      )}
      {stay.temporarilyAbsent && stay.absenceNote !== null && (
        <Text size="sm" c="dimmed" w="100%">
          {t('residentFields.absenceNote')}: {stay.absenceNote}
        </Text>
      )}
    </Group>
  );
}

function AdmissionEditor({ record, stay, onClose }: { record: ResidentRecord; stay: StayView; onClose: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(record.version);
  const birthDate = record.identity.birthDate;
  const schema = useMemo(() => admissionFormSchema(birthDate), [birthDate]);
  const form = useContractForm<AdmissionValues, typeof schema>({
    schema,
    initialValues: admissionValuesOf(stay),
    fieldOfPath: fieldUnder('admission.'),
  });
  const save = useProcedureMutation('residents.updateAdmission', RECORD_CHANGE_REFRESH);
  const reload = useReloadResident(record.id);
  return (
    <SectionForm
      error={save.error}
      pending={save.isPending}
      onCancel={onClose}
      onReload={() => void reload().then(onClose)}
      onSubmit={() => {
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        save.mutate(
          { id: record.id, version, stayId: stay.id, admission: valid },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('resident.section.saved') });
              onClose();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <AdmissionFields form={form} />
    </SectionForm>
  );
}
