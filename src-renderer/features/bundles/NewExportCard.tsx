import type { ExportProfile } from '@contract/bundle-payload';
import { exportProfiles } from '@contract/bundle-payload';
import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportProgress } from './ExportProgress';
import { ExportResult } from './ExportResult';
import { useExportJob } from './useExportJob';

const isProfile = (value: string): value is ExportProfile => (exportProfiles as readonly string[]).includes(value);

/**
 * Making a bundle: what it holds (each profile says what it leaves out), adoption-secret records
 * only on purpose and only in full records, then the running export and its result.
 */
export function NewExportCard({ ministryReady }: { ministryReady: boolean }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<ExportProfile>('named');
  const [includeSecret, setIncludeSecret] = useState(false);
  const job = useExportJob();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="bundles-export-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="bundles-export-title">
          {t('bundles.export.title')}
        </Title>
        <Radio.Group
          label={t('bundles.export.profile')}
          value={profile}
          onChange={(value) => {
            if (isProfile(value)) {
              setProfile(value);
              // The choice belongs to full records: it must not come back unseen later.
              setIncludeSecret(false);
            }
          }}
        >
          <Stack gap="sm" mt="xs">
            {exportProfiles.map((name) => (
              <Radio
                key={name}
                value={name}
                disabled={job.running}
                label={t(`bundles.export.profiles.${name}`)}
                description={t(`bundles.export.profileHints.${name}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Checkbox
          label={t('bundles.export.includeSecret')}
          description={t('bundles.export.includeSecretHint')}
          checked={profile === 'named' && includeSecret}
          disabled={profile !== 'named' || job.running}
          onChange={(event) => setIncludeSecret(event.currentTarget.checked)}
        />
        {!ministryReady && (
          <Alert color="yellow" title={t('bundles.export.noKeysTitle')}>
            {t('bundles.export.noKeys')}
          </Alert>
        )}
        <Group>
          <Button disabled={!ministryReady || job.running} onClick={() => job.start(profile, includeSecret)}>
            {t('bundles.export.run')}
          </Button>
        </Group>
        {job.running && <ExportProgress progress={job.progress} cancelling={job.cancelling} onCancel={job.stop} />}
        <ErrorAlert error={job.cancelError} />
        {job.cancelled && (
          <Alert color="gray" title={t('bundles.export.cancelledTitle')} role="status">
            <Text size="sm">{t('errors.JOB_CANCELLED')}</Text>
          </Alert>
        )}
        <ErrorAlert error={job.error} />
        {job.result !== null && !job.running && <ExportResult bundle={job.result} />}
      </Stack>
    </Paper>
  );
}
