import type { Language } from '../../../contract/common';
import { calendarDate } from '../../../contract/dates';
import type { CoreDeps } from '../../context';
import { asciiFileName } from '../../pdf/file-name';
import { documentFonts } from '../../pdf/pdf-fonts';
import { renderPdf } from '../../pdf/pdf-layout';
import { referenceLabeler } from '../../pdf/reference-labels';
import { getMinistry } from '../installation';
import { nationalOverview } from './national-overview';
import { summaryContent } from './summary-content';

/**
 * The national overview as an A4 PDF in `language`, dated today, the ministry's name atop it:
 * totals, regions, institutions, plan progress and the trend of the last `months` months. The same
 * figures as the overview's screen, computed by the same service; aggregates only, no child is
 * named. SETUP_REQUIRED outside a ministry installation; VALIDATION_FAILED for bad `months`.
 */
export async function summaryPdf(deps: CoreDeps, options: { months: number; language: Language }): Promise<{ fileName: string; bytes: Buffer }> {
  const ministry = getMinistry(deps.db);
  const now = deps.clock.now();
  const today = calendarDate(now);
  const overview = nationalOverview(deps.db, { today, months: options.months });
  const label = referenceLabeler(deps.db, options.language);
  const content = summaryContent({ overview, ministryName: ministry.name, regionName: (code) => label('region', code) }, options.language);
  const pdf = await renderPdf(content, documentFonts(), now);
  return { fileName: asciiFileName('national-overview', ministry.name, today), bytes: Buffer.from(pdf) };
}
