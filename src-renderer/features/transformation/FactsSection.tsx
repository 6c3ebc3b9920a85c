import { Button, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { formatNumber } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import type { FieldRow } from '../resident/FieldList';
import { FieldList } from '../resident/FieldList';
import { FactsModal } from './FactsModal';
import { formatAzn } from './money';
import type { TransformationPlan } from './plan-form';

const STAFF_KEYS = ['total', 'care', 'teachers', 'medical', 'other'] as const;

/** The director's facts beside the counted baseline: staff, budget (in manat), building; the director changes them. */
export function FactsSection({ plan, canEdit }: { plan: TransformationPlan; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [session, setSession] = useState(0);
  const { staff, budget, building } = plan.facts;
  const number = (value: number | null) => (value === null ? null : formatNumber(value, language));
  const fact = (field: string, value: string | null): FieldRow => ({ label: t(`transformation.facts.${field}`), value });
  const staffRows = STAFF_KEYS.map((key) => fact(`staff.${key}`, number(staff[key])));
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id={headingId}>
          {t('transformation.facts.title')}
        </Title>
        {canEdit && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              setSession((current) => current + 1);
              setEditing(true);
            }}
          >
            {t('transformation.facts.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <FactGroup title={t('transformation.facts.staff.title')} rows={staffRows} />
        <FactGroup
          title={t('transformation.facts.budget.title')}
          rows={[
            fact('budget.year', budget.year === null ? null : String(budget.year)),
            fact('budget.annualQepik', budget.annualQepik === null ? null : formatAzn(budget.annualQepik, language)),
          ]}
        />
        <FactGroup
          title={t('transformation.facts.building.title')}
          rows={[
            fact('building.places', number(building.places)),
            fact('building.floorAreaM2', building.floorAreaM2 === null ? null : t('transformation.facts.squareMetres', { value: number(building.floorAreaM2) })),
            fact('building.buildings', number(building.buildings)),
            fact('building.condition', building.condition),
          ]}
        />
      </SimpleGrid>
      {canEdit && <FactsModal plan={plan} opened={editing} session={session} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function FactGroup({ title, rows }: { title: string; rows: FieldRow[] }) {
  const headingId = useId();
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {title}
      </Title>
      <FieldList rows={rows} labelWidth={150} />
    </Stack>
  );
}
