import { calendarDate } from '@contract/dates';
import type { ResidentRecord } from '@contract/residents';
import { Modal, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { AdmissionFields } from '../resident/LegalAdmissionFields';
import type { AdmissionValues } from '../resident/resident-form';
import { admissionFormSchema, emptyAdmissionValues, fieldUnder } from '../resident/resident-form';
import { SectionForm } from '../resident/SectionFrame';
import { useReloadResident } from '../resident/useResident';
import { PLACEMENT_CHANGE_REFRESH } from './placement-form';

/** Admitting a child who left again: a new stay with its own admission; the history stays. */
export function ReadmitModal({ record, opened, session, onClose }: { record: ResidentRecord; opened: boolean; session: number; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('placement.readmit.title')} size="xl" closeButtonProps={{ 'aria-label': t('placement.close') }}>
      <ReadmitForm key={session} record={record} onDone={onClose} />
    </Modal>
  );
}

function ReadmitForm({ record, onDone }: { record: ResidentRecord; onDone: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(record.version);
  const birthDate = record.identity.birthDate;
  const schema = useMemo(() => admissionFormSchema(birthDate), [birthDate]);
  const form = useContractForm<AdmissionValues, typeof schema>({
    schema,
    initialValues: { ...emptyAdmissionValues, admissionDate: calendarDate(new Date()) },
    fieldOfPath: fieldUnder('admission.'),
  });
  const readmit = useProcedureMutation('placements.readmit', PLACEMENT_CHANGE_REFRESH);
  const reload = useReloadResident(record.id);
  return (
    <SectionForm
      error={readmit.error}
      pending={readmit.isPending}
      onCancel={onDone}
      onReload={() => void reload().then(onDone)}
      onSubmit={() => {
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        readmit.mutate(
          { residentId: record.id, version, admission: valid },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: t('placement.readmit.saved') });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Text size="sm" c="dimmed">
        {t('placement.readmit.intro')}
      </Text>
      <AdmissionFields form={form} />
      <IssuesAlert error={readmit.error} shownBeside={(path) => path.startsWith('admission.')} />
    </SectionForm>
  );
}
