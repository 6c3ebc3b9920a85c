import type { GatekeepingDecision } from '@contract/gatekeeping';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Admission in orange (what gatekeeping tries to avoid), the diversions in teal (the child stays in
 * a family), refusal in grey, a request still open in blue.
 */
const colors: Record<GatekeepingDecision, string> = {
  pending: 'blue',
  admitted: 'orange',
  diverted_family_support: 'teal',
  referred_services: 'teal',
  kinship_foster: 'teal',
  refused: 'gray',
};

/** A request's decision, named in the UI language. */
export function DecisionBadge({ decision }: { decision: GatekeepingDecision }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[decision]} variant="light" tt="none" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {t(`gatekeeping.decisions.${decision}`)}
    </Badge>
  );
}
