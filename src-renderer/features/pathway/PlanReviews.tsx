import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDateText } from '../resident/useDateText';
import type { PlanReview } from './plan-form';

/** The plan's review meetings, newest first (as the core lists them). */
export function PlanReviews({ reviews }: { reviews: readonly PlanReview[] }) {
  const { t } = useTranslation();
  if (reviews.length === 0) {
    return <Text c="dimmed">{t('pathway.plan.noReviews')}</Text>;
  }
  return (
    <Stack gap="sm">
      {reviews.map((review) => (
        <ReviewCard key={review.id} review={review} />
      ))}
    </Stack>
  );
}

function ReviewCard({ review }: { review: PlanReview }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const heading = t('pathway.plan.reviewOf', { date: date(review.date) });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={heading}>
      <Stack gap="xs">
        <Text fw={600}>{heading}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Labelled label={t('pathway.plan.participants')} text={review.participants} />
          <Labelled label={t('pathway.plan.decisions')} text={review.decisions} />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          {t('pathway.plan.reviewNext', { date: date(review.nextReviewDate) })}
        </Text>
      </Stack>
    </Paper>
  );
}

function Labelled({ label, text }: { label: string; text: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {text}
      </Text>
    </div>
  );
}
