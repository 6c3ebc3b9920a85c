import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { dataPaths } from '../../src-main/platform/paths';
import { verifyAudit } from '../../src-main/services/audit/audit-verify';
import type { Core } from '../../src-main/services/core';
import type { WriterRun } from './kill';
import type { Ledger } from './ledger';

/** Problems found, each a sentence naming what was lost or damaged. */
export type Problems = string[];

/** A database that opened after the kill: its pages, its references and its audit chain hold. */
export function checkDatabase(name: string, core: Core, problems: Problems): void {
  const sqlite = core.deps.db.$client;
  const integrity = sqlite.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') {
    problems.push(`${name}: PRAGMA integrity_check says ${JSON.stringify(integrity)}`);
  }
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) {
    problems.push(`${name}: ${broken.length} rows refer to rows that do not exist (${JSON.stringify(broken.slice(0, 3))})`);
  }
  const audit = verifyAudit(core.deps.db);
  if (!audit.ok) {
    problems.push(`${name}: the audit chain does not verify: ${String(audit.problem)} at entry ${String(audit.firstBadSeq)} (${audit.checked} entries checked)`);
  }
}

const auditedIds = (core: Core, entityType: string, action: string): Set<string> =>
  new Set(core.deps.db.$client.prepare('SELECT entity_id FROM audit_log WHERE entity_type = ? AND action = ?').pluck().all(entityType, action) as string[]);

/**
 * Every note reported committed is there with its text and its audit entry; besides them, at most
 * the one note in flight at the kill (it is then known from here on).
 */
export function checkNotes(core: Core, ledger: Ledger, run: WriterRun, problems: Problems): void {
  for (const write of run.committed) {
    if (write.kind === 'note') {
      ledger.notes.set(write.id, { residentId: write.residentId, text: write.text });
    }
  }
  const rows = core.deps.db.$client.prepare('SELECT id, resident_id AS residentId, text FROM progress_notes').all() as { id: string; residentId: string; text: string }[];
  const found = new Map(rows.map((row) => [row.id, row]));
  const audited = auditedIds(core, 'note', 'create');
  for (const [id, note] of ledger.notes) {
    const row = found.get(id);
    if (row === undefined) {
      problems.push(`note ${id} ("${note.text}"), reported committed, is missing`);
    } else if (row.text !== note.text || row.residentId !== note.residentId) {
      problems.push(`note ${id} holds "${row.text}" for ${row.residentId}, not "${note.text}" for ${note.residentId}`);
    }
    if (!audited.has(id)) {
      problems.push(`note ${id} ("${note.text}") has no audit entry`);
    }
  }
  const unreported = rows.filter((row) => !ledger.notes.has(row.id));
  const inFlight = run.inFlight?.op === 'note' || run.inFlight?.op === 'burst' ? 1 : 0;
  if (unreported.length > inFlight) {
    problems.push(`${unreported.length} notes nobody reported committed (${inFlight} was in flight): ${unreported.map((row) => row.text).join(', ')}`);
  }
  unreported.forEach(({ id, ...note }) => ledger.notes.set(id, note));
}

/** Each child's identity is the last change reported committed, or the change in flight at the kill. */
export function checkIdentities(core: Core, ledger: Ledger, run: WriterRun, problems: Problems): void {
  for (const write of run.committed) {
    if (write.kind === 'identity') {
      ledger.identities.set(write.residentId, { version: write.version, birthPlace: write.birthPlace });
    }
  }
  const rows = core.deps.db.$client.prepare('SELECT id, version, birth_place AS birthPlace FROM residents').all() as { id: string; version: number; birthPlace: string | null }[];
  if (rows.length !== ledger.identities.size) {
    problems.push(`${rows.length} children are registered, not ${ledger.identities.size}`);
  }
  const inFlight = run.inFlight?.op === 'identity' ? run.inFlight : null;
  for (const row of rows) {
    const expected = ledger.identities.get(row.id);
    if (expected?.version === row.version && expected.birthPlace === row.birthPlace) {
      continue;
    }
    if (expected !== undefined && inFlight?.residentId === row.id && row.version === expected.version + 1 && row.birthPlace === inFlight.value) {
      ledger.identities.set(row.id, { version: row.version, birthPlace: row.birthPlace });
      continue;
    }
    problems.push(
      `child ${row.id} is at version ${row.version} born in "${String(row.birthPlace)}", ` +
        `not at version ${String(expected?.version)} born in "${String(expected?.birthPlace)}" as reported committed`,
    );
  }
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The export history numbers its bundles 1..n with no number burned, each bundle reported committed
 * is in it, each has its whole file (the SHA-256 the history recorded) and its audit entry. The
 * exports folder holds nothing else but what an export killed since the last finished one left
 * (its temporary file, or its file put in place before the commit that would have recorded it):
 * the next export removes those first.
 */
export function checkExports(core: Core, ledger: Ledger, run: WriterRun, problems: Problems): void {
  const exported = run.committed.filter((write) => write.kind === 'export');
  for (const write of exported) {
    ledger.exports.set(write.sequence, { sha256: write.sha256, fileName: write.fileName });
  }
  const history = core.deps.db.$client.prepare('SELECT sequence, file_name AS fileName, sha256 FROM bundle_exports ORDER BY sequence').all() as {
    sequence: number;
    fileName: string;
    sha256: string;
  }[];
  history.forEach((row, index) => {
    if (row.sequence !== index + 1) {
      problems.push(`the export history has bundle ${row.sequence} in place ${index + 1}: a sequence number was burned`);
    }
  });
  const bySequence = new Map(history.map((row) => [row.sequence, row]));
  for (const [sequence, bundle] of ledger.exports) {
    const row = bySequence.get(sequence);
    if (row?.sha256 !== bundle.sha256 || row.fileName !== bundle.fileName) {
      problems.push(`bundle ${sequence} (${bundle.fileName}), reported exported, is ${row === undefined ? 'not in the export history' : `recorded as ${row.fileName} ${row.sha256}`}`);
    }
  }
  const unreported = history.filter((row) => !ledger.exports.has(row.sequence));
  if (unreported.length > (run.inFlight?.op === 'export' ? 1 : 0)) {
    problems.push(`bundles ${unreported.map((row) => row.sequence).join(', ')} are in the export history, but no export of them was in flight`);
  }
  unreported.forEach((row) => ledger.exports.set(row.sequence, { sha256: row.sha256, fileName: row.fileName }));

  const folder = dataPaths(core.deps.dataDir).exports;
  const audited = auditedIds(core, 'bundle', 'export');
  for (const row of history) {
    const file = join(folder, row.fileName);
    if (!existsSync(file)) {
      problems.push(`bundle ${row.sequence} is in the export history, but its file ${row.fileName} is missing`);
    } else if (!ledger.wholeFiles.has(row.fileName)) {
      // Hashed once: no later write touches a bundle's file once it is recorded.
      if (sha256(readFileSync(file)) === row.sha256) {
        ledger.wholeFiles.add(row.fileName);
      } else {
        problems.push(`the file of bundle ${row.sequence} (${row.fileName}) is not the bundle the history recorded (written in part?)`);
      }
    }
    if (!audited.has(String(row.sequence))) {
      problems.push(`the export of bundle ${row.sequence} has no audit entry`);
    }
  }
  checkExportsFolder(folder, new Set(history.map((row) => row.fileName)), ledger, run, exported.length > 0, problems);
}

function checkExportsFolder(folder: string, recorded: Set<string>, ledger: Ledger, run: WriterRun, exportFinished: boolean, problems: Problems): void {
  const leftovers = new Set((existsSync(folder) ? readdirSync(folder) : []).filter((name) => !recorded.has(name)));
  for (const name of leftovers) {
    const what = name.endsWith('.partial') ? 'the temporary file' : 'a bundle file no export recorded';
    if (!name.endsWith('.partial') && !name.endsWith('.korpu')) {
      problems.push(`exports/${name} is not a bundle file`);
    } else if (!ledger.leftovers.has(name) && run.inFlight?.op !== 'export') {
      problems.push(`exports/${name}, ${what}, appeared though no export was in flight at the kill`);
    } else if (ledger.leftovers.has(name) && exportFinished) {
      problems.push(`exports/${name}, ${what} of a killed export, is still there after a later export finished`);
    }
  }
  ledger.leftovers = leftovers;
}
