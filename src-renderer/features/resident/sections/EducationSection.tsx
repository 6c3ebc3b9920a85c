import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ResidentRecord } from '@contract/residents';
import { educationSchema } from '@contract/residents';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../../api/hooks';
import { useContractForm } from '../../../components/forms/useContractForm';
import { EducationFields } from '../HealthEducationFields';
import type { EducationValues } from '../resident-form';
import { fieldUnder, educationInputOf, educationValuesOf } from '../resident-form';
import { EducationView } from '../ResidentViews';
import { SectionForm, SectionFrame } from '../SectionFrame';
import { RECORD_CHANGE_REFRESH, useReloadResident } from '../useResident';

/** Schooling: type, school and grade. */
export function EducationSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <SectionFrame
      title={t('resident.tabs.education')}
      canEdit={!editing && isAllowed('residents.updateEducation', role)}
      onEdit={() => setEditing(true)}
    >
      {editing ? <EducationEditor record={record} onClose={() => setEditing(false)} /> : <EducationView education={record.education} />}
    </SectionFrame>
  );
}

function EducationEditor({ record, onClose }: { record: ResidentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(record.version);
  const form = useContractForm<EducationValues, typeof educationSchema>({
    schema: educationSchema,
    initialValues: educationValuesOf(record),
    toInput: educationInputOf,
    fieldOfPath: fieldUnder('education.'),
  });
  const save = useProcedureMutation('residents.updateEducation', RECORD_CHANGE_REFRESH);
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
          { id: record.id, version, education: valid },
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
      <EducationFields form={form} />
    </SectionForm>
  );
}
