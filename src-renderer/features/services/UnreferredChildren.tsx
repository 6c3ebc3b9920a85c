import { Anchor, Center, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { useDateText } from '../resident/useDateText';

/** A child's name as a link to the record; a secret record (adoption) shows no name, only that it is secret. */
export function RecordLink({ residentId, name }: { residentId: string; name: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/residents/${residentId}`} fs={name === '' ? 'italic' : undefined}>
      {name === '' ? t('services.secretRecord') : name}
    </Anchor>
  );
}

/**
 * Children with a disability in residence whom no service takes now: the gap the register exists
 * to close, so it is listed on the register's own page.
 */
export function UnreferredChildren() {
  const { t } = useTranslation();
  const { date } = useDateText();
  const category = useReferenceLabel('disability_category');
  const children = useProcedureQuery('services.unreferredDisabled', {});
  return (
    <Stack gap="sm" component="section" aria-labelledby="unreferred-title">
      <div>
        <Title order={2} size="h3" id="unreferred-title">
          {t('services.unreferred.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('services.unreferred.intro')}
        </Text>
      </div>
      <ErrorAlert error={children.error} />
      {children.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {children.data?.length === 0 && <Text c="dimmed">{t('services.unreferred.none')}</Text>}
      {children.data !== undefined && children.data.length > 0 && (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="sm" aria-labelledby="unreferred-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('services.unreferred.child')}</Table.Th>
                  <Table.Th scope="col">{t('services.unreferred.birthDate')}</Table.Th>
                  <Table.Th scope="col">{t('services.unreferred.category')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {children.data.map((child) => (
                  <Table.Tr key={child.residentId}>
                    <Table.Th scope="row" fw={500}>
                      <RecordLink residentId={child.residentId} name={child.fullName} />
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(child.birthDate)}</Table.Td>
                    <Table.Td>{category(child.disabilityCategoryCode)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </Stack>
  );
}
