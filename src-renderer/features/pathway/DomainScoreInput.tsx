import { Group, Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { DomainEntry } from './assessment-form';
import { SCORES, scoreOf } from './assessment-form';
import { useScoreText } from './ScoreText';

const NONE = 'none';

/**
 * One domain of an assessment: not scored, or a score from 1 to 4 with its meaning (radio buttons:
 * one Tab stop, arrow keys choose), and, once scored, a note.
 */
export function DomainScoreInput({
  label,
  entry,
  onChange,
  scoreError,
  noteError,
}: {
  label: string;
  entry: DomainEntry;
  onChange: (entry: DomainEntry) => void;
  scoreError: string | undefined;
  noteError: string | undefined;
}) {
  const { t } = useTranslation();
  const scoreText = useScoreText();
  return (
    <Stack gap={6}>
      <Radio.Group
        label={label}
        value={entry.score === null ? NONE : String(entry.score)}
        onChange={(value) => onChange({ ...entry, score: scoreOf(value) })}
        error={scoreError}
      >
        <Group gap="md" mt={6}>
          <Radio value={NONE} label={t('pathway.assessments.notScored')} />
          {SCORES.map((score) => (
            <Radio key={score} value={String(score)} label={scoreText(score)} />
          ))}
        </Group>
      </Radio.Group>
      {entry.score !== null && (
        <Textarea
          label={t('pathway.assessments.noteOf', { domain: label })}
          value={entry.note}
          onChange={(event) => onChange({ ...entry, note: event.currentTarget.value })}
          error={noteError}
          autosize
          minRows={1}
          maxRows={6}
        />
      )}
    </Stack>
  );
}
