import { Alert, Button, FileButton, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../api/client';
import { useProcedureMutation } from '../../api/hooks';
import { IssuesAlert } from '../../components/IssuesAlert';
import { readFileAsBase64 } from '../resident/file-upload';

/** Which check a refused receipt failed (`bundleProblems.<problem>` with its params), when the core said. */
function problemOf(error: ApiError): { key: string; params: Record<string, unknown> } | null {
  const problem = error.details?.problem;
  const params = error.details?.params;
  if (typeof problem !== 'string' || problem === '') {
    return null;
  }
  return { key: `bundleProblems.${problem}`, params: typeof params === 'object' && params !== null ? (params as Record<string, unknown>) : {} };
}

/**
 * Importing the ministry's signed receipt: the receipt names its bundle, so one button serves the
 * whole history. The core verifies it before the bundle is marked acknowledged.
 */
export function ReceiptImport() {
  const { t } = useTranslation();
  const receipt = useProcedureMutation('bundles.importReceipt', ['bundles.history']);
  const resetRef = useRef<() => void>(null);
  const [unreadable, setUnreadable] = useState(false);

  const importFile = async (file: File | null) => {
    setUnreadable(false);
    receipt.reset();
    if (file === null) {
      return;
    }
    let contentBase64: string;
    try {
      contentBase64 = await readFileAsBase64(file);
    } catch {
      setUnreadable(true);
      return;
    } finally {
      // The same file can be chosen again (after the ministry resent it, say).
      resetRef.current?.();
    }
    receipt.mutate(
      { fileName: file.name, contentBase64 },
      {
        onSuccess: (bundle) =>
          notifications.show({ color: 'teal', message: t('bundles.history.receiptImported', { sequence: bundle.sequence }) }),
      },
    );
  };

  const error = receipt.error;
  const problem = error === null ? null : problemOf(error);
  return (
    <Stack gap="xs" align="flex-end">
      <FileButton onChange={(file) => void importFile(file)} resetRef={resetRef} inputProps={{ 'aria-label': t('bundles.history.receiptFile') }}>
        {(props) => (
          <Button variant="light" {...props} loading={receipt.isPending}>
            {t('bundles.history.importReceipt')}
          </Button>
        )}
      </FileButton>
      {unreadable && (
        <Alert color="red" role="alert">
          {t('bundles.history.receiptUnreadable')}
        </Alert>
      )}
      <IssuesAlert error={error} shownBeside={() => false} />
      {error !== null && error.code !== 'VALIDATION_FAILED' && (
        <Alert color="red" role="alert" title={t('common.errorTitle')}>
          <Text size="sm">{t(`errors.${error.code}`)}</Text>
          {problem !== null && (
            <Text size="sm" mt={4}>
              {t(problem.key, problem.params)}
            </Text>
          )}
        </Alert>
      )}
    </Stack>
  );
}
