import type { AuditFilter } from '@contract/audit';
import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { auditCsvFileName, downloadText } from './csv-download';

/** Exports the entries matching the filter (all pages) as a CSV file. */
export function AuditExport({ filter, disabled }: { filter: AuditFilter; disabled: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const exportCsv = useProcedureMutation('audit.exportCsv');
  return (
    <Stack gap="xs" align="flex-end">
      <Button
        variant="default"
        disabled={disabled}
        loading={exportCsv.isPending}
        onClick={() =>
          exportCsv.mutate(
            { filter },
            {
              onSuccess: ({ csv, rows }) => {
                const file = auditCsvFileName(new Date());
                downloadText(file, csv);
                notifications.show({ color: 'teal', message: t('audit.export.done', { rows: formatNumber(rows, language), file }) });
              },
            },
          )
        }
      >
        {t('audit.export.run')}
      </Button>
      <ErrorAlert error={exportCsv.error} />
    </Stack>
  );
}
