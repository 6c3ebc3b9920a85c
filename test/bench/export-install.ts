import { ageOn } from '../../src-main/contract/dates';
import { dispatch } from '../../src-main/ipc/dispatch';
import { memoryLogger } from '../../src-main/platform/logger';
import type { CoreDeps } from '../../src-main/services/context';
import { dateBetween } from '../../src-main/services/demo/demo-dates';
import { fillDemo } from '../../src-main/services/demo/demo-service';
import { noteTexts } from '../../src-main/services/demo/demo-texts';
import type { Random } from '../../src-main/services/demo/random';
import { seededRandom } from '../../src-main/services/demo/random';
import { openNodeCore } from '../../src-main/services/node-host';
import { todayOf } from '../../src-main/services/residents/residents-service';
import { sampleSetup, tempDir } from '../helpers/temp-core';

/** Issue 7's export benchmark: a demo institution of this many children… */
export const EXPORT_RESIDENTS = 2_000;
/** …with this many progress notes: years of a social worker's daily notes, which the demo alone does not reach. */
export const EXPORT_NOTES = 80_000;

const SEED = 7;

/** The installation the export is measured on, and what it holds. */
export type ExportInstallation = { deps: CoreDeps; residents: number; demoNotes: number; notes: number };

let pending: Promise<ExportInstallation> | null = null;

/**
 * A fresh installation with EXPORT_RESIDENTS demo children (`fillDemo`, the app's own create path)
 * and their progress notes topped up to EXPORT_NOTES; built on first use in this `npm run bench`
 * run and removed when the process exits. The build time is printed on stderr.
 */
export function exportInstallation(): Promise<ExportInstallation> {
  pending ??= build();
  return pending;
}

async function build(): Promise<ExportInstallation> {
  const dir = tempDir('korpu-bench-export-');
  const core = await openNodeCore(dir.path, { logger: memoryLogger() });
  process.once('exit', () => {
    core.close();
    dir.cleanup();
  });
  const setup = await dispatch('setup.complete', sampleSetup, { deps: core.deps, sessionId: null, connectionId: 'bench', emit: () => undefined });
  if (!setup.ok) {
    throw new Error(`setup failed: ${setup.error.code}`);
  }
  const start = performance.now();
  const demo = fillDemo(core.deps, EXPORT_RESIDENTS, SEED);
  const added = topUpNotes(core.deps, EXPORT_NOTES - demo.notes, SEED);
  const notes = core.deps.db.$client.prepare('SELECT count(*) FROM progress_notes').pluck().get();
  if (notes !== EXPORT_NOTES) {
    throw new Error(`expected ${EXPORT_NOTES} notes, found ${String(notes)}`);
  }
  console.error(
    `export demo data: ${demo.added} residents, ${demo.notes} demo notes + ${added} added = ${notes} notes in ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  return { deps: core.deps, residents: demo.added, demoNotes: demo.notes, notes };
}

type Stay = { residentId: string; birthDate: string; from: string; to: string };

/**
 * Adds `count` progress notes by the director (the demo's author), in one transaction, with plain
 * INSERTs: the columns the demo fills, in the demo's sentences. Each note falls on a day of one of
 * the children's stays, drawn in proportion to the stay's length (a child here six years has more
 * notes than one here six weeks), with a domain and 1–5 sentences fitting the child's age that day
 * (50 to 350 characters, the length of a real daily note). Not audited: the audit log is not
 * exported, and auditing would only slow the set-up. Returns how many were added.
 */
function topUpNotes(deps: CoreDeps, count: number, seed: number): number {
  if (count <= 0) {
    return 0;
  }
  const sqlite = deps.db.$client;
  const today = todayOf(deps);
  const authorId = sqlite.prepare(`SELECT id FROM users WHERE role = 'director' ORDER BY created_at, id LIMIT 1`).pluck().get();
  if (typeof authorId !== 'string') {
    throw new Error('no director');
  }
  const stays = sqlite
    .prepare(
      `SELECT s.resident_id AS residentId, r.birth_date AS birthDate, s.admission_date AS "from", coalesce(s.exit_date, @today) AS "to"
       FROM stays s JOIN residents r ON r.id = s.resident_id ORDER BY s.rowid`,
    )
    .all({ today }) as Stay[];
  // Cumulative stay lengths in days: a uniform draw over their sum picks a stay by its length.
  const ends: number[] = [];
  let days = 0;
  for (const stay of stays) {
    days += Math.max(1, (Date.parse(stay.to) - Date.parse(stay.from)) / 86_400_000);
    ends.push(days);
  }
  const rng = seededRandom(seed);
  const insert = sqlite.prepare(
    `INSERT INTO progress_notes (id, resident_id, date, domain_code, text, author_id, corrects_note_id, created_at, edited_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL)`,
  );
  const rows: { stay: Stay; date: string }[] = [];
  for (let i = 0; i < count; i++) {
    const stay = stays[firstAbove(ends, rng.next() * days)]!;
    rows.push({ stay, date: dateBetween(rng, stay.from, stay.to) });
  }
  // In date order, as they would have been written.
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  sqlite.transaction(() => {
    for (const { stay, date } of rows) {
      const { domainCode, text } = note(rng, ageOn(stay.birthDate, date));
      const createdAt = `${date}T${String(rng.int(5, 14)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
      insert.run(deps.ids.newId(), stay.residentId, date, domainCode, text, authorId, createdAt);
    }
  })();
  return count;
}

/** The index of the first of the ascending `ends` above `value`. */
function firstAbove(ends: readonly number[], value: number): number {
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ends[middle]! > value) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

/** A note of a domain with sentences for this age: 1–5 of them, no sentence twice. */
function note(rng: Random, age: number): { domainCode: string; text: string } {
  const fitting = Object.entries(noteTexts)
    .map(([domainCode, texts]) => ({ domainCode, texts: texts.filter(([, minAge]) => minAge <= age).map(([sentence]) => sentence) }))
    .filter((domain) => domain.texts.length > 0);
  const domain = rng.pick(fitting);
  const sentences = rng.sample(domain.texts, rng.weighted([[1, 20], [2, 30], [3, 25], [4, 15], [5, 10]] as const));
  return { domainCode: domain.domainCode, text: sentences.join(' ') };
}
