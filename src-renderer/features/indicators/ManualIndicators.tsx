import type { IndicatorDashboard } from '@contract/indicators';
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { CardMonths } from './IndicatorCard';
import { IndicatorCard } from './IndicatorCard';
import { ManualIndicatorModal } from './ManualIndicatorModal';
import { RecordValueModal } from './RecordValueModal';

type Manual = IndicatorDashboard['manual'][number];

/**
 * The indicators the director keeps by hand, apart from the computed ones and marked as typed in,
 * so nobody takes them for figures the records prove.
 */
export function ManualIndicators({
  planId,
  indicators,
  months,
  canEdit,
  canRecord,
}: {
  planId: string;
  indicators: readonly Manual[];
  months: Omit<CardMonths, 'baselineMonth'>;
  canEdit: boolean;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<{ indicator: Manual | null } | null>(null);
  const [recording, setRecording] = useState<Manual | null>(null);
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {t('indicators.manual.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('indicators.manual.intro')}
            </Text>
          </div>
          {canEdit && (
            <Button variant="light" onClick={() => setEditing({ indicator: null })}>
              {t('indicators.manual.add')}
            </Button>
          )}
        </Group>
        {indicators.length === 0 ? (
          <Text size="sm">{t('indicators.manual.none')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {indicators.map((indicator) => (
              <IndicatorCard
                key={indicator.id}
                indicator={{
                  ...indicator,
                  explanation: null,
                  source: 'manual',
                  unit: null,
                  unitLine: indicator.unit === null ? null : t('indicators.unitOnly', { unit: indicator.unit }),
                  notFamily: false,
                }}
                months={{ ...months, baselineMonth: null }}
                actions={
                  canEdit || canRecord ? (
                    <>
                      {canRecord && (
                        <Button size="xs" variant="light" aria-label={t('indicators.manual.record', { name: indicator.name })} onClick={() => setRecording(indicator)}>
                          {t('indicators.manual.recordShort')}
                        </Button>
                      )}
                      {canEdit && (
                        <Button size="xs" variant="default" aria-label={t('indicators.manual.edit', { name: indicator.name })} onClick={() => setEditing({ indicator })}>
                          {t('indicators.manual.editShort')}
                        </Button>
                      )}
                    </>
                  ) : undefined
                }
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      <ManualIndicatorModal opened={editing !== null} planId={planId} indicator={editing?.indicator ?? null} onClose={() => setEditing(null)} />
      <RecordValueModal indicator={recording} defaultMonth={months.toMonth} onClose={() => setRecording(null)} />
    </section>
  );
}
