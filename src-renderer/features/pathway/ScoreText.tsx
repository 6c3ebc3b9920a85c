import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Colours from serious concern (1) to doing well (4); the number and meaning are always written too. */
const SCORE_COLORS: Readonly<Record<number, string>> = {
  1: 'var(--mantine-color-red-7)',
  2: 'var(--mantine-color-orange-6)',
  3: 'var(--mantine-color-lime-7)',
  4: 'var(--mantine-color-teal-7)',
};

/** The colour of a score, for marks beside its written form. */
export function scoreColor(score: number): string {
  return SCORE_COLORS[score] ?? 'var(--mantine-color-gray-6)';
}

/** A score in words: "2 — Some concern". */
export function useScoreText(): (score: number) => string {
  const { t } = useTranslation();
  return (score) => t('pathway.scoreText', { score, meaning: t(`pathway.scores.${score}`) });
}

/** A score with its meaning, after a dot in its colour. */
export function ScoreText({ score }: { score: number }) {
  const scoreText = useScoreText();
  return (
    <Group gap={8} wrap="nowrap" align="center">
      <Box w={10} h={10} style={{ borderRadius: '50%', background: scoreColor(score), flex: 'none' }} aria-hidden="true" />
      <Text size="sm">{scoreText(score)}</Text>
    </Group>
  );
}
