import type { SessionUser } from '@contract/accounts';
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { Dashboard } from '../residents/Dashboard';

/**
 * The start page: who is signed in and today's date; the children in residence, the year's
 * admissions and exits, ages and reminders; then the institution at a glance.
 */
export function HomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const profile = useProcedureQuery('institution.get', {});
  const typeLabel = useReferenceLabel('institution_type');
  const regionLabel = useReferenceLabel('region');
  const facts: [string, string][] = profile.data
    ? [
        [t('institution.code'), profile.data.code],
        [t('institution.type'), typeLabel(profile.data.typeCode)],
        [t('institution.region'), regionLabel(profile.data.regionCode)],
        [t('institution.capacity'), profile.data.capacity === null ? '' : formatNumber(profile.data.capacity, language)],
        [t('institution.phone'), profile.data.phone ?? ''],
        [t('institution.address'), profile.data.address ?? ''],
      ]
    : [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.welcome', { name: user.fullName })}</Title>
        <Text c="dimmed">{t('home.today', { date: formatDate(new Date(), language) })}</Text>
      </div>
      <Dashboard />
      <ErrorAlert error={profile.error} />
      {profile.data && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="home-institution">
          <Title order={2} size="h3" id="home-institution" mb="md">
            {profile.data.name}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {facts.map(([label, value]) => (
              <Group key={label} gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" c="dimmed" miw={140}>
                  {label}
                </Text>
                <Text size="sm">{value === '' ? t('common.notGiven') : value}</Text>
              </Group>
            ))}
          </SimpleGrid>
        </Card>
      )}
    </Stack>
  );
}
