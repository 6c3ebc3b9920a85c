import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import { Badge, Button, Code, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useLanguage } from '../../i18n/useLanguage';
import { flagOf } from './reference-form';

/** What a row's buttons open. */
export type ReferenceAction = 'rename' | 'retire';

/**
 * The items of one kind, retired ones included, with their names in every language. Each action's
 * accessible name carries the item's name, so a screen reader says whose row it is.
 */
export function ReferenceTable({
  kind,
  items,
  onAction,
}: {
  kind: ReferenceKind;
  items: readonly ReferenceItem[];
  onAction: (action: ReferenceAction, item: ReferenceItem) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const flag = flagOf(kind);
  if (items.length === 0) {
    return (
      <Text c="dimmed" p="md">
        {t('reference.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t(`reference.kinds.${kind}`)}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reference.columns.code')}</Table.Th>
            <Table.Th scope="col">{t('reference.columns.az')}</Table.Th>
            <Table.Th scope="col">{t('reference.columns.ru')}</Table.Th>
            <Table.Th scope="col">{t('reference.columns.en')}</Table.Th>
            {flag !== null && <Table.Th scope="col">{t('reference.columns.flag')}</Table.Th>}
            <Table.Th scope="col">{t('reference.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('reference.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const label = item.labels[language];
            return (
              <Table.Tr key={item.code} c={item.retired ? 'dimmed' : undefined}>
                <Table.Th scope="row" fw={400}>
                  <Code>{item.code}</Code>
                </Table.Th>
                <Table.Td lang="az">{item.labels.az}</Table.Td>
                <Table.Td lang="ru">{item.labels.ru}</Table.Td>
                <Table.Td lang="en">{item.labels.en}</Table.Td>
                {flag !== null && (
                  <Table.Td>
                    {item.meta[flag] === true && (
                      <Badge color="blue" variant="light" tt="none">
                        {t(`reference.flags.${flag}.name`)}
                      </Badge>
                    )}
                  </Table.Td>
                )}
                <Table.Td>
                  {item.retired ? (
                    <Badge color="gray" variant="light" tt="none">
                      {t('reference.status.retired')}
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light" tt="none">
                      {t('reference.status.active')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={t('reference.actions.renameItem', { label })}
                      onClick={() => onAction('rename', item)}
                    >
                      {t('reference.actions.rename')}
                    </Button>
                    {item.retired ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('reference.actions.restoreItem', { label })}
                        onClick={() => onAction('retire', item)}
                      >
                        {t('reference.actions.restore')}
                      </Button>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={t('reference.actions.retireItem', { label })}
                        onClick={() => onAction('retire', item)}
                      >
                        {t('reference.actions.retire')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
