import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import { calendarDate } from '@contract/dates';
import type { GatekeepingRequest } from '@contract/gatekeeping';
import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { DecideModal } from './DecideModal';
import type { GatekeepingFilterValues } from './gatekeeping-filter';
import { emptyGatekeepingFilter, hasFilter, isRangeReversed, listInputOf } from './gatekeeping-filter';
import { GatekeepingFilters } from './GatekeepingFilters';
import { GatekeepingSummary } from './GatekeepingSummary';
import type { RequestAction, RequestPermissions } from './GatekeepingTable';
import { GatekeepingTable } from './GatekeepingTable';
import { RequestFormModal } from './RequestFormModal';

/**
 * Which dialog is open, and for which request. Closing keeps the request, so a dialog keeps its text
 * while it fades out.
 */
type Dialog = { kind: 'create' | RequestAction | null; request: GatekeepingRequest | null };

/**
 * The gatekeeping register: every request to admit a child, what was decided, and how admissions
 * compare with diversions. `today` (`YYYY-MM-DD`) is the window's calendar day unless a test pins it.
 */
export function GatekeepingPage({ role, today = calendarDate(new Date()) }: { role: Role; today?: string }) {
  const { t } = useTranslation();
  const registerId = useId();
  const [filter, setFilter] = useState<GatekeepingFilterValues>(emptyGatekeepingFilter);
  const [dialog, setDialog] = useState<Dialog>({ kind: null, request: null });
  const reversed = isRangeReversed(filter);
  // The previous rows stay while a new filter loads; a reversed range is not asked for (the filter says why).
  const list = useProcedureQuery('gatekeeping.list', listInputOf(filter), { placeholderData: keepPreviousData, enabled: !reversed });
  const can: RequestPermissions = {
    edit: isAllowed('gatekeeping.update', role),
    decide: isAllowed('gatekeeping.decide', role),
    // Admitting is registering the child, so it needs that right too.
    admit: isAllowed('residents.create', role),
  };
  const close = () => setDialog((current) => ({ ...current, kind: null }));
  const formOpen = dialog.kind === 'create' || dialog.kind === 'edit';
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={1}>{t('gatekeeping.title')}</Title>
            <Text c="dimmed">{t('gatekeeping.intro')}</Text>
          </div>
          {isAllowed('gatekeeping.create', role) && (
            <Button onClick={() => setDialog({ kind: 'create', request: null })} style={{ flexShrink: 0 }}>
              {t('gatekeeping.newRequest')}
            </Button>
          )}
        </Group>
        <Alert color="teal" variant="light" title={t('gatekeeping.aimTitle')}>
          {t('gatekeeping.aim')}
        </Alert>
      </Stack>
      <section aria-labelledby={registerId}>
        <Stack gap="md">
          <Title order={2} size="h3" id={registerId}>
            {t('gatekeeping.register.title')}
          </Title>
          <GatekeepingFilters values={filter} onChange={setFilter} />
          <Paper withBorder radius="md">
            <ErrorAlert error={list.error} />
            {list.isPending && !reversed && (
              <Center py="xl">
                <Loader aria-label={t('common.loading')} />
              </Center>
            )}
            {list.data !== undefined && list.data.length === 0 && (
              <Text c="dimmed" p="md">
                {hasFilter(filter) ? t('gatekeeping.register.noneFiltered') : t('gatekeeping.register.none')}
              </Text>
            )}
            {list.data !== undefined && list.data.length > 0 && (
              <GatekeepingTable requests={list.data} can={can} onAction={(kind, request) => setDialog({ kind, request })} />
            )}
          </Paper>
        </Stack>
      </section>
      <GatekeepingSummary today={today} />
      <RequestFormModal
        opened={formOpen}
        request={dialog.kind === 'create' ? null : dialog.request}
        today={today}
        onClose={close}
      />
      <DecideModal opened={dialog.kind === 'decide'} request={dialog.request} today={today} onClose={close} />
    </Stack>
  );
}
