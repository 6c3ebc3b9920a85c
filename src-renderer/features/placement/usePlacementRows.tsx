import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useReferenceLabel } from '../institution/useReferenceLabel';
import type { FieldRow } from '../resident/FieldList';
import { useDateText } from '../resident/useDateText';
import type { DestinationKind } from './placement-form';

/** What a placement and an exit about to be saved have in common. */
export type PlacementDetails = {
  decision: { bodyCode: string; number: string | null; date: string | null };
  destination: { kind: DestinationKind; name: string | null; phone: string | null; address: string | null };
  note: string | null;
};

/**
 * Rows of a placement's decision, destination and note. `hidden`: an adopted child's new family is
 * shown to the director only, so others read "hidden" where the core sent nothing.
 */
export function usePlacementRows(): (details: PlacementDetails, hidden: boolean) => FieldRow[] {
  const { t } = useTranslation();
  const { date } = useDateText();
  const body = useReferenceLabel('decision_body');
  const secret: ReactNode = (
    <Text span size="sm" c="dimmed" fs="italic">
      {t('placement.hidden')}
    </Text>
  );
  return ({ decision, destination, note }, hidden) => {
    const decisionText = [
      body(decision.bodyCode),
      decision.number === null ? null : t('placement.list.number', { number: decision.number }),
      date(decision.date),
    ]
      .filter((part) => part !== null && part !== '')
      .join(', ');
    const contact: FieldRow[] =
      destination.kind === 'none'
        ? []
        : [
            {
              label: destination.kind === 'institution' ? t('placement.fields.institutionName') : t('placement.fields.personName'),
              value: hidden ? secret : destination.name,
            },
            { label: t('placement.fields.phone'), value: hidden ? secret : destination.phone },
            { label: t('placement.fields.address'), value: hidden ? secret : destination.address },
          ];
    return [
      { label: t('placement.list.decision'), value: decisionText },
      { label: t('placement.fields.destinationKind'), value: t(`placement.kind.${destination.kind}`) },
      ...contact,
      { label: t('placement.fields.note'), value: hidden ? secret : note },
    ];
  };
}
