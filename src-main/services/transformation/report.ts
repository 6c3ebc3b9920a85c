import type { Language } from '../../contract/common';
import { calendarDate } from '../../contract/dates';
import type { CoreDeps } from '../context';
import { indicatorDashboard } from '../indicators/dashboard';
import { getProfile } from '../institution/institution-service';
import { asciiFileName } from '../pdf/file-name';
import { documentFonts } from '../pdf/pdf-fonts';
import { renderPdf } from '../pdf/pdf-layout';
import { referenceLabeler } from '../pdf/reference-labels';
import { planView } from './plan-data';
import { reportContent } from './report-content';

/**
 * The transformation plan's report as an A4 PDF in `language`, dated today: the plan and its
 * approval, the baseline and the director's facts, progress by phase with every action, new
 * services, retraining, budget, building, the indicators, and exits with transfers apart.
 * NOT_FOUND for an unknown plan. Read through the plan's and the indicators' own services, so the
 * report shows exactly what their screens show. The file name is ASCII, after the institution's code.
 */
export async function transformationReport(deps: CoreDeps, planId: string, language: Language): Promise<{ fileName: string; pdfBase64: string }> {
  const now = deps.clock.now();
  const today = calendarDate(now);
  const plan = planView(deps.db, planId, today);
  const institution = getProfile(deps.db);
  const data = { institution, plan, indicators: indicatorDashboard(deps.db, planId, today) };
  const content = reportContent(data, language, today, referenceLabeler(deps.db, language));
  const pdf = await renderPdf(content, documentFonts(), now);
  return { fileName: asciiFileName('transformation-report', institution.code, today), pdfBase64: Buffer.from(pdf).toString('base64') };
}
