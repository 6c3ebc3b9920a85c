import { calendarDate } from '@contract/dates';
import type { Placement } from '@contract/placements';
import { changePlacementInputSchema } from '@contract/placements';
import type { ResidentRecord } from '@contract/residents';
import { Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { IssuesAlert } from '../../components/IssuesAlert';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { SectionForm } from '../resident/SectionFrame';
import { useDateText } from '../resident/useDateText';
import type { ChangeValues } from './placement-form';
import { changeInputOf, DESTINATION_PATHS, emptyDecisionValues, emptyDestinationValues, onlyPaths, PLACEMENT_CHANGE_REFRESH } from './placement-form';
import { DecisionFields, DestinationFields, ExitTypeInfo, FamilyTypeSelect } from './PlacementFields';

const END_REASONS = ['breakdown', 'replaced'] as const;
const isEndReason = (value: string): value is ChangeValues['endReason'] => (END_REASONS as readonly string[]).includes(value);
const FIELDS = ['endReason', 'typeCode', 'startDate', 'decision.bodyCode', 'decision.number', 'decision.date', ...DESTINATION_PATHS];

/** The next family placement after `placement` broke down or is replaced, without coming back. */
export function ChangePlacementModal({
  record,
  placement,
  opened,
  session,
  onClose,
}: {
  record: ResidentRecord;
  placement: Placement | null;
  opened: boolean;
  session: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('placement.change.title')} size="xl" closeButtonProps={{ 'aria-label': t('placement.close') }}>
      {placement !== null && <ChangeForm key={session} record={record} placement={placement} onDone={onClose} />}
    </Modal>
  );
}

function ChangeForm({ record, placement, onDone }: { record: ResidentRecord; placement: Placement; onDone: () => void }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const type = useReferenceLabel('exit_type');
  const brokeDown = placement.followUps.some((visit) => visit.outcome === 'broken_down');
  const form = useContractForm<ChangeValues, typeof changePlacementInputSchema>({
    schema: changePlacementInputSchema,
    initialValues: {
      endReason: brokeDown ? 'breakdown' : 'replaced',
      typeCode: null,
      startDate: calendarDate(new Date()),
      ...emptyDecisionValues,
      ...emptyDestinationValues('person'),
    },
    toInput: (values) => changeInputOf({ residentId: record.id, previousPlacementId: placement.id }, values),
    fieldOfPath: onlyPaths(FIELDS),
  });
  const change = useProcedureMutation('placements.change', PLACEMENT_CHANGE_REFRESH);
  const { values } = form;
  return (
    <SectionForm
      error={change.error}
      pending={change.isPending}
      onCancel={onDone}
      onReload={onDone}
      onSubmit={() => {
        const valid = form.validate();
        if (valid === null) {
          return;
        }
        change.mutate(valid, {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('placement.change.saved') });
            onDone();
          },
          onError: (error) => form.showFailure(error),
        });
      }}
    >
      <Text size="sm" c="dimmed">
        {t('placement.change.intro', { type: type(placement.typeCode), date: date(placement.startDate) })}
      </Text>
      <Radio.Group
        label={t('placement.change.endReason')}
        required
        value={values.endReason}
        onChange={(value) => isEndReason(value) && form.setValue('endReason', value)}
        error={form.error('endReason')}
      >
        <Group gap="lg" mt={4}>
          {END_REASONS.map((reason) => (
            <Radio key={reason} value={reason} label={t(`placement.change.endReasons.${reason}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Stack gap="xs">
        <FamilyTypeSelect
          label={t('placement.fields.type')}
          value={values.typeCode}
          onChange={(code) => form.setValue('typeCode', code)}
          error={form.error('typeCode')}
        />
        <ExitTypeInfo code={values.typeCode} birthDate={record.identity.birthDate} on={values.startDate} />
      </Stack>
      <TextInput
        label={t('placement.change.startDate')}
        type="date"
        required
        value={values.startDate}
        onChange={(event) => form.setValue('startDate', event.currentTarget.value)}
        error={form.error('startDate')}
      />
      <DecisionFields form={form} />
      <DestinationFields form={form} />
      <IssuesAlert error={change.error} shownBeside={(path) => FIELDS.includes(path)} />
    </SectionForm>
  );
}
