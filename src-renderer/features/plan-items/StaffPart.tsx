import type { TransformationPlan } from '@contract/transformation-views';
import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import { Empty, ItemsPart, RowButtons } from './ItemsPart';
import type { ItemPermissions, PlanTraining } from './plan-items';
import { distinctPeople } from './plan-items';
import { RemoveItemModal } from './RemoveItemModal';
import { TrainingModal } from './TrainingModal';

type Dialog = { kind: 'edit' | 'remove' | null; training: PlanTraining | null };

/** Staff reorientation and retraining: who, which training, when completed, how many hours, the new role; with totals. */
export function StaffPart({ plan, permissions }: { plan: TransformationPlan; permissions: ItemPermissions }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const [dialog, setDialog] = useState<Dialog>({ kind: null, training: null });
  const show = (kind: Dialog['kind'], training: PlanTraining | null) => setDialog({ kind, training });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const { trainings } = plan;
  const actions = permissions.training || permissions.remove;
  const totals = {
    people: distinctPeople(trainings),
    trainings: trainings.length,
    completed: trainings.filter((training) => training.completedDate !== null).length,
    retrained: distinctPeople(trainings.filter((training) => training.completedDate !== null)),
    hours: trainings.reduce((sum, training) => sum + (training.hours ?? 0), 0),
  };
  return (
    <ItemsPart
      title={t('planItems.staff.title')}
      intro={t('planItems.staff.intro')}
      add={permissions.training ? { label: t('planItems.staff.add'), onClick: () => show('edit', null) } : null}
    >
      {trainings.length === 0 ? (
        <Empty text={t('planItems.staff.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" aria-label={t('planItems.staff.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planItems.staff.person')}</Table.Th>
                <Table.Th scope="col">{t('planItems.staff.training')}</Table.Th>
                <Table.Th scope="col">{t('planItems.staff.completedDate')}</Table.Th>
                <Table.Th scope="col">{t('planItems.staff.hours')}</Table.Th>
                <Table.Th scope="col">{t('planItems.staff.newRole')}</Table.Th>
                {actions && <Table.Th scope="col">{t('planItems.actionsColumn')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trainings.map((training) => (
                <Table.Tr key={training.id}>
                  <Table.Th scope="row" fw={500}>
                    {training.person}
                  </Table.Th>
                  <Table.Td>{training.training}</Table.Td>
                  <Table.Td>{training.completedDate === null ? t('planItems.staff.notCompleted') : date(training.completedDate)}</Table.Td>
                  <Table.Td>{training.hours ?? '—'}</Table.Td>
                  <Table.Td>{training.newRole ?? '—'}</Table.Td>
                  {actions && (
                    <Table.Td>
                      <RowButtons
                        buttons={[
                          permissions.training && {
                            label: t('planItems.edit'),
                            name: t('planItems.editItem', { name: `${training.person}, ${training.training}` }),
                            onClick: () => show('edit', training),
                          },
                          permissions.remove && {
                            label: t('planItems.remove.button'),
                            name: t('planItems.remove.buttonFor', { name: `${training.person}, ${training.training}` }),
                            onClick: () => show('remove', training),
                          },
                        ]}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {trainings.length > 0 && <Text size="sm">{t('planItems.staff.totals', totals)}</Text>}
      {permissions.training && <TrainingModal plan={plan} training={dialog.training} opened={dialog.kind === 'edit'} onClose={close} />}
      {permissions.remove && (
        <RemoveItemModal
          plan={plan}
          subject={dialog.training === null ? null : { section: 'training', id: dialog.training.id, name: `${dialog.training.person}, ${dialog.training.training}` }}
          opened={dialog.kind === 'remove'}
          onClose={close}
        />
      )}
    </ItemsPart>
  );
}
