import type { JobProgress } from '@contract/bundles';
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { exportPercent } from './bundle-format';

/** A running export: its stage in words, the bar over all stages, and the way to stop it. */
export function ExportProgress({ progress, cancelling, onCancel }: { progress: JobProgress | null; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = exportPercent(progress);
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        {/* Announced when the stage changes, not at every step of the bar. */}
        <Text size="sm" aria-live="polite">
          {progress === null ? t('bundles.export.starting') : t(`bundles.export.stages.${progress.stage}`)}
        </Text>
        <Text size="sm" c="dimmed" aria-hidden>
          {percent}%
        </Text>
      </Group>
      <Progress value={percent} size="lg" animated aria-label={t('bundles.export.progress')} />
      <Group>
        <Button variant="default" onClick={onCancel} loading={cancelling}>
          {t('bundles.export.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
