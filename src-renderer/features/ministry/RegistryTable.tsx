import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import type { RegistryInstitution, RegistryKey } from '@contract/ministry';
import { Badge, Button, Group, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';

/** Whether a key is valid now, revoked from a day to come, or revoked. */
function keyState(key: RegistryKey, now: string): 'valid' | 'revokedLater' | 'revoked' {
  return key.revokedFrom === null ? 'valid' : key.revokedFrom > now ? 'revokedLater' : 'revoked';
}

/** The enrolled institutions: region and type, keys, last sequence and import, status; key actions for the admin. */
export function RegistryTable({
  institutions,
  role,
  onRotate,
  onRevoke,
}: {
  institutions: RegistryInstitution[];
  role: Role;
  onRotate: (institution: RegistryInstitution) => void;
  onRevoke: (institution: RegistryInstitution, key: RegistryKey) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regionLabel = useReferenceLabel('region');
  const typeLabel = useReferenceLabel('institution_type');
  const canManage = isAllowed('ministry.rotateKey', role);
  const now = new Date().toISOString();
  return (
    <ScrollArea>
      <Table striped aria-label={t('ministry.registry.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ministry.registry.code')}</Table.Th>
            <Table.Th>{t('ministry.registry.name')}</Table.Th>
            <Table.Th>{t('ministry.registry.region')}</Table.Th>
            <Table.Th>{t('ministry.registry.keys')}</Table.Th>
            <Table.Th>{t('ministry.registry.lastSequence')}</Table.Th>
            <Table.Th>{t('ministry.registry.lastImport')}</Table.Th>
            <Table.Th>{t('ministry.registry.status')}</Table.Th>
            {canManage && <Table.Th>{t('ministry.registry.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {institutions.map((institution) => (
            <Table.Tr key={institution.code}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{institution.code}</Table.Td>
              <Table.Td>
                {institution.name}
                {institution.typeCode !== null && (
                  <Text size="xs" c="dimmed">
                    {typeLabel(institution.typeCode)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{institution.regionCode === null ? '—' : regionLabel(institution.regionCode)}</Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {institution.keys.map((key) => (
                    <Group key={key.keyId} gap="xs" wrap="nowrap">
                      <Text size="sm" ff="monospace">
                        {key.keyId}
                      </Text>
                      <Badge size="sm" variant="light" color={keyState(key, now) === 'valid' ? 'teal' : 'red'}>
                        {t(`ministry.registry.keyState.${keyState(key, now)}`, { date: key.revokedFrom?.slice(0, 10) ?? '' })}
                      </Badge>
                      {canManage && key.revokedFrom === null && (
                        <Button size="compact-xs" variant="subtle" color="red" onClick={() => onRevoke(institution, key)} aria-label={t('ministry.registry.revokeKey', { keyId: key.keyId })}>
                          {t('ministry.registry.revoke')}
                        </Button>
                      )}
                    </Group>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>{institution.lastSequence ?? '—'}</Table.Td>
              <Table.Td>{institution.lastImportAt === null ? '—' : formatDateTime(institution.lastImportAt, language)}</Table.Td>
              <Table.Td>
                <Badge color={institution.status === 'active' ? 'teal' : 'red'} variant="light">
                  {t(`ministry.registry.statuses.${institution.status}`)}
                </Badge>
              </Table.Td>
              {canManage && (
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => onRotate(institution)} aria-label={t('ministry.registry.rotateFor', { name: institution.name })}>
                    {t('ministry.registry.rotate')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
