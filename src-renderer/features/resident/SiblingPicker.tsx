import { fullNameOf } from '@contract/residents';
import { Anchor, Button, Group, Input, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useProcedureQuery } from '../../api/hooks';
import { useDateText } from './useDateText';

/** The shortest search worth asking for; one letter matches half the register. */
const MIN_QUERY = 2;

/**
 * Links a sibling in care to their own record: a search over names, FİN and certificates, and the
 * matches to choose from. The child whose record this is never appears among them.
 */
export function SiblingPicker({
  residentId,
  linkedId,
  linkedName,
  onChange,
}: {
  residentId: string;
  linkedId: string | null;
  linkedName: string | null;
  onChange: (sibling: { id: string; name: string } | null) => void;
}) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const search = useProcedureQuery('residents.search', { query: debounced, limit: 10 }, { enabled: linkedId === null && debounced.length >= MIN_QUERY });
  if (linkedId !== null) {
    return (
      <Input.Wrapper label={t('resident.family.linkedSibling')}>
        <Group gap="sm" mt={4}>
          <Anchor component={Link} to={`/residents/${linkedId}`}>
            {linkedName ?? t('resident.family.linkedRecord')}
          </Anchor>
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onChange(null)}>
            {t('resident.family.unlink')}
          </Button>
        </Group>
      </Input.Wrapper>
    );
  }
  const matches = (search.data ?? []).filter((match) => match.id !== residentId);
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('resident.family.findSibling')}
        description={t('resident.family.findSiblingHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        rightSection={search.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
        autoComplete="off"
      />
      {debounced.length >= MIN_QUERY && search.isSuccess && matches.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('common.nothingFound')}
        </Text>
      )}
      {matches.length > 0 && (
        <Stack gap={4} role="list" aria-label={t('resident.family.matches')}>
          {matches.map((match) => {
            const name = fullNameOf(match);
            return (
              <Group key={match.id} justify="space-between" role="listitem" wrap="nowrap">
                <Text size="sm">
                  {name}{' '}
                  <Text span size="sm" c="dimmed">
                    {t('resident.duplicates.born', { date: date(match.birthDate) })}
                  </Text>
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  aria-label={t('resident.family.chooseSibling', { name })}
                  onClick={() => onChange({ id: match.id, name })}
                >
                  {t('resident.family.choose')}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
