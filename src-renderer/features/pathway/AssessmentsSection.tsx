import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import { calendarDate } from '@contract/dates';
import type { ResidentRecord } from '@contract/residents';
import { Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useProcedureQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SectionFrame } from '../resident/SectionFrame';
import { useDateText } from '../resident/useDateText';
import { AssessmentHistory } from './AssessmentHistory';
import { AssessmentModal } from './AssessmentModal';
import { DueDate } from './DueDate';
import { scoreSeries } from './score-series';
import { ScoreCharts } from './ScoreCharts';
import { useDomains } from './useDomains';

/**
 * The child's periodic assessments: when the next is due (marked once overdue), each domain's
 * scores over time, and every assessment made, newest first. Recorders add new ones.
 */
export function AssessmentsSection({ record, role }: { record: ResidentRecord; role: Role }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const list = useProcedureQuery('assessments.list', { residentId: record.id });
  const domains = useDomains();
  const [opened, setOpened] = useState(false);
  const canAdd = isAllowed('assessments.add', role);
  const today = calendarDate(new Date());
  const history = list.data?.assessments ?? [];
  return (
    <SectionFrame
      title={t('pathway.tabs.assessments')}
      canEdit={false}
      actions={
        canAdd && (
          <Button size="compact-sm" onClick={() => setOpened(true)}>
            {t('pathway.assessments.add')}
          </Button>
        )
      }
    >
      <ErrorAlert error={list.error} />
      {list.isPending && (
        <Center py="md">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {list.data !== undefined && (
        <Stack gap="lg">
          {list.data.nextDue !== null && (
            <DueDate text={t('pathway.assessments.nextDue', { date: date(list.data.nextDue) })} due={list.data.nextDue} today={today} />
          )}
          {history.length === 0 ? (
            <Text c="dimmed">{t('pathway.assessments.none')}</Text>
          ) : (
            <>
              <ScoreCharts series={scoreSeries(history, domains.order)} domainLabel={domains.label} />
              <AssessmentHistory assessments={history} domainLabel={domains.label} />
            </>
          )}
        </Stack>
      )}
      {canAdd && <AssessmentModal record={record} opened={opened} onClose={() => setOpened(false)} />}
    </SectionFrame>
  );
}
