import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { FamilyMember } from '@contract/family';
import { Anchor, Button, Center, Group, Loader, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useProcedureQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useReferenceLabel } from '../../institution/useReferenceLabel';
import { FamilyMemberModal, RemoveFamilyMemberModal } from '../FamilyMemberModal';
import { SectionFrame } from '../SectionFrame';

/** Which dialog is open; closing keeps the member so the dialog keeps its text while it fades. */
type Dialog = { kind: 'form' | 'remove' | null; member: FamilyMember | null };

/** Parents, siblings, relatives and other people in the child's life, with their contact details. */
export function FamilySection({ residentId, role }: { residentId: string; role: Role }) {
  const { t } = useTranslation();
  const family = useProcedureQuery('family.list', { residentId });
  const relation = useReferenceLabel('relation_type');
  const [dialog, setDialog] = useState<Dialog>({ kind: null, member: null });
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const canAdd = isAllowed('family.add', role);
  const canEdit = isAllowed('family.update', role);
  const canRemove = isAllowed('family.remove', role);
  return (
    <SectionFrame
      title={t('resident.tabs.family')}
      canEdit={false}
      actions={
        canAdd && (
          <Button size="compact-sm" onClick={() => setDialog({ kind: 'form', member: null })}>
            {t('resident.family.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={family.error} />
      {family.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {family.data?.length === 0 && <Text c="dimmed">{t('resident.family.empty')}</Text>}
      {family.data !== undefined && family.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm" aria-label={t('resident.tabs.family')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('resident.family.name')}</Table.Th>
                <Table.Th scope="col">{t('resident.family.relation')}</Table.Th>
                <Table.Th scope="col">{t('resident.family.phone')}</Table.Th>
                <Table.Th scope="col">{t('resident.family.contact')}</Table.Th>
                <Table.Th scope="col">{t('resident.family.linkedSibling')}</Table.Th>
                {(canEdit || canRemove) && <Table.Th scope="col">{t('resident.actions.column')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {family.data.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Th scope="row" fw={500}>
                    {member.fullName}
                  </Table.Th>
                  <Table.Td>{relation(member.relationCode)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{member.phone ?? ''}</Table.Td>
                  <Table.Td>{member.contactAllowed ? t('resident.family.contactYes') : t('resident.family.contactNo')}</Table.Td>
                  <Table.Td>
                    {member.linkedResidentId !== null && (
                      <Anchor component={Link} to={`/residents/${member.linkedResidentId}`}>
                        {member.linkedResidentName ?? t('resident.family.linkedRecord')}
                      </Anchor>
                    )}
                  </Table.Td>
                  {(canEdit || canRemove) && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {canEdit && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            aria-label={t('resident.actions.editOf', { name: member.fullName })}
                            onClick={() => setDialog({ kind: 'form', member })}
                          >
                            {t('resident.section.edit')}
                          </Button>
                        )}
                        {canRemove && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            aria-label={t('resident.family.removeOf', { name: member.fullName })}
                            onClick={() => setDialog({ kind: 'remove', member })}
                          >
                            {t('resident.family.remove')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <FamilyMemberModal opened={dialog.kind === 'form'} residentId={residentId} member={dialog.member} onClose={close} />
      <RemoveFamilyMemberModal opened={dialog.kind === 'remove'} member={dialog.member} onClose={close} />
    </SectionFrame>
  );
}
