import type { TransformationPlan } from '@contract/transformation-views';
import { Badge, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import { BuildingItemModal } from './BuildingItemModal';
import type { BuildingItemStatus } from './item-forms';
import { Empty, ItemsPart, RowButtons } from './ItemsPart';
import type { ItemPermissions, PlanBuildingItem } from './plan-items';
import { RemoveItemModal } from './RemoveItemModal';

type Dialog = { kind: 'edit' | 'remove' | null; item: PlanBuildingItem | null };

/** Badge colours of the building items' statuses. */
const STATUS_COLORS: Readonly<Record<BuildingItemStatus, string>> = { planned: 'gray', in_progress: 'yellow', done: 'teal' };

/** Repurposing the building: each space, its current and new use, how far the work has come, by when. */
export function BuildingPart({ plan, permissions }: { plan: TransformationPlan; permissions: ItemPermissions }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const [dialog, setDialog] = useState<Dialog>({ kind: null, item: null });
  const show = (kind: Dialog['kind'], item: PlanBuildingItem | null) => setDialog({ kind, item });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const items = plan.buildingItems;
  const actions = permissions.buildingItem || permissions.remove;
  return (
    <ItemsPart
      title={t('planItems.building.title')}
      intro={t('planItems.building.intro')}
      add={permissions.buildingItem ? { label: t('planItems.building.add'), onClick: () => show('edit', null) } : null}
    >
      {items.length === 0 ? (
        <Empty text={t('planItems.building.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" aria-label={t('planItems.building.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planItems.building.space')}</Table.Th>
                <Table.Th scope="col">{t('planItems.building.currentUse')}</Table.Th>
                <Table.Th scope="col">{t('planItems.building.newUse')}</Table.Th>
                <Table.Th scope="col">{t('planItems.building.status')}</Table.Th>
                <Table.Th scope="col">{t('planItems.building.dueDate')}</Table.Th>
                {actions && <Table.Th scope="col">{t('planItems.actionsColumn')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500}>
                    {item.space}
                  </Table.Th>
                  <Table.Td>{item.currentUse ?? '—'}</Table.Td>
                  <Table.Td>{item.newUse}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[item.status]} variant="light" tt="none">
                      {t(`planItems.buildingStatus.${item.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{item.dueDate === null ? '—' : date(item.dueDate)}</Table.Td>
                  {actions && (
                    <Table.Td>
                      <RowButtons
                        buttons={[
                          permissions.buildingItem && {
                            label: t('planItems.edit'),
                            name: t('planItems.editItem', { name: item.space }),
                            onClick: () => show('edit', item),
                          },
                          permissions.remove && {
                            label: t('planItems.remove.button'),
                            name: t('planItems.remove.buttonFor', { name: item.space }),
                            onClick: () => show('remove', item),
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
      {permissions.buildingItem && <BuildingItemModal plan={plan} item={dialog.item} opened={dialog.kind === 'edit'} onClose={close} />}
      {permissions.remove && (
        <RemoveItemModal
          plan={plan}
          subject={dialog.item === null ? null : { section: 'buildingItem', id: dialog.item.id, name: dialog.item.space }}
          opened={dialog.kind === 'remove'}
          onClose={close}
        />
      )}
    </ItemsPart>
  );
}
