import { Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { ImportJobProgress } from './useImportJob';

/** The running import: which file of how many, sending or checking it, and how far. */
export function ImportProgressCard({ progress }: { progress: ImportJobProgress | null }) {
  const { t } = useTranslation();
  const percent = progress === null || progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  const label =
    progress === null
      ? t('ministry.import.starting')
      : t(`ministry.import.stage.${progress.stage}`, { file: progress.fileName, index: progress.fileIndex + 1, count: progress.fileCount });
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text size="sm" aria-live="polite">
          {label}
        </Text>
        <Progress value={percent} aria-label={t('ministry.import.progress')} aria-valuetext={`${percent}%`} animated />
      </Stack>
    </Paper>
  );
}
