/**
 * What the crash writer (writer.ts) tells the harness on standard output, one line per event. A
 * `committed` line is printed only after its write has committed, so every such line the harness
 * read — even one written a moment before the kill — names a write that must survive it.
 */

/** The kinds of write the writer performs. */
export type OpKind = 'note' | 'identity' | 'burst' | 'export' | 'import';

/** A write the writer saw commit. */
export type Committed =
  | { kind: 'note'; id: string; residentId: string; text: string }
  | { kind: 'identity'; residentId: string; version: number; birthPlace: string }
  | { kind: 'export'; sequence: number; sha256: string; fileName: string }
  | { kind: 'import'; sequence: number; sha256: string };

/** A write started: for an identity change, the resident and the value it is about to store. */
export type Begun = { op: OpKind; residentId: string | null; value: string | null };

export type WriterLine =
  | { type: 'ready' }
  | { type: 'done' }
  | { type: 'begin'; begun: Begun }
  | { type: 'end'; op: OpKind }
  | { type: 'phase'; name: string }
  | { type: 'committed'; write: Committed }
  | { type: 'failed'; message: string };

/** The line for an event (tokens never contain spaces, but a failure's message may). */
export function formatLine(line: WriterLine): string {
  switch (line.type) {
    case 'ready':
    case 'done':
      return line.type;
    case 'begin':
      return ['begin', line.begun.op, line.begun.residentId ?? '-', line.begun.value ?? '-'].join(' ');
    case 'end':
      return `end ${line.op}`;
    case 'phase':
      return `phase ${line.name}`;
    case 'failed':
      return `failed ${line.message.replace(/\s+/g, ' ')}`;
    case 'committed':
      return ['committed', ...committedFields(line.write)].join(' ');
  }
}

function committedFields(write: Committed): string[] {
  switch (write.kind) {
    case 'note':
      return ['note', write.id, write.residentId, write.text];
    case 'identity':
      return ['identity', write.residentId, String(write.version), write.birthPlace];
    case 'export':
      return ['export', String(write.sequence), write.sha256, write.fileName];
    case 'import':
      return ['import', String(write.sequence), write.sha256];
  }
}

const OPS: readonly string[] = ['note', 'identity', 'burst', 'export', 'import'] satisfies OpKind[];
const isOp = (value: string | undefined): value is OpKind => value !== undefined && OPS.includes(value);

/** Reads one line back; throws on a line the writer cannot have printed (the harness reports it). */
export function parseLine(text: string): WriterLine {
  const [type, ...fields] = text.split(' ');
  const [a, b, c, d] = fields;
  if ((type === 'ready' || type === 'done') && fields.length === 0) {
    return { type };
  }
  if (type === 'begin' && isOp(a) && b !== undefined && c !== undefined) {
    return { type: 'begin', begun: { op: a, residentId: b === '-' ? null : b, value: c === '-' ? null : c } };
  }
  if (type === 'end' && isOp(a)) {
    return { type: 'end', op: a };
  }
  if (type === 'phase' && a !== undefined) {
    return { type: 'phase', name: a };
  }
  if (type === 'failed') {
    return { type: 'failed', message: fields.join(' ') };
  }
  if (type === 'committed') {
    const write = parseCommitted(a, b, c, d);
    if (write !== null) {
      return { type: 'committed', write };
    }
  }
  throw new Error(`The writer printed a line the harness does not know: ${JSON.stringify(text)}`);
}

function parseCommitted(kind?: string, b?: string, c?: string, d?: string): Committed | null {
  if (b === undefined || c === undefined) {
    return null;
  }
  switch (kind) {
    case 'note':
      return d === undefined ? null : { kind, id: b, residentId: c, text: d };
    case 'identity':
      return d === undefined ? null : { kind, residentId: b, version: Number(c), birthPlace: d };
    case 'export':
      return d === undefined ? null : { kind, sequence: Number(b), sha256: c, fileName: d };
    case 'import':
      return { kind, sequence: Number(b), sha256: c };
    default:
      return null;
  }
}
