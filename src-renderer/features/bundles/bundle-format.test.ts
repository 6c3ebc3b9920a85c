import { describe, expect, it } from 'vitest';

import { exportPercent, groupFingerprint, shortHash, sizeParts } from './bundle-format';

const JOB = '6f1c2a8e-3b7d-4c5e-9f10-2a3b4c5d6e7f';

describe('bundle values on screen', () => {
  it('groups a fingerprint by four, whatever separators it came with', () => {
    expect(groupFingerprint('3f2a91c0:aa11-BB22 cc33')).toBe('3f2a 91c0 aa11 BB22 cc33');
    expect(groupFingerprint('3F2A 91C0')).toBe('3F2A 91C0');
  });

  it('shortens a SHA-256 to its first twelve digits', () => {
    expect(shortHash('ab'.repeat(32))).toBe('abababababab…');
  });

  it('picks bytes, kilobytes or megabytes with at most one decimal', () => {
    expect(sizeParts(900)).toEqual({ unit: 'bytes', amount: 900 });
    expect(sizeParts(1536)).toEqual({ unit: 'kb', amount: 1.5 });
    expect(sizeParts(3.25 * 1024 * 1024)).toEqual({ unit: 'mb', amount: 3.3 });
  });

  it('moves the export bar forward through the three stages', () => {
    expect(exportPercent(null)).toBe(0);
    expect(exportPercent({ jobId: JOB, stage: 'reading', done: 50, total: 100 })).toBe(17);
    expect(exportPercent({ jobId: JOB, stage: 'encrypting', done: 0, total: 0 })).toBe(33);
    expect(exportPercent({ jobId: JOB, stage: 'writing', done: 10, total: 10 })).toBe(100);
  });
});
