import { buildingItemStatuses } from '@contract/transformation';
import type { TransformationPlan } from '@contract/transformation-views';
import { Fieldset, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { useContractForm } from '../../components/forms/useContractForm';
import { ContentChangeNote, ItemFormFooter, ItemModal, useKeepPlan, useReloadPlan } from './FormParts';
import type { BuildingItemStatus, BuildingItemValues } from './item-forms';
import { buildingItemFieldOf, buildingItemFormSchema, buildingItemValuesOf } from './item-forms';
import type { PlanBuildingItem } from './plan-items';
import { ITEM_CHANGE_REFRESH } from './plan-items';

const isField = (path: string) => buildingItemFieldOf(path) !== null;
const isStatus = (value: string | null): value is BuildingItemStatus => (buildingItemStatuses as readonly (string | null)[]).includes(value);

/**
 * Repurposing a part of the building (`item` null: a new one) or a change to it: the space, its
 * current and new use, the due date (plan content); how far the work has come (execution).
 */
export function BuildingItemModal({
  plan,
  item,
  opened,
  onClose,
}: {
  plan: TransformationPlan;
  item: PlanBuildingItem | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ItemModal opened={opened} onClose={onClose} title={item === null ? t('planItems.building.addTitle') : t('planItems.building.editTitle', { name: item.space })}>
      <BuildingItemForm key={item?.id ?? 'new'} plan={plan} item={item} onDone={onClose} />
    </ItemModal>
  );
}

function BuildingItemForm({ plan, item, onDone }: { plan: TransformationPlan; item: PlanBuildingItem | null; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useContractForm<BuildingItemValues, typeof buildingItemFormSchema>({
    schema: buildingItemFormSchema,
    initialValues: buildingItemValuesOf(item),
    fieldOfPath: buildingItemFieldOf,
  });
  const save = useProcedureMutation('transformation.saveBuildingItem', ITEM_CHANGE_REFRESH);
  const reload = useReloadPlan();
  const keepPlan = useKeepPlan();
  const { values } = form;
  const text = (field: 'space' | 'currentUse' | 'newUse' | 'dueDate') => ({
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
        save.mutate(
          { planId: plan.id, version: plan.version, id: item?.id ?? null, item: valid },
          {
            onSuccess: (saved) => {
              keepPlan(saved);
              notifications.show({ color: 'teal', message: t('planItems.building.saved', { name: valid.space }) });
              onDone();
            },
            onError: (error) => form.showFailure(error),
          },
        );
      }}
    >
      <Stack gap="md">
        <Fieldset legend={t('planItems.planned')}>
          <Stack gap="sm">
            <ContentChangeNote approved={plan.approval !== null} />
            <TextInput label={t('planItems.building.space')} required data-autofocus {...text('space')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('planItems.building.currentUse')} {...text('currentUse')} />
              <TextInput label={t('planItems.building.newUse')} required {...text('newUse')} />
            </SimpleGrid>
            <TextInput label={t('planItems.building.dueDate')} type="date" {...text('dueDate')} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('planItems.execution')}>
          <Select
            label={t('planItems.building.status')}
            required
            data={buildingItemStatuses.map((status) => ({ value: status, label: t(`planItems.buildingStatus.${status}`) }))}
            value={values.status}
            onChange={(status) => isStatus(status) && form.setValue('status', status)}
            error={form.error('status')}
            allowDeselect={false}
          />
        </Fieldset>
        <ItemFormFooter error={save.error} isField={isField} pending={save.isPending} onCancel={onDone} onReload={() => void reload().then(onDone)} />
      </Stack>
    </form>
  );
}
