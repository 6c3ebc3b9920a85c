import { isAllowed } from '@contract/access';
import type { Role } from '@contract/common';
import { Button, Center, CloseButton, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorAlert } from '../../components/ErrorAlert';
import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { ColumnsMenu } from './ColumnsMenu';
import type { ResidentColumnId } from './resident-columns';
import { loadResidentColumns, storeResidentColumns } from './resident-columns';
import type { ResidentFilterValues, ResidentSort, ResidentSortKey } from './resident-filter';
import { defaultResidentFilter, defaultResidentSort, isDefaultFilter, nextSort, toListFilter } from './resident-filter';
import { buildSearchIndex, searchResidents } from './resident-search';
import { ResidentFilters } from './ResidentFilters';
import { ResidentsTable } from './ResidentsTable';
import { useResidentsList } from './useResidentsList';

/**
 * The children of the institution: search as you type, filters, sorting, columns of one's choice.
 * Filters and order are the core's work (one call per combination, names in Azerbaijani order);
 * the search box narrows the loaded rows in the page, so typing never waits for the core.
 */
export function ResidentsPage({ role }: { role: Role }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [filter, setFilter] = useState<ResidentFilterValues>(defaultResidentFilter);
  const [sort, setSort] = useState<ResidentSort>(defaultResidentSort);
  const [query, setQuery] = useState('');
  const [columns, setColumns] = useState<ResidentColumnId[]>(loadResidentColumns);
  const listFilter = useMemo(() => toListFilter(filter), [filter]);
  const list = useResidentsList({ filter: listFilter, sort });
  // The box shows each key at once; the table follows when there is time, so typing never stutters.
  const deferredQuery = useDeferredValue(query);
  const searching = deferredQuery.trim() !== '';
  // Folded only once someone searches: the list's first paint does not wait for it.
  const searchIndex = useMemo(() => (searching ? buildSearchIndex(list.data?.rows ?? []) : null), [list.data, searching]);
  const rows = useMemo(
    () => (searchIndex === null ? (list.data?.rows ?? []) : searchResidents(searchIndex, deferredQuery)),
    [list.data, searchIndex, deferredQuery],
  );

  // Stable handlers: the filters and the table skip the renders that only the search box needs.
  const changeColumns = useCallback((next: ResidentColumnId[]) => {
    setColumns(next);
    storeResidentColumns(next);
  }, []);
  const changeSort = useCallback((by: ResidentSortKey) => setSort((current) => nextSort(current, by)), []);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('residents.title')}</Title>
          <Text c="dimmed">{t('residents.intro')}</Text>
        </div>
        {isAllowed('residents.create', role) && (
          <Button component={Link} to="/residents/new">
            {t('residents.newChild')}
          </Button>
        )}
      </Group>
      <TextInput
        type="search"
        label={t('residents.search.label')}
        placeholder={t('residents.search.placeholder')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        rightSection={
          query === '' ? null : <CloseButton aria-label={t('residents.search.clear')} onClick={() => setQuery('')} />
        }
      />
      <ResidentFilters values={filter} onChange={setFilter} />
      <Group justify="space-between">
        <Group gap="xs">
          {/* Announced politely as the search narrows the list. */}
          <Text role="status" fw={500}>
            {list.data ? t('residents.count', { count: formatNumber(rows.length, language) }) : ''}
          </Text>
          {list.isFetching && list.data && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={() => setFilter(defaultResidentFilter)} disabled={isDefaultFilter(filter)}>
            {t('residents.filters.clear')}
          </Button>
          <ColumnsMenu columns={columns} onChange={changeColumns} />
        </Group>
      </Group>
      <ErrorAlert error={list.error} />
      {list.isPending && (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      )}
      {list.data && rows.length === 0 && (
        <Paper withBorder radius="md" p="xl">
          <Text ta="center" c="dimmed">
            {!searching && isDefaultFilter(filter) ? t('residents.empty') : t('residents.noMatches')}
          </Text>
        </Paper>
      )}
      {list.data && rows.length > 0 && (
        <ResidentsTable
          rows={rows}
          answer={list.data}
          columns={columns}
          sort={sort}
          onSort={changeSort}
          scrollResetKey={JSON.stringify([deferredQuery, listFilter, sort])}
        />
      )}
    </Stack>
  );
}
