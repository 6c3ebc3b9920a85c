import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorAlert } from '../../components/ErrorAlert';
import { DropArea } from './DropArea';
import { ImportHistory } from './ImportHistory';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportResults } from './ImportResults';
import { useImportJob } from './useImportJob';

/**
 * Importing bundles: drop them (or choose them), each is checked and applied all-or-nothing in the
 * core's worker with progress; a dry run shows the same checks and what would change. The results
 * name every rejection's reason; the history below keeps every attempt, with receipts.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const job = useImportJob();
  const [dryRun, setDryRun] = useState(false);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('ministry.import.title')}</Title>
        <Text c="dimmed">{t('ministry.import.intro')}</Text>
      </div>
      <Checkbox
        label={t('ministry.import.dryRun')}
        description={t('ministry.import.dryRunHint')}
        checked={dryRun}
        disabled={job.running}
        onChange={(event) => setDryRun(event.currentTarget.checked)}
      />
      <DropArea disabled={job.running} onFiles={(files) => job.start(files, dryRun)} />
      {job.running && <ImportProgressCard progress={job.progress} />}
      <ErrorAlert error={job.error} title={t('ministry.import.failed')} />
      {job.results !== null && <ImportResults results={job.results} dryRun={job.dryRun} />}
      <ImportHistory />
    </Stack>
  );
}
