import type { Assessment } from '@contract/assessments';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import { ScoreText } from './ScoreText';

/** The assessments made so far, newest first (as the core lists them): who, scores, notes, summary. */
export function AssessmentHistory({ assessments, domainLabel }: { assessments: readonly Assessment[]; domainLabel: (code: string) => string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {t('pathway.assessments.history')}
        </Title>
        {assessments.map((assessment) => (
          <AssessmentCard key={assessment.id} assessment={assessment} domainLabel={domainLabel} />
        ))}
      </Stack>
    </section>
  );
}

function AssessmentCard({ assessment, domainLabel }: { assessment: Assessment; domainLabel: (code: string) => string }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const heading = t('pathway.assessments.heading', { date: date(assessment.date) });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={heading}>
      <Stack gap="xs">
        <div>
          <Text fw={600}>{heading}</Text>
          <Text size="sm" c="dimmed">
            {t('pathway.assessments.assessor', { name: assessment.assessorName })}
          </Text>
        </div>
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={6} aria-label={t('pathway.assessments.scoresOf', { date: date(assessment.date) })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('pathway.assessments.domain')}</Table.Th>
                <Table.Th scope="col">{t('pathway.chart.score')}</Table.Th>
                <Table.Th scope="col">{t('pathway.assessments.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assessment.scores.map((score) => (
                <Table.Tr key={score.domainCode}>
                  <Table.Th scope="row" fw={500}>
                    {domainLabel(score.domainCode)}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <ScoreText score={score.score} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{score.note ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {assessment.summary !== null && (
          <div>
            <Text size="sm" fw={500}>
              {t('pathway.assessments.summary')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {assessment.summary}
            </Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
