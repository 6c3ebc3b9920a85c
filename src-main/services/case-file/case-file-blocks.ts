import type { ReferenceLabel } from '../pdf/reference-labels';
import type { CaseFileLabels } from './case-file-labels';

/** What every section builder needs: the texts, dates and reference labels in one language. */
export type SectionContext = {
  labels: CaseFileLabels;
  /** `YYYY-MM-DD` in words; null stays null. */
  date: (value: string | null) => string | null;
  label: ReferenceLabel;
  /** The day the file is made, `YYYY-MM-DD`. */
  today: string;
};
