import type { InstitutionOverview, OverviewFigures } from '@contract/national-overview';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useOverviewText } from './useOverviewText';

/** The figures of a row, in the order of the table's columns. */
const FIGURE_COLUMNS = [
  ['childrenInResidence', (figures: OverviewFigures) => figures.childrenInResidence],
  ['childrenWithDisability', (figures: OverviewFigures) => figures.childrenWithDisability],
  ['childrenInInclusiveEducation', (figures: OverviewFigures) => figures.childrenInInclusiveEducation],
  ['admissions', (figures: OverviewFigures) => figures.admissions],
  ['diversions', (figures: OverviewFigures) => figures.diversions],
  ['familyExits', (figures: OverviewFigures) => figures.exits.family],
  ['transfers', (figures: OverviewFigures) => figures.exits.transfer],
  ['otherExits', (figures: OverviewFigures) => figures.exits.other],
] as const;

/** Where an institution's numbers stand: its newest bundle and, when older, the one the figures come from. */
function BundleCell({ institution }: { institution: InstitutionOverview }) {
  const { t } = useTranslation();
  const text = useOverviewText();
  const { lastBundle, snapshot } = institution;
  if (lastBundle === null) {
    return <Text size="sm">{t('ministryOverview.institutions.noBundle')}</Text>;
  }
  return (
    <>
      <Text size="sm">
        {t('ministryOverview.institutions.bundle', { sequence: lastBundle.sequence, profile: text.profile(lastBundle.profile), date: text.date(lastBundle.createdAt) })}
      </Text>
      {snapshot === null ? (
        <Text size="xs" c="dimmed">
          {t('ministryOverview.institutions.noFigures')}
        </Text>
      ) : (
        snapshot.sequence !== lastBundle.sequence && (
          <Text size="xs" c="dimmed">
            {t('ministryOverview.institutions.figuresFrom', { sequence: snapshot.sequence, date: text.date(snapshot.createdAt) })}
          </Text>
        )
      )}
    </>
  );
}

/**
 * Every enrolled institution with its newest bundle, its figures and its plan's progress; the name
 * leads to the institution's page.
 */
export function InstitutionsTable({ institutions }: { institutions: readonly InstitutionOverview[] }) {
  const { t } = useTranslation();
  const text = useOverviewText();
  const dash = '—';
  return (
    <Table.ScrollContainer minWidth={1280}>
      <Table striped withTableBorder tabularNums captionSide="top">
        <Table.Caption>{t('ministryOverview.institutions.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ministryOverview.institutions.code')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institutions.name')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institutions.region')}</Table.Th>
            <Table.Th scope="col">{t('ministryOverview.institutions.lastBundle')}</Table.Th>
            {FIGURE_COLUMNS.map(([key]) => (
              <Table.Th key={key} scope="col" ta="right">
                {t(`ministryOverview.figures.${key}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('ministryOverview.figures.planProgress')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {institutions.map((institution) => {
            const { figures, plan } = institution;
            return (
              <Table.Tr key={institution.code}>
                <Table.Td>
                  <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {institution.code}
                  </Text>
                </Table.Td>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={`/institutions/${encodeURIComponent(institution.code)}`}>
                    {institution.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{text.region(institution.regionCode)}</Table.Td>
                <Table.Td>
                  <BundleCell institution={institution} />
                </Table.Td>
                {FIGURE_COLUMNS.map(([key, value]) => (
                  <Table.Td key={key} ta="right">
                    {figures === null ? dash : text.number(value(figures))}
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  {plan === null ? (
                    <Text size="sm" c="dimmed">
                      {t('ministryOverview.institutions.noPlan')}
                    </Text>
                  ) : (
                    <>
                      <Text size="sm">{plan.progressPercent === null ? dash : text.percent(plan.progressPercent)}</Text>
                      <Text size="xs" c="dimmed">
                        {t('ministryOverview.institutions.actions', { done: text.number(plan.actionsDone), total: text.number(plan.actionsTotal) })}
                      </Text>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
