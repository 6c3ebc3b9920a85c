import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/useLanguage';
import { downloadBase64 } from '../resident/case-file-download';

/**
 * The overview as a PDF summary made by the core in the language on screen, over the same
 * months of trend as the screen; saved like every other file the app hands out.
 */
export function SummaryPdfButton({ months }: { months: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = useProcedureMutation('ministry.summaryPdf');
  return (
    <Stack gap="xs" align="flex-end">
      <Button
        variant="default"
        loading={summary.isPending}
        loaderProps={{ 'aria-label': t('ministryOverview.pdf.generating') }}
        onClick={() => summary.mutate({ months, language }, { onSuccess: (file) => downloadBase64(file.fileName, file.contentBase64, 'application/pdf') })}
      >
        {t('ministryOverview.pdf.button')}
      </Button>
      <ErrorAlert error={summary.error} title={t('ministryOverview.pdf.failed')} />
    </Stack>
  );
}
