import type { ResidentRecord } from '@contract/residents';
import { setAbsenceInputSchema } from '@contract/residents';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { SaveFailure } from './SectionFrame';
import { RECORD_CHANGE_REFRESH, useReloadResident } from './useResident';

/** Marking the child away for a while (hospital, home leave) with a note, or back in residence. */
export function AbsenceModal({ record, opened, onClose }: { record: ResidentRecord; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const absent = record.status === 'temporarily_absent';
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={absent ? t('resident.absence.returnTitle') : t('resident.absence.absentTitle')}
      closeButtonProps={{ 'aria-label': t('resident.actions.close') }}
    >
      <AbsenceForm record={record} absent={!absent} onDone={onClose} />
    </Modal>
  );
}

function AbsenceForm({ record, absent, onDone }: { record: ResidentRecord; absent: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [version] = useState(record.version);
  const form = useContractForm({
    schema: setAbsenceInputSchema,
    initialValues: { id: record.id, version, absent, note: '' },
    fieldOfPath: (path) => path,
  });
  const save = useProcedureMutation('residents.setAbsence', RECORD_CHANGE_REFRESH);
  const reload = useReloadResident(record.id);
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
          onSuccess: () => {
            notifications.show({ color: 'teal', message: absent ? t('resident.absence.markedAbsent') : t('resident.absence.markedReturned') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Stack gap="md">
        <Text size="sm">{absent ? t('resident.absence.absentExplain') : t('resident.absence.returnExplain')}</Text>
        {absent && (
          <Textarea
            label={t('residentFields.absenceNote')}
            description={t('resident.absence.noteHint')}
            value={form.values.note}
            onChange={(event) => form.setValue('note', event.currentTarget.value)}
            error={form.error('note')}
            rows={2}
            resize="vertical"
            data-autofocus
          />
        )}
        <SaveFailure error={save.error} onReload={() => void reload().then(onDone)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t('resident.actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} disabled={save.error?.code === 'CONFLICT'}>
            {absent ? t('resident.header.markAbsent') : t('resident.header.markReturned')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
