import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

import { afterEach, describe, expect, it } from 'vitest';

import { MAX_ATTACHMENT_BYTES } from '../../src-main/contract/attachments';
import type { Envelope, FieldIssue } from '../../src-main/contract/errors';
import { attachmentBlobs, attachments } from '../../src-main/db/schema';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

const opened: TestCore[] = [];
const dirs: { cleanup(): void }[] = [];
afterEach(() => {
  opened.splice(0).forEach((core) => core.close());
  dirs.splice(0).forEach((dir) => dir.cleanup());
});

async function installation() {
  const dir = tempDir('korpu-files-');
  dirs.push(dir);
  const core = await openTestCore(dir.path);
  opened.push(core);
  const director = await core.setUp();
  const record = await director.call('residents.create', {
    identity: { surname: 'Əliyev', firstName: 'Kamran', patronymic: 'Rəşid oğlu', sex: 'male', birthDate: '2015-03-14' },
    legal: { legalStatusCode: 'orphan', deprivationReasonCodes: [] },
    admission: { admissionDate: '2024-09-02', basisBodyCode: 'court', reasonCodes: ['poverty'], sourceCode: 'family' },
  });
  return { core, director, child: record.id, dataDir: dir.path };
}

/** A one-page PDF with a correct cross-reference table. */
function minimalPdf(text = 'Körpü'): Buffer {
  const stream = `BT /F1 12 Tf 10 10 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 50] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A 1×1 red PNG. */
function minimalPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xff, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** An 8×8 grey baseline JPEG: one quantisation table, one-code Huffman tables, one block. */
function minimalJpeg(): Buffer {
  const segment = (marker: number, body: readonly number[]): Buffer =>
    Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xdb, [0x00, ...new Array<number>(64).fill(1)]),
    segment(0xc0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]),
    segment(0xc4, [0x00, 1, ...new Array<number>(15).fill(0), 0x00]),
    segment(0xc4, [0x10, 1, ...new Array<number>(15).fill(0), 0x00]),
    segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    // DC difference 0 and end of block, padded with ones; then the end of the image.
    Buffer.from([0x3f, 0xff, 0xd9]),
  ]);
}

const upload = (child: string, fileName: string, content: Buffer, kind: 'document' | 'photo' = 'document') => ({
  residentId: child,
  kind,
  fileName,
  contentBase64: content.toString('base64'),
});

async function failure(reply: Promise<Envelope<unknown>>): Promise<{ code: string; issues: FieldIssue[] }> {
  const envelope = await reply;
  expect(envelope.ok).toBe(false);
  const error = envelope.ok ? null : envelope.error;
  return { code: error?.code ?? '', issues: error?.details?.issues ?? [] };
}

function storedCount(core: TestCore): { rows: number; blobs: number } {
  const { db } = core.core.deps;
  return { rows: db.select().from(attachments).all().length, blobs: db.select().from(attachmentBlobs).all().length };
}

/** Every file under `root`, relative to it. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

describe('attaching files to a record', () => {
  it('accepts a real PDF, JPEG and PNG and gives each back byte for byte, newest first', async () => {
    const { director, child } = await installation();
    const session = await director.call('auth.session', {});
    const files = [
      { name: 'Məhkəmə qərarı.pdf', content: minimalPdf(), kind: 'document', type: 'application/pdf' },
      { name: 'şəkil.jpg', content: minimalJpeg(), kind: 'photo', type: 'image/jpeg' },
      { name: 'Ərizə skanı.png', content: minimalPng(), kind: 'document', type: 'image/png' },
    ] as const;
    const added = [];
    for (const file of files) {
      added.push(await director.call('attachments.add', { ...upload(child, file.name, file.content, file.kind), description: 'Əsl sənəd' }));
    }

    expect(added.map((file) => [file.fileName, file.mimeType, file.kind, file.size])).toEqual(
      files.map((file) => [file.name, file.type, file.kind, file.content.length]),
    );
    expect(added.every((file) => file.uploadedBy === session?.user.id && file.description === 'Əsl sənəd')).toBe(true);
    expect((await director.call('attachments.list', { residentId: child })).map((file) => file.fileName)).toEqual([
      'Ərizə skanı.png',
      'şəkil.jpg',
      'Məhkəmə qərarı.pdf',
    ]);
    for (const [index, file] of files.entries()) {
      const got = await director.call('attachments.get', { id: added[index]!.id });
      const bytes = Buffer.from(got.contentBase64, 'base64');
      expect(bytes.equals(file.content)).toBe(true);
      expect(got.attachment).toEqual(added[index]);
      expect(got.attachment.sha256).toBe(createHash('sha256').update(file.content).digest('hex'));
    }
  });

  it('records the upload in the audit trail without its content', async () => {
    const { director, child } = await installation();
    const pdf = minimalPdf('audit-me');
    const added = await director.call('attachments.add', upload(child, 'qərar.pdf', pdf));
    const [entry] = (await director.call('audit.list', { filter: { entityType: 'attachment' } })).entries;
    expect(entry).toMatchObject({
      action: 'create',
      entityId: added.id,
      changes: {
        residentId: { before: null, after: child },
        fileName: { before: null, after: 'qərar.pdf' },
        mimeType: { before: null, after: 'application/pdf' },
        size: { before: null, after: pdf.length },
        sha256: { before: null, after: added.sha256 },
      },
    });
    expect(JSON.stringify(entry)).not.toContain(pdf.toString('base64'));
    expect(JSON.stringify(entry)).not.toContain('audit-me');
  });

  it('judges the type by the content: a ".pdf" that is really a ZIP or a program is refused and nothing is stored', async () => {
    const { core, director, child } = await installation();
    const zip = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(60, 1)]);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(60, 0), Buffer.from('This program cannot be run in DOS mode')]);
    const text = Buffer.from('%PD not quite a PDF');
    for (const content of [zip, exe, text]) {
      expect((await failure(director.invoke('attachments.add', upload(child, 'hesabat.pdf', content)))).code).toBe('FILE_TYPE_NOT_ALLOWED');
    }
    expect(await director.call('attachments.list', { residentId: child })).toEqual([]);
    expect(storedCount(core)).toEqual({ rows: 0, blobs: 0 });
    expect((await director.call('audit.list', { filter: { entityType: 'attachment' } })).entries).toEqual([]);

    // A PNG named ".pdf" is taken as the PNG it is; a PDF is no photo.
    const png = await director.call('attachments.add', upload(child, 'skan.pdf', minimalPng(), 'photo'));
    expect(png).toMatchObject({ fileName: 'skan.png', mimeType: 'image/png' });
    const notAPhoto = await failure(director.invoke('attachments.add', upload(child, 'foto.jpg', minimalPdf(), 'photo')));
    expect(notAPhoto).toEqual({ code: 'VALIDATION_FAILED', issues: [{ path: 'contentBase64', message: 'validation.notAPhoto' }] });
    expect(storedCount(core)).toEqual({ rows: 1, blobs: 1 });
  });

  it('keeps only a plain file name, whatever path or hidden characters the name came with', async () => {
    const { director, child } = await installation();
    const stored = async (fileName: string, content = minimalPdf()) =>
      (await director.call('attachments.add', upload(child, fileName, content))).fileName;

    expect(await stored('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(await stored('C:\\x\\y.pdf')).toBe('y.pdf');
    expect(await stored('..\\..\\.bashrc')).toBe('bashrc.pdf');
    expect(await stored('/tmp/..')).toBe('file.pdf');
    expect(await stored('.pdf')).toBe('file.pdf');
    expect(await stored('Əliyev ərizə')).toBe('Əliyev ərizə.pdf');
    expect(await stored('qəbz\u202Egpj.exe')).toBe('qəbzgpj.exe.pdf');
    expect(await stored('şəkil\u0000\n.PNG', minimalPng())).toBe('şəkil.PNG');
    const long = await stored(`${'ə'.repeat(200)}.pdf`);
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^ə+\.pdf$/);
  });

  it('refuses an empty file and one of 20 MB and a byte, and takes one of exactly 20 MB', async () => {
    const { core, director, child } = await installation();
    // Nothing at all, or base64 padding that decodes to nothing.
    for (const contentBase64 of ['', '==']) {
      const empty = await failure(director.invoke('attachments.add', { ...upload(child, 'boş.pdf', Buffer.alloc(0)), contentBase64 }));
      expect(empty).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'contentBase64', message: 'validation.fileEmpty' }] });
    }

    const pdfOfSize = (size: number): Buffer => {
      const content = Buffer.alloc(size, 0x20);
      content.write('%PDF-1.4\n', 'latin1');
      return content;
    };
    const tooLarge = await failure(director.invoke('attachments.add', upload(child, 'böyük.pdf', pdfOfSize(MAX_ATTACHMENT_BYTES + 1))));
    expect(tooLarge.code).toBe('FILE_TOO_LARGE');
    expect(storedCount(core)).toEqual({ rows: 0, blobs: 0 });

    const largest = await director.call('attachments.add', upload(child, 'ən böyük.pdf', pdfOfSize(MAX_ATTACHMENT_BYTES)));
    expect(largest.size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it('keeps the bytes inside the encrypted database and writes no file beside it', async () => {
    const { core, director, child, dataDir } = await installation();
    const before = filesUnder(dataDir);
    const marker = 'KORPU-PLAINTEXT-MARKER-7f3a';
    const added = await director.call('attachments.add', upload(child, 'gizli.pdf', minimalPdf(marker)));
    const after = filesUnder(dataDir);

    expect(after.filter((file) => !before.includes(file)).every((file) => /^korpu\.db(-wal|-shm|-journal)?$/.test(file))).toBe(true);
    expect(after.filter((file) => !/^korpu\.db/.test(file))).toEqual(before.filter((file) => !/^korpu\.db/.test(file)));
    const blob = core.core.deps.db.select().from(attachmentBlobs).all();
    expect(blob.map((row) => row.attachmentId)).toEqual([added.id]);
    // Neither the database nor its write-ahead log holds the file's text in the clear.
    for (const file of after) {
      expect(readFileSync(join(dataDir, file)).includes(marker)).toBe(false);
    }
  });

  it('lets a viewer read files but not add one; unknown ids are NOT_FOUND', async () => {
    const { core, director, child } = await installation();
    const added = await director.call('attachments.add', upload(child, 'qərar.pdf', minimalPdf()));
    const viewer: TestConnection = await core.addUser(director, 'baxan', 'viewer');
    expect((await viewer.call('attachments.list', { residentId: child })).map((file) => file.id)).toEqual([added.id]);
    expect((await viewer.call('attachments.get', { id: added.id })).contentBase64).toBe(minimalPdf().toString('base64'));
    expect((await failure(viewer.invoke('attachments.add', upload(child, 'x.pdf', minimalPdf())))).code).toBe('FORBIDDEN');
    expect((await failure(viewer.invoke('attachments.get', { id: 'nobody' }))).code).toBe('NOT_FOUND');
    expect((await failure(viewer.invoke('attachments.list', { residentId: 'nobody' }))).code).toBe('NOT_FOUND');
    expect((await failure(director.invoke('attachments.add', upload('nobody', 'x.pdf', minimalPdf())))).code).toBe('NOT_FOUND');
  });
});
