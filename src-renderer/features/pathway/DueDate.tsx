import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { isOverdue } from './score-series';

/**
 * When something is next due, as a sentence (`text` already holds the date in words). Once the day
 * has passed the sentence turns red and carries an "Overdue" badge, so it is not told by colour alone.
 */
export function DueDate({ text, due, today }: { text: string; due: string; today: string }) {
  const { t } = useTranslation();
  const overdue = isOverdue(due, today);
  return (
    <Group gap="xs">
      <Text fw={500} c={overdue ? 'red.7' : undefined}>
        {text}
      </Text>
      {overdue && (
        <Badge color="red" variant="filled" tt="none">
          {t('pathway.overdue')}
        </Badge>
      )}
    </Group>
  );
}
