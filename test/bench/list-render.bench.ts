import { randomBytes } from 'node:crypto';

import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { ensureRendererBuilt, rendererDir } from '../../src-main/preview/renderer-build';
import { startPreviewServer } from '../../src-main/preview/server';
import { REPO_ROOT } from '../../src-main/services/node-host';
import { DEMO_RESIDENTS, demoInstallation } from './demo-install';
import type { BenchFigure } from './figures';
import { figure } from './figures';

/** The marks the residents screen sets (src-renderer/features/residents: DATA_MARK, ROWS_MARK). */
const DATA_MARK = 'korpu:residents-data';
const ROWS_MARK = 'korpu:residents-rows';
const MARK_TIMEOUT_MS = 30_000;
const RUNS = 5;
const NAME = `residents screen: list data to first rows, ${DEMO_RESIDENTS.toLocaleString('en-US')} residents (median of ${RUNS})`;

/** Debian's Chromium, as the E2E tests launch it. */
const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};
const VIEWPORT = { width: 1280, height: 860 };

/**
 * The baseline, run in a blank page: every row as plain text cells of a <table>, then a forced
 * layout (the screen's rows mark is set in a layout effect, after React's DOM writes, so layout
 * is the fair end point). The rows are already parsed, as they are when the data mark is set.
 */
const PLAIN_TABLE = `(rows) => {
  const start = performance.now();
  const body = document.querySelector('tbody');
  for (const row of rows) {
    const tr = document.createElement('tr');
    for (const text of [
      [row.surname, row.firstName, row.patronymic ?? ''].join(' '),
      row.birthDate, String(row.age), row.sex, row.status, row.legalStatusCode, row.admissionDate,
    ]) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  void document.body.offsetHeight;
  return performance.now() - start;
}`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Signs in on a fresh page, opens the residents list from the navigation as a person would (the
 * page's CSP forbids evaluating strings, so in-page code is passed as functions), and reads the
 * screen's two marks.
 */
async function openResidents(page: Page, url: string, login: string, password: string): Promise<{ ms: number; answer: string }> {
  await page.goto(url);
  await page.getByLabel('Login').fill(login);
  await page.getByLabel('Parol').fill(password);
  await page.getByRole('button', { name: 'Daxil ol' }).click();
  const residentsLink = page.getByRole('navigation', { name: 'Əsas naviqasiya' }).getByRole('link', { name: 'Uşaqlar' });
  await residentsLink.waitFor({ timeout: MARK_TIMEOUT_MS });
  const answer = page.waitForResponse((response) => response.url().includes('/rpc/residents.list'), { timeout: MARK_TIMEOUT_MS });
  answer.catch(() => undefined);
  await page.evaluate(() => performance.clearMarks());
  await residentsLink.click();
  await page.waitForURL(/#\/residents$/, { timeout: MARK_TIMEOUT_MS });
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, ROWS_MARK, { timeout: MARK_TIMEOUT_MS });
  const [data, rows] = await page.evaluate(
    ([dataMark, rowsMark]) => [performance.getEntriesByName(dataMark).at(-1)?.startTime ?? null, performance.getEntriesByName(rowsMark)[0]!.startTime],
    [DATA_MARK, ROWS_MARK] as const,
  );
  if (data === null || data === undefined) {
    throw new Error(`the rows were marked but not the data ("${DATA_MARK}")`);
  }
  return { ms: rows - data, answer: await (await answer).text() };
}

/** Renders the same rows as a plain <table> in a blank page; ms inside the page. */
async function plainTable(browser: Browser, rowsJson: string): Promise<number> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.setContent('<!doctype html><html><body><table><tbody></tbody></table></body></html>');
    return await page.evaluate<number>(`(${PLAIN_TABLE})(${rowsJson})`);
  } finally {
    await page.close();
  }
}

/**
 * The residents screen in Debian's Chromium with 10,000 children: from the list data arriving in
 * the page to its first rows on screen (the screen's performance marks), through the real preview
 * server and core. Baseline: Chromium rendering all those rows as a plain-text table.
 */
export async function bench(): Promise<BenchFigure[]> {
  const { deps, login, password } = await demoInstallation();
  ensureRendererBuilt(REPO_ROOT);
  const server = await startPreviewServer({ deps, rendererDir: rendererDir(REPO_ROOT), token: randomBytes(24).toString('base64url'), port: 0 });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(LAUNCH);
    const screen: number[] = [];
    let rowsJson = '';
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each time: signed out, nothing cached, so every run fetches and marks anew.
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        const result = await openResidents(await context.newPage(), server.url, login, password);
        screen.push(result.ms);
        rowsJson = JSON.stringify((JSON.parse(result.answer) as { value: { rows: unknown[] } }).value.rows);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new Error(
          `could not time the residents screen (${reason}); signed in, it must set ` +
            `"${DATA_MARK}" and then "${ROWS_MARK}" within ${MARK_TIMEOUT_MS / 1000} s`,
          { cause: error },
        );
      } finally {
        await context.close();
      }
    }
    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      baseline.push(await plainTable(browser, rowsJson));
    }
    return [figure(NAME, 'ms', median(screen), median(baseline), 150)];
  } finally {
    await browser?.close();
    await server.close();
  }
}
