import type { AuditEntry } from '@contract/audit';
import { Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AuditFilterValues } from './audit-filter';
import { AUDIT_PAGE_SIZE, auditFilterOf, emptyAuditFilter, isRangeReversed } from './audit-filter';
import { AuditEntryModal } from './AuditEntryModal';
import { AuditExport } from './AuditExport';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { AuditVerify } from './AuditVerify';

/** The audit trail (director only): filter, read page by page, open an entry, verify, export. */
export function AuditPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<AuditFilterValues>(emptyAuditFilter);
  const [page, setPage] = useState(1);
  // Closing keeps the entry, so the dialog keeps its content while it fades out.
  const [detail, setDetail] = useState<{ entry: AuditEntry | null; open: boolean }>({ entry: null, open: false });
  const filter = auditFilterOf(values);
  const reversed = isRangeReversed(values);
  const list = useProcedureQuery(
    'audit.list',
    { filter, limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE },
    // The previous page stays on screen while the next loads; a range the contract would refuse
    // is not asked for (the filter shows why).
    { placeholderData: keepPreviousData, enabled: !reversed },
  );
  const total = list.data?.total ?? 0;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('audit.title')}</Title>
        <Text c="dimmed">{t('audit.intro')}</Text>
      </div>
      <AuditVerify />
      <AuditFilters
        values={values}
        onChange={(next) => {
          setValues(next);
          // A new filter starts from its newest entries.
          setPage(1);
        }}
      />
      <Paper withBorder radius="md">
        <Group justify="flex-end" p="sm">
          <AuditExport filter={filter} disabled={reversed} />
        </Group>
        <ErrorAlert error={list.error} />
        {list.isPending && !reversed && (
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        )}
        {list.data && (
          <AuditTable
            entries={list.data.entries}
            total={total}
            page={page}
            pageCount={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))}
            onPage={setPage}
            onOpen={(entry) => setDetail({ entry, open: true })}
          />
        )}
      </Paper>
      <AuditEntryModal
        entry={detail.entry}
        opened={detail.open}
        onClose={() => setDetail((current) => ({ ...current, open: false }))}
      />
    </Stack>
  );
}
