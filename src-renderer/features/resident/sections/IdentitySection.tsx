import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ResidentRecord } from '@contract/residents';
import { Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../../api/hooks';
import { useContractForm } from '../../../components/forms/useContractForm';
import { BlockingDuplicates } from '../DuplicateAlert';
import { IdentityFields } from '../IdentityFields';
import { duplicatesOfFailure } from '../new-resident-form';
import { fieldUnder, identityFormSchema, identityValuesOf } from '../resident-form';
import { IdentityView } from '../ResidentViews';
import { SectionForm, SectionFrame } from '../SectionFrame';
import { RECORD_CHANGE_REFRESH, useReloadResident } from '../useResident';

/**
 * Names, sex, birth, FİN and certificate; editable in place by those who may. A secret (adopted)
 * child's identity reaches the director only: others are told so, and cannot edit the blanks.
 */
export function IdentitySection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const hidden = record.secret && record.identity.surname === '';
  return (
    <SectionFrame
      title={t('resident.tabs.identity')}
      canEdit={!editing && !hidden && isAllowed('residents.updateIdentity', role)}
      onEdit={() => setEditing(true)}
    >
      {hidden && (
        <Text size="sm" mb="sm">
          {t('resident.identity.hidden')}
        </Text>
      )}
      {editing ? <IdentityEditor record={record} onClose={() => setEditing(false)} /> : <IdentityView identity={record.identity} />}
    </SectionFrame>
  );
}

/** The first admission of the record: a birth date cannot come after it. */
function firstAdmissionOf(record: ResidentRecord): string | null {
  const dates = record.stays.map((stay) => stay.admission.admissionDate).sort();
  return dates[0] ?? null;
}

function IdentityEditor({ record, onClose }: { record: ResidentRecord; onClose: () => void }) {
  const { t } = useTranslation();
  // The version the user saw when they began: a record saved by someone else meanwhile is not overwritten.
  const [version] = useState(record.version);
  const firstAdmission = firstAdmissionOf(record);
  const schema = useMemo(() => identityFormSchema(firstAdmission), [firstAdmission]);
  const form = useContractForm({ schema, initialValues: identityValuesOf(record), fieldOfPath: fieldUnder('identity.') });
  const save = useProcedureMutation('residents.updateIdentity', RECORD_CHANGE_REFRESH);
  const reload = useReloadResident(record.id);
  const duplicates = duplicatesOfFailure(save.error);
  return (
    <SectionForm
      error={save.error}
      pending={save.isPending}
      hideErrors={duplicates !== null && duplicates.blocking.length > 0 ? ['DUPLICATE_RESIDENT'] : []}
      onCancel={onClose}
      onReload={() => void reload().then(onClose)}
      onSubmit={() => {
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        save.mutate(
          { id: record.id, version, identity: valid },
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
      <IdentityFields form={form} />
      <BlockingDuplicates candidates={duplicates?.blocking ?? []} />
    </SectionForm>
  );
}
