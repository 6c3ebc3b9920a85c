import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useProcedureMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/useLanguage';
import { downloadBase64 } from '../resident/case-file-download';

/**
 * The plan report as a PDF made by the core, in the UI language: saved like the case file (in the
 * app, through a save dialog). Everyone who sees the plan may print it.
 */
export function PlanReportButton({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const report = useProcedureMutation('transformation.report');
  return (
    <>
      <Button
        variant="default"
        loading={report.isPending}
        loaderProps={{ 'aria-label': t('transformation.report.generating') }}
        onClick={() =>
          report.mutate({ planId, language }, { onSuccess: (file) => downloadBase64(file.fileName, file.pdfBase64, 'application/pdf') })
        }
      >
        {t('transformation.report.print')}
      </Button>
      <ErrorAlert error={report.error} title={t('transformation.report.failed')} />
    </>
  );
}
