import type { DuplicateCandidate } from '@contract/residents';
import { Alert, Anchor, Checkbox, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useDateText } from './useDateText';

/** Existing records, each a link to the child's record with the birth date and why it matched. */
function Candidates({ candidates }: { candidates: readonly DuplicateCandidate[] }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  return (
    <List size="sm" spacing={4}>
      {candidates.map((candidate) => (
        <List.Item key={candidate.id}>
          <Anchor component={Link} to={`/residents/${candidate.id}`} fw={500}>
            {candidate.fullName}
          </Anchor>
          <Text span size="sm" c="dimmed">
            {' — '}
            {t('resident.duplicates.born', { date: date(candidate.birthDate) })}, {t(`resident.duplicates.reason.${candidate.reason}`)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** The same FİN or birth certificate is already registered: this child cannot be created again. */
export function BlockingDuplicates({ candidates }: { candidates: readonly DuplicateCandidate[] }) {
  const { t } = useTranslation();
  if (candidates.length === 0) {
    return null;
  }
  return (
    <Alert color="red" role="alert" title={t('resident.duplicates.blockingTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('resident.duplicates.blockingText')}</Text>
        <Candidates candidates={candidates} />
      </Stack>
    </Alert>
  );
}

/**
 * Children with a similar name and the same birth date: maybe this child, maybe not. Creating needs
 * the user's word that it is someone else.
 */
export function SimilarDuplicates({
  candidates,
  confirmed,
  onConfirmedChange,
  error,
}: {
  candidates: readonly DuplicateCandidate[];
  confirmed: boolean;
  onConfirmedChange: (confirmed: boolean) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  if (candidates.length === 0) {
    return null;
  }
  return (
    <Alert color="orange" title={t('resident.duplicates.similarTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('resident.duplicates.similarText')}</Text>
        <Candidates candidates={candidates} />
        <Checkbox
          mt="xs"
          label={t('resident.duplicates.confirm')}
          checked={confirmed}
          onChange={(event) => onConfirmedChange(event.currentTarget.checked)}
          error={error}
        />
      </Stack>
    </Alert>
  );
}
