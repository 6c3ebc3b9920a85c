import type { TransformationPlan } from '@contract/transformation-views';
import { Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/useLanguage';
import { useDateText } from '../resident/useDateText';
import { BudgetLineModal } from './BudgetLineModal';
import { Empty, ItemsPart, RowButtons } from './ItemsPart';
import { formatAzn, formatShare, sharePermille, sumQepik } from './money';
import type { ItemPermissions, PlanBudgetLine } from './plan-items';
import { RemoveItemModal } from './RemoveItemModal';

type Dialog = { kind: 'edit' | 'remove' | null; line: PlanBudgetLine | null };

/** The budget lines in AZN: planned, moved to new services and when; totals with the share moved. */
export function BudgetPart({ plan, permissions }: { plan: TransformationPlan; permissions: ItemPermissions }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { date } = useDateText();
  const [dialog, setDialog] = useState<Dialog>({ kind: null, line: null });
  const show = (kind: Dialog['kind'], line: PlanBudgetLine | null) => setDialog({ kind, line });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const lines = plan.budgetLines;
  const actions = permissions.budgetLine || permissions.remove;
  const planned = sumQepik(lines.map((line) => line.plannedQepik));
  const moved = sumQepik(lines.map((line) => line.movedQepik));
  const share = sharePermille(moved, planned);
  const amount = { ta: 'right' as const, style: { whiteSpace: 'nowrap' as const } };
  return (
    <ItemsPart
      title={t('planItems.budget.sectionTitle')}
      intro={t('planItems.budget.intro')}
      add={permissions.budgetLine ? { label: t('planItems.budget.add'), onClick: () => show('edit', null) } : null}
    >
      {lines.length === 0 ? (
        <Empty text={t('planItems.budget.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={t('planItems.budget.sectionTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('planItems.budget.title')}</Table.Th>
                <Table.Th scope="col" {...amount}>
                  {t('planItems.budget.plannedColumn')}
                </Table.Th>
                <Table.Th scope="col" {...amount}>
                  {t('planItems.budget.movedColumn')}
                </Table.Th>
                <Table.Th scope="col">{t('planItems.budget.movedDate')}</Table.Th>
                {actions && <Table.Th scope="col">{t('planItems.actionsColumn')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Th scope="row" fw={500}>
                    {line.title}
                  </Table.Th>
                  <Table.Td {...amount}>{formatAzn(line.plannedQepik, language)}</Table.Td>
                  <Table.Td {...amount}>{formatAzn(line.movedQepik, language)}</Table.Td>
                  <Table.Td>{line.movedDate === null ? '—' : date(line.movedDate)}</Table.Td>
                  {actions && (
                    <Table.Td>
                      <RowButtons
                        buttons={[
                          permissions.budgetLine && {
                            label: t('planItems.edit'),
                            name: t('planItems.editItem', { name: line.title }),
                            onClick: () => show('edit', line),
                          },
                          permissions.remove && {
                            label: t('planItems.remove.button'),
                            name: t('planItems.remove.buttonFor', { name: line.title }),
                            onClick: () => show('remove', line),
                          },
                        ]}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('planItems.budget.total')}</Table.Th>
                <Table.Td {...amount} fw={600}>
                  {formatAzn(planned, language)}
                </Table.Td>
                <Table.Td {...amount} fw={600}>
                  {formatAzn(moved, language)}
                </Table.Td>
                <Table.Td colSpan={actions ? 2 : 1}>
                  {share === null ? '—' : t('planItems.budget.share', { share: formatShare(share, language) })}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
      {permissions.budgetLine && <BudgetLineModal plan={plan} line={dialog.line} opened={dialog.kind === 'edit'} onClose={close} />}
      {permissions.remove && (
        <RemoveItemModal
          plan={plan}
          subject={dialog.line === null ? null : { section: 'budgetLine', id: dialog.line.id, name: dialog.line.title }}
          opened={dialog.kind === 'remove'}
          onClose={close}
        />
      )}
    </ItemsPart>
  );
}
