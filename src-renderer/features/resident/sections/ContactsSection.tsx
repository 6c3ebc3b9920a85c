import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { ContactEntry } from '@contract/family';
import { Button, Center, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ContactModal } from '../ContactModal';
import { SectionFrame } from '../SectionFrame';
import { useDateText } from '../useDateText';

type Dialog = { opened: boolean; entry: ContactEntry | null };

/** The log of visits, home leaves, calls and letters, newest first. */
export function ContactsSection({ residentId, role }: { residentId: string; role: Role }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const contacts = useProcedureQuery('contacts.list', { residentId });
  const family = useProcedureQuery('family.list', { residentId });
  const [dialog, setDialog] = useState<Dialog>({ opened: false, entry: null });
  const canAdd = isAllowed('contacts.add', role);
  const canEdit = isAllowed('contacts.update', role);
  const memberName = (id: string | null) => (id === null ? null : (family.data?.find((member) => member.id === id)?.fullName ?? null));
  return (
    <SectionFrame
      title={t('resident.tabs.contacts')}
      canEdit={false}
      actions={
        canAdd && (
          <Button size="compact-sm" onClick={() => setDialog({ opened: true, entry: null })}>
            {t('resident.contacts.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={contacts.error} />
      {contacts.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {contacts.data?.length === 0 && <Text c="dimmed">{t('resident.contacts.empty')}</Text>}
      {contacts.data !== undefined && contacts.data.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={t('resident.tabs.contacts')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('resident.contacts.date')}</Table.Th>
                <Table.Th scope="col">{t('resident.contacts.kind')}</Table.Th>
                <Table.Th scope="col">{t('resident.contacts.who')}</Table.Th>
                <Table.Th scope="col">{t('resident.contacts.note')}</Table.Th>
                <Table.Th scope="col">{t('resident.contacts.recordedBy')}</Table.Th>
                {canEdit && <Table.Th scope="col">{t('resident.actions.column')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {contacts.data.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(entry.date)}</Table.Td>
                  <Table.Td>{t(`residentEnums.contactKind.${entry.kind}`)}</Table.Td>
                  <Table.Td>{memberName(entry.familyMemberId) ?? entry.personName ?? ''}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry.note ?? ''}</Table.Td>
                  <Table.Td>{entry.recordedByName ?? ''}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('resident.contacts.editOf', { date: date(entry.date) })}
                        onClick={() => setDialog({ opened: true, entry })}
                      >
                        {t('resident.section.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ContactModal
        opened={dialog.opened}
        residentId={residentId}
        entry={dialog.entry}
        family={family.data ?? []}
        onClose={() => setDialog((current) => ({ ...current, opened: false }))}
      />
    </SectionFrame>
  );
}
