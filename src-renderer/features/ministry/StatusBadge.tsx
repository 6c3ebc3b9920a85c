import type { ImportResultView } from '@contract/ministry';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { STATUS_COLOURS } from './import-text';

/** An import's status in words (a dry run says what would happen). */
export function StatusBadge({ status, dryRun }: { status: ImportResultView['status']; dryRun: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light">
      {t(dryRun ? `ministry.dryStatus.${status}` : `ministry.status.${status}`)}
    </Badge>
  );
}
