import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { useLanguage } from '../../i18n/useLanguage';
import type { InstitutionFormValues } from '../institution/institution-form';
import type { DirectorStepValues } from './director-step';

/** What the wizard is about to create, for a last look before it is written. */
export function SetupReview({ institution, director }: { institution: InstitutionFormValues; director: DirectorStepValues }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const types = useProcedureQuery('reference.list', { kind: 'institution_type' });
  const regions = useProcedureQuery('reference.list', { kind: 'region' });
  const labelOf = (items: typeof types.data, code: string | null) =>
    items?.find((item) => item.code === code)?.labels[language] ?? code ?? '';
  const rows: [string, string][] = [
    [t('institution.code'), institution.code.trim().toUpperCase()],
    [t('institution.name'), institution.name],
    [t('institution.type'), labelOf(types.data, institution.typeCode)],
    [t('institution.region'), labelOf(regions.data, institution.regionCode)],
    [t('institution.address'), institution.address],
    [t('institution.capacity'), institution.capacity === '' ? '' : String(institution.capacity)],
    [t('institution.phone'), institution.phone],
    [t('setup.directorFullName'), director.fullName],
    [t('auth.login'), director.login.trim().toLowerCase()],
  ];
  return (
    <>
      <Text mb="sm">{t('setup.reviewIntro')}</Text>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="40%">
                {label}
              </Table.Th>
              <Table.Td>{value === '' ? <Text c="dimmed">{t('common.notGiven')}</Text> : value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
