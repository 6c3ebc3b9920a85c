import type { ReferenceKind } from '@contract/reference';
import { ageGroups } from '@contract/residents';
import type { PlanBaseline } from '@contract/transformation-views';
import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { useReferenceLabel } from '../institution/useReferenceLabel';
import { useDateText } from '../resident/useDateText';

/**
 * The children in the institution's care on the day the plan was made, as the records said then
 * (counted once, never recomputed): by age and sex, the main shares, legal statuses, admission reasons.
 */
export function BaselineTables({ baseline }: { baseline: PlanBaseline }) {
  const { t } = useTranslation();
  const { date } = useDateText();
  const headingId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <div>
        <Title order={2} size="h4" id={headingId}>
          {t('transformation.baseline.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('transformation.baseline.asOf', { date: date(baseline.asOf) })}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <AgeSexTable baseline={baseline} />
        <SummaryTable baseline={baseline} />
        <CodeTable kind="legal_status" title={t('transformation.baseline.byLegalStatus')} column={t('transformation.baseline.legalStatus')} rows={baseline.byLegalStatus} />
        <CodeTable
          kind="admission_reason"
          title={t('transformation.baseline.byAdmissionReason')}
          column={t('transformation.baseline.reason')}
          note={t('transformation.baseline.reasonsNote')}
          rows={baseline.byAdmissionReason}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Number formatting in the UI language. */
function useNumber(): (value: number) => string {
  const language = useLanguage();
  return (value) => formatNumber(value, language);
}

function AgeSexTable({ baseline }: { baseline: PlanBaseline }) {
  const { t } = useTranslation();
  const number = useNumber();
  const rows = ageGroups.map((group) => baseline.byAgeGroup.find((row) => row.group === group) ?? { group, male: 0, female: 0 });
  const boys = rows.reduce((sum, row) => sum + row.male, 0);
  const girls = rows.reduce((sum, row) => sum + row.female, 0);
  return (
    <Table withTableBorder tabularNums captionSide="top">
      <Table.Caption>{t('transformation.baseline.byAge')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('transformation.baseline.ageGroup')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('transformation.baseline.boys')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('transformation.baseline.girls')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('transformation.baseline.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.group}>
            <Table.Th scope="row" fw="normal">
              {t(`residentEnums.ageGroup.${row.group}`)}
            </Table.Th>
            <Table.Td ta="right">{number(row.male)}</Table.Td>
            <Table.Td ta="right">{number(row.female)}</Table.Td>
            <Table.Td ta="right">{number(row.male + row.female)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr fw={700}>
          <Table.Th scope="row">{t('transformation.baseline.allChildren')}</Table.Th>
          <Table.Td ta="right">{number(boys)}</Table.Td>
          <Table.Td ta="right">{number(girls)}</Table.Td>
          <Table.Td ta="right">{number(boys + girls)}</Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** The total and the children with a disability and with family contact, each with its share of all. */
function SummaryTable({ baseline }: { baseline: PlanBaseline }) {
  const { t } = useTranslation();
  const number = useNumber();
  const share = (count: number) => (baseline.total === 0 ? '—' : t('transformation.percent', { value: Math.round((count / baseline.total) * 100) }));
  const rows: [label: string, count: number, share: string][] = [
    [t('transformation.baseline.children'), baseline.total, ''],
    [t('transformation.baseline.withDisability'), baseline.withDisability, share(baseline.withDisability)],
    [t('transformation.baseline.withFamilyContact'), baseline.withFamilyContact, share(baseline.withFamilyContact)],
  ];
  return (
    <Stack gap={4}>
      <Table withTableBorder tabularNums captionSide="top">
        <Table.Caption>{t('transformation.baseline.summary')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('transformation.baseline.what')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transformation.baseline.count')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transformation.baseline.share')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([label, count, part]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw="normal">
                {label}
              </Table.Th>
              <Table.Td ta="right">{number(count)}</Table.Td>
              <Table.Td ta="right">{part}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('transformation.baseline.contactNote')}
      </Text>
    </Stack>
  );
}

/** Children per reference code (legal statuses, admission reasons), in the reference data's order. */
function CodeTable({
  kind,
  title,
  column,
  note,
  rows,
}: {
  kind: ReferenceKind;
  title: string;
  column: string;
  note?: string;
  rows: PlanBaseline['byLegalStatus'];
}) {
  const { t } = useTranslation();
  const number = useNumber();
  const label = useReferenceLabel(kind);
  return (
    <Stack gap={4}>
      <Table withTableBorder tabularNums captionSide="top">
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{column}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('transformation.baseline.count')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={2}>
                <Text size="sm" c="dimmed">
                  {t('transformation.baseline.none')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
          {rows.map((row) => (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw="normal">
                {label(row.code)}
              </Table.Th>
              <Table.Td ta="right">{number(row.count)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {note !== undefined && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Stack>
  );
}
