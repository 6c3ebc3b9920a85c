import type { AuditEntry } from '@contract/audit';
import { Code, Group, Pagination, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';

/** Who did it: the login recorded with the entry, or the system when nobody was signed in. */
export function ActorName({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return entry.actorLogin ?? (
    <Text span c="dimmed" size="sm">
      {t('audit.system')}
    </Text>
  );
}

/** The record an entry is about: its kind in words, and its id when it has one. */
export function EntityName({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <>
      {t(`audit.entities.${entry.entityType}`)}
      {entry.entityId !== null && (
        <Code ml={6} fz="xs">
          {entry.entityId}
        </Code>
      )}
    </>
  );
}

/**
 * One page of entries, newest first, and the page controls. A row opens its entry when clicked;
 * for the keyboard, the number in the first cell is a button with the same effect.
 */
export function AuditTable({
  entries,
  total,
  page,
  pageCount,
  onPage,
  onOpen,
}: {
  entries: readonly AuditEntry[];
  total: number;
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  onOpen: (entry: AuditEntry) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const controlLabels = {
    first: t('audit.pages.first'),
    previous: t('audit.pages.previous'),
    next: t('audit.pages.next'),
    last: t('audit.pages.last'),
  };
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="xs" aria-label={t('audit.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('audit.columns.seq')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.time')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.user')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.action')}</Table.Th>
              <Table.Th scope="col">{t('audit.columns.entity')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.seq} onClick={() => onOpen(entry)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  {/* No handler of its own: its click (also from Enter or Space) reaches the row's. */}
                  <UnstyledButton
                    type="button"
                    aria-label={t('audit.openEntry', { seq: entry.seq })}
                    fz="sm"
                    fw={500}
                    c="teal.8"
                    td="underline"
                  >
                    {entry.seq}
                  </UnstyledButton>
                </Table.Td>
                <Table.Td>{formatDateTime(entry.at, language)}</Table.Td>
                <Table.Td>
                  <ActorName entry={entry} />
                </Table.Td>
                <Table.Td>{t(`audit.actions.${entry.action}`)}</Table.Td>
                <Table.Td>
                  <EntityName entry={entry} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {entries.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('audit.empty')}
        </Text>
      )}
      <Group justify="space-between" p="sm">
        <Text size="sm" c="dimmed">
          {t('audit.total', { total: formatNumber(total, language) })}
        </Text>
        {pageCount > 1 && (
          <nav aria-label={t('audit.pages.label')}>
            <Pagination
              total={pageCount}
              value={page}
              onChange={onPage}
              withEdges
              getControlProps={(control) => ({ 'aria-label': controlLabels[control] })}
              getItemProps={(item) => ({ 'aria-label': t('audit.pages.page', { page: item }) })}
            />
          </nav>
        )}
      </Group>
    </>
  );
}
