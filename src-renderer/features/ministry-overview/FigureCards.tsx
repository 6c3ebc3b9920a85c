import type { OverviewFigures } from '@contract/national-overview';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useOverviewText } from './useOverviewText';

/** One card: what it counts, its value, and a line beneath when the number needs one. */
export type Figure = { key: string; label: string; value: string; hint?: string };

/**
 * The figures of a snapshot (or their sum) as stat cards, after any cards of `before`, in a
 * description list: each card's term is what it counts and its definition the number, so a screen
 * reader reads them as pairs. Transfers are said to be no family placement.
 */
export function FigureCards({ figures, before = [] }: { figures: OverviewFigures; before?: readonly Figure[] }) {
  const { t } = useTranslation();
  const { number } = useOverviewText();
  const cards: Figure[] = [
    ...before,
    { key: 'childrenInResidence', label: t('ministryOverview.figures.childrenInResidence'), value: number(figures.childrenInResidence) },
    { key: 'childrenWithDisability', label: t('ministryOverview.figures.childrenWithDisability'), value: number(figures.childrenWithDisability) },
    { key: 'childrenInInclusiveEducation', label: t('ministryOverview.figures.childrenInInclusiveEducation'), value: number(figures.childrenInInclusiveEducation) },
    { key: 'admissions', label: t('ministryOverview.figures.admissions'), value: number(figures.admissions) },
    { key: 'diversions', label: t('ministryOverview.figures.diversions'), value: number(figures.diversions) },
    { key: 'familyExits', label: t('ministryOverview.figures.familyExits'), value: number(figures.exits.family) },
    { key: 'transfers', label: t('ministryOverview.figures.transfers'), value: number(figures.exits.transfer), hint: t('ministryOverview.figures.transfersHint') },
    { key: 'otherExits', label: t('ministryOverview.figures.otherExits'), value: number(figures.exits.other) },
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" m={0}>
      {cards.map((card) => (
        <Paper key={card.key} withBorder radius="md" p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {card.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz="xl">
            {card.value}
          </Text>
          {card.hint !== undefined && (
            // A second definition of the same term: read after the number, never mistaken for it.
            <Text component="dd" m={0} size="xs" c="red.8">
              {card.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
