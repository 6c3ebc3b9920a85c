import { describe, expect, it } from 'vitest';

import type { JobProgress } from '../contract/bundles';
import { BundleCheckError } from '../services/bundles/verify';
import { bundleProblemText, progressLines } from './bundle-output';

const jobId = '00000000-0000-4000-8000-000000000001';

describe('export progress on standard error', () => {
  it('writes a line when the stage changes and at each 10 % step, not at every report', () => {
    const lines: string[] = [];
    const report = progressLines('en', (line) => lines.push(line));
    const reports: [JobProgress['stage'], number, number][] = [
      ['reading', 0, 1000],
      ...Array.from({ length: 100 }, (_, at) => ['reading', at * 10 + 1, 1000] as [JobProgress['stage'], number, number]),
      ['encrypting', 0, 0],
      ['encrypting', 0, 0],
      ['writing', 0, 500],
      ['writing', 500, 500],
    ];
    reports.forEach(([stage, done, total]) => report({ jobId, stage, done, total }));
    expect(lines).toEqual([
      'Reading the records: 0%',
      ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((percent) => `Reading the records: ${percent}%`),
      'Encrypting: 100%',
      'Writing the file: 0%',
      'Writing the file: 100%',
    ]);
  });

  it('speaks the language asked for', () => {
    const lines: string[] = [];
    progressLines('az', (line) => lines.push(line))({ jobId, stage: 'encrypting', done: 1, total: 4 });
    expect(lines).toEqual(['Şifrələnir: 25%']);
  });
});

describe('why a bundle failed verification', () => {
  it('names the damaged member', () => {
    const damaged = (member: string) => new BundleCheckError('member-damaged', `The member ${member} is damaged (CRC mismatch)`, { member });
    expect(bundleProblemText('en', damaged('manifest.json.minisig'))).toBe('A part of the bundle is damaged: manifest.json.minisig.');
    expect(bundleProblemText('en', damaged('manifest.json'))).toBe('A part of the bundle is damaged: manifest.json.');
    expect(bundleProblemText('ru', damaged('payload.age'))).toBe('Часть пакета повреждена: payload.age.');
  });

  it('translates every problem', () => {
    expect(bundleProblemText('az', new BundleCheckError('wrong-key', 'key id'))).toBe('Paket bu açıq açarla imzalanmayıb.');
  });
});
