import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import type { EventName, EventPayload } from '../../src-main/contract/events';
import { dataPaths } from '../../src-main/platform/paths';
import { listExports } from '../../src-main/services/bundles/history';
import type { Core } from '../../src-main/services/core';
import type { Random } from '../../src-main/services/demo/random';
import { seededRandom } from '../../src-main/services/demo/random';
import { importBundleFile } from '../../src-main/services/ministry/importer';
import { openNodeCore } from '../../src-main/services/node-host';
import type { Committed, OpKind, WriterLine } from './protocol';
import { formatLine } from './protocol';
import type { DirectorWindow } from './setup';
import { INSTITUTION_CODE, signInDirector } from './setup';

/**
 * The crash harness's child process: `node --import tsx test/crash/writer.ts <institution> <ministry> <seed>`.
 * Opens both installations as the app and the command line do and writes until it is killed:
 * progress notes one at a time and in bursts, identity changes through `dispatch` as the signed-in
 * director, bundle exports (`bundles.export`), and imports of those bundles at the ministry
 * (`importBundleFile`). After each write commits it prints a `committed` line (protocol.ts);
 * standard output to a pipe is written synchronously on Linux, so the line is out before the next
 * write starts. The seed chooses the writes; when nothing killed it after MAX_OPS writes, it stops.
 */

const MAX_OPS = 400;
const DAY_MS = 86_400_000;

const say = (line: WriterLine): void => {
  process.stdout.write(`${formatLine(line)}\n`);
};
const committed = (write: Committed): void => say({ type: 'committed', write });
const begin = (op: OpKind, residentId: string | null = null, value: string | null = null): void => say({ type: 'begin', begun: { op, residentId, value } });

type Writer = { institution: Core; ministry: Core; director: DirectorWindow; residents: string[]; rng: Random; tag: string; count: number };

async function main(argv: readonly string[]): Promise<void> {
  const [institutionDir, ministryDir, seedText] = argv;
  if (institutionDir === undefined || ministryDir === undefined || seedText === undefined) {
    throw new Error('usage: writer.ts <institution data dir> <ministry data dir> <seed>');
  }
  const seed = Number(seedText);
  const institution = await openNodeCore(institutionDir);
  const ministry = await openNodeCore(ministryDir);
  const director = await signInDirector(institution, exportPhases);
  // As the export page does when it opens: the export worker starts loading before the first export.
  await director.call('bundles.keys', {});
  const residents = institution.deps.db.$client.prepare('SELECT id FROM residents ORDER BY id').pluck().all() as string[];
  const writer: Writer = { institution, ministry, director, residents, rng: seededRandom(seed), tag: seed.toString(36), count: 0 };
  say({ type: 'ready' });
  for (let op = 0; op < MAX_OPS; op++) {
    const kind = writer.rng.weighted<OpKind>([
      ['note', 40],
      ['identity', 25],
      ['burst', 15],
      ['export', 10],
      ['import', 10],
    ]);
    await perform(writer, kind);
  }
  // Not killed: the harness reports a kill plan that never fired.
  say({ type: 'done' });
  institution.close();
  ministry.close();
}

/** Tells the harness an export is about to write its file: the moment a kill hurts the most. */
function exportPhases<K extends EventName>(name: K, payload: EventPayload<K>): void {
  if (name === 'job.progress') {
    const progress = payload as EventPayload<'job.progress'>;
    if (progress.stage === 'writing' && progress.done === 0) {
      say({ type: 'phase', name: 'export-writing' });
    }
  }
}

async function perform(writer: Writer, kind: OpKind): Promise<void> {
  switch (kind) {
    case 'note':
      await addNote(writer);
      return;
    case 'burst': {
      begin('burst');
      const notes = writer.rng.int(5, 20);
      for (let n = 0; n < notes; n++) {
        await addNote(writer, false);
      }
      say({ type: 'end', op: 'burst' });
      return;
    }
    case 'identity':
      await changeIdentity(writer);
      return;
    case 'export':
      await exportBundle(writer);
      return;
    case 'import':
      if (pendingImports(writer).length === 0) {
        await exportBundle(writer);
      }
      await importPending(writer);
      return;
  }
}

async function addNote(writer: Writer, announce = true): Promise<void> {
  const residentId = writer.rng.pick(writer.residents);
  const text = `qeyd-${writer.tag}-${writer.count++}`;
  if (announce) {
    begin('note', residentId);
  }
  // A day already past in every time zone, so the date is never refused as in the future.
  const date = new Date(writer.institution.deps.clock.now().getTime() - 2 * DAY_MS).toISOString().slice(0, 10);
  const note = await writer.director.call('notes.add', { residentId, note: { date, domainCode: 'health', text } });
  committed({ kind: 'note', id: note.id, residentId, text });
}

async function changeIdentity(writer: Writer): Promise<void> {
  const residentId = writer.rng.pick(writer.residents);
  const birthPlace = `yer-${writer.tag}-${writer.count++}`;
  const record = await writer.director.call('residents.get', { id: residentId });
  begin('identity', residentId, birthPlace);
  const updated = await writer.director.call('residents.updateIdentity', { id: residentId, version: record.version, identity: { ...record.identity, birthPlace } });
  committed({ kind: 'identity', residentId, version: updated.version, birthPlace });
}

async function exportBundle(writer: Writer): Promise<void> {
  const profile = writer.rng.pick(['named', 'statistical', 'plan'] as const);
  begin('export', null, profile);
  const exported = await writer.director.call('bundles.export', { jobId: randomUUID(), profile, includeSecret: false });
  committed({ kind: 'export', sequence: exported.sequence, sha256: exported.sha256, fileName: exported.fileName });
}

/** The institution's bundles the ministry has not imported yet, oldest first. */
function pendingImports(writer: Writer): { sequence: number; fileName: string }[] {
  const last = writer.ministry.deps.db.$client
    .prepare('SELECT coalesce(max(sequence), 0) FROM imported_bundles WHERE institution_code = ?')
    .pluck()
    .get(INSTITUTION_CODE) as number;
  return listExports(writer.institution.deps)
    .filter((bundle) => bundle.sequence > last)
    .sort((a, b) => a.sequence - b.sequence);
}

/** Imports every bundle not imported yet, in order: a kill may have stopped the previous writer before its import. */
async function importPending(writer: Writer): Promise<void> {
  const exports = dataPaths(writer.institution.deps.dataDir).exports;
  for (const bundle of pendingImports(writer)) {
    begin('import', null, String(bundle.sequence));
    const result = await importBundleFile(writer.ministry.deps, join(exports, bundle.fileName), { dryRun: false });
    if (result.status !== 'imported' || result.sha256 === null) {
      throw new Error(`bundle ${bundle.sequence} was not imported cleanly: ${result.status} ${result.problem ?? ''} ${result.reason ?? ''} ${JSON.stringify(result.warnings)}`);
    }
    committed({ kind: 'import', sequence: bundle.sequence, sha256: result.sha256 });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  say({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
