import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { World } from '../../../../test/helpers/overview-fixture';
import { openWorld, TODAY } from '../../../../test/helpers/overview-fixture';
import type { Language } from '../../../contract/common';
import type { NationalOverview } from '../../../contract/national-overview';
import { formatNumber } from '../../pdf/pdf-text';
import { nationalOverview } from './national-overview';
import { summaryLabels } from './summary-labels';
import { summaryPdf } from './summary-pdf';

/*
 * The world of the overview's tests (two institutions that really exported their bundles, one
 * named and one statistical, and a ministry that imported them), printed as the summary.
 */

let world: World;
let overview: NationalOverview;

beforeAll(async () => {
  world = await openWorld();
  overview = nationalOverview(world.ministry.core.deps.db, { today: TODAY, months: 24 });
}, 240_000);

afterAll(() => world.close());

/** The PDF's text, item by item, one per line (no-break spaces as plain ones), and its title. */
async function read(bytes: Buffer): Promise<{ text: string; title: unknown; pages: number }> {
  const loading = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  try {
    const pdf = await loading.promise;
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str : ''))
          .filter((line) => line.trim() !== '')
          .join('\n'),
      );
    }
    const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
    return { text: pages.join('\n').replace(/\u00a0/g, ' '), title: info.Title, pages: pdf.numPages };
  } finally {
    await loading.destroy();
  }
}

async function summaryIn(language: Language) {
  const file = await summaryPdf(world.ministry.core.deps, { months: 24, language });
  return { file, ...(await read(file.bytes)) };
}

describe('the national overview as a PDF summary', () => {
  it('is a PDF named after the ministry and the day, titled in the user’s language', async () => {
    const { file, title } = await summaryIn('az');
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.fileName).toBe(`national-overview-dumi-${TODAY}.pdf`);
    expect(title).toBe('12 yanvar 2027 tarixinə — Ölkə üzrə icmal');
  });

  it.each(['az', 'ru', 'en'] as const)('prints the national totals, the regions by name and every institution (%s)', async (language) => {
    const { text } = await summaryIn(language);
    const labels = summaryLabels[language];
    const { figures } = overview.totals;
    const count = (value: number) => formatNumber(value, language, 0);
    expect(text).toContain('DUMİ');
    expect(text).toContain(labels.title);
    // A row prints its label, then its value.
    expect(text).toContain(`${labels.figures.institutions}\n${count(overview.totals.institutions)}`);
    expect(text).toContain(`${labels.figures.childrenInResidence}\n${count(figures.childrenInResidence)}`);
    expect(text).toContain(`${labels.figures.admissions}\n${count(figures.admissions)}`);
    expect(text).toContain(`${labels.figures.familyExits}\n${count(figures.exits.family)}`);
    expect(figures.childrenInResidence).toBeGreaterThan(0);
    expect(text).toContain({ az: 'Gəncə', ru: 'Гянджа', en: 'Ganja' }[language]);
    expect(text).toContain({ az: 'Bakı', ru: 'Баку', en: 'Baku' }[language]);
    for (const institution of overview.institutions) {
      expect(text).toContain(institution.code);
    }
    expect(text).toContain(labels.sections.trend);
  });

  it('gives the monthly trend as a table, a row per month', async () => {
    const { text } = await summaryIn('en');
    expect(overview.trends).toHaveLength(24);
    const last = overview.trends.at(-1)!;
    expect(text).toContain(`January 2027\n${last.reporting}\n${last.childrenInResidence}\n${last.familyExits}\n${last.transfers}\n${last.otherExits}`);
    expect(text).toContain('February 2025');
  });

  it('names no child: no name, FİN, certificate number or record id', async () => {
    const { text } = await summaryIn('az');
    for (const identity of world.identities) {
      expect(text).not.toContain(identity);
    }
  });

  it('is refused outside a ministry installation', async () => {
    await expect(summaryPdf(world.baku.core.core.deps, { months: 12, language: 'en' })).rejects.toThrow(/not a ministry installation/);
  });
});
