import type { PlanComponent } from '@contract/transformation';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A phase as named: the director's own title, else its template component's name in the UI language. */
export function usePhaseName(): (phase: { componentCode: PlanComponent | null; customTitle: string | null }) => string {
  const { t } = useTranslation();
  return useCallback(
    (phase) => phase.customTitle ?? (phase.componentCode === null ? '' : t(`transformationComponents.${phase.componentCode}`)),
    [t],
  );
}
