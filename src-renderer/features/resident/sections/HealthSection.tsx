import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ResidentRecord } from '@contract/residents';
import { healthSchema } from '@contract/residents';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../../api/hooks';
import { useContractForm } from '../../../components/forms/useContractForm';
import { HealthFields } from '../HealthEducationFields';
import type { HealthValues } from '../resident-form';
import { fieldUnder, healthInputOf, healthValuesOf } from '../resident-form';
import { HealthView } from '../ResidentViews';
import { SectionForm, SectionFrame } from '../SectionFrame';
import { RECORD_CHANGE_REFRESH, useReloadResident } from '../useResident';

/** Disability status, category, diagnosis, needs and notes. */
export function HealthSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <SectionFrame
      title={t('resident.tabs.health')}
      canEdit={!editing && isAllowed('residents.updateHealth', role)}
      onEdit={() => setEditing(true)}
    >
      {editing ? <HealthEditor record={record} onClose={() => setEditing(false)} /> : <HealthView health={record.health} />}
    </SectionFrame>
  );
}

function HealthEditor({ record, onClose }: { record: ResidentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(record.version);
  const form = useContractForm<HealthValues, typeof healthSchema>({
    schema: healthSchema,
    initialValues: healthValuesOf(record),
    toInput: healthInputOf,
    fieldOfPath: fieldUnder('health.'),
  });
  const save = useProcedureMutation('residents.updateHealth', RECORD_CHANGE_REFRESH);
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
          { id: record.id, version, health: valid },
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
      <HealthFields form={form} />
    </SectionForm>
  );
}
