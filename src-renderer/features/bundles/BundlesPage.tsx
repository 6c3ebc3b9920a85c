import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportHistory } from './ExportHistory';
import { MinistryKeysCard } from './MinistryKeysCard';
import { NewExportCard } from './NewExportCard';
import { SigningKeyCard } from './SigningKeyCard';

/**
 * The director's export to the ministry, top to bottom in the order it is first used: this
 * institution's signing key, the ministry's keys, a new export, and the bundles made so far.
 */
export function BundlesPage() {
  const { t } = useTranslation();
  const keys = useProcedureQuery('bundles.keys', {});
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('bundles.title')}</Title>
        <Text c="dimmed">{t('bundles.intro')}</Text>
      </div>
      <ErrorAlert error={keys.error} />
      {keys.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {keys.data && (
        <>
          <SigningKeyCard signingKey={keys.data.signingKey} />
          <MinistryKeysCard ministry={keys.data.ministry} />
          <NewExportCard ministryReady={keys.data.ministry !== null} />
        </>
      )}
      <ExportHistory />
    </Stack>
  );
}
