import type { NamedChild } from '@contract/ministry';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';

const fullName = (child: NamedChild) => [child.surname, child.firstName, child.patronymic].filter((part) => part !== null && part !== '').join(' ');

/** The children in residence of a named snapshot, by surname, as the core returns them. */
export function NamedChildren({ list }: { list: readonly NamedChild[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const legalStatus = useReferenceLabel('legal_status');
  if (list.length === 0) {
    return <Text c="dimmed">{t('ministryOverview.institution.children.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('ministryOverview.institution.children.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ministryOverview.institution.children.name')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.children.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.children.sex')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.children.legalStatus')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.children.disability')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institution.children.admittedOn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((child) => (
            <Table.Tr key={child.id}>
              <Table.Th scope="row" fw="normal">
                {fullName(child)}
              </Table.Th>
              <Table.Td>{formatDate(child.birthDate, language)}</Table.Td>
              <Table.Td>{t(`residentEnums.sex.${child.sex}`, { defaultValue: child.sex })}</Table.Td>
              <Table.Td>{legalStatus(child.legalStatusCode)}</Table.Td>
              <Table.Td>{t(`residentEnums.disabilityStatus.${child.disabilityStatus}`, { defaultValue: child.disabilityStatus })}</Table.Td>
              <Table.Td>{child.admittedOn === null ? '—' : formatDate(child.admittedOn, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
