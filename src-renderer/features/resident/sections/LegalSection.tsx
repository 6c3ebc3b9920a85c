import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ResidentRecord } from '@contract/residents';
import { Divider, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../../api/hooks';
import { useContractForm } from '../../../components/forms/useContractForm';
import { LegalFields } from '../LegalAdmissionFields';
import type { LegalValues } from '../resident-form';
import { fieldUnder, legalFormSchema, legalValuesOf } from '../resident-form';
import { LegalView } from '../ResidentViews';
import { SectionForm, SectionFrame } from '../SectionFrame';
import { useReferenceMeta } from '../useReferenceMeta';
import { RECORD_CHANGE_REFRESH, useReloadResident } from '../useResident';
import { StaysList } from './StaysList';

/** The current legal status with its reasons, then every stay with its admission. */
export function LegalSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <SectionFrame
        title={t('resident.legal.current')}
        canEdit={!editing && isAllowed('residents.updateLegal', role)}
        onEdit={() => setEditing(true)}
      >
        {editing ? <LegalEditor record={record} onClose={() => setEditing(false)} /> : <LegalView legal={record.legal} />}
      </SectionFrame>
      <Divider />
      <StaysList record={record} role={role} />
    </Stack>
  );
}

function LegalEditor({ record, onClose }: { record: ResidentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(record.version);
  const statusMeta = useReferenceMeta('legal_status');
  const form = useContractForm<LegalValues, ReturnType<typeof legalFormSchema>>({
    schema: legalFormSchema(statusMeta),
    initialValues: legalValuesOf(record),
    fieldOfPath: fieldUnder('legal.'),
  });
  const save = useProcedureMutation('residents.updateLegal', RECORD_CHANGE_REFRESH);
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
          { id: record.id, version, legal: valid },
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
      <LegalFields form={form} />
    </SectionForm>
  );
}
