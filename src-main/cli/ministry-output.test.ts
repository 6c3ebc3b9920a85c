import { describe, expect, it } from 'vitest';

import { importProblemText } from '../contract/import-messages';
import type { ImportResult } from '../services/ministry/importer';
import { importReport, importSummary } from './ministry-output';

const base: ImportResult = {
  file: 'b.korpu',
  status: 'imported',
  dryRun: false,
  institutionCode: 'BAK-UE-01',
  sequence: 4,
  profile: 'named',
  problem: null,
  params: {},
  reason: null,
  warnings: [],
  changes: null,
  sha256: null,
  counts: { residents: 12, progress_notes: 340 },
};

describe('the import report of one file', () => {
  it('names the status, institution and sequence, and the records per table of an import', () => {
    expect(importReport('en', base)).toEqual([
      'b.korpu: imported',
      '  Institution:  BAK-UE-01',
      '  Sequence:     4',
      '  Records per table:',
      '    residents             12',
      '    progress_notes       340',
    ]);
  });

  it('gives a rejection its translated reason and the English detail, without counts', () => {
    const rejected: ImportResult = { ...base, status: 'rejected', problem: 'rollback', params: { sequence: '4', last: '5' }, reason: 'Bundle 4 is not newer than bundle 5', counts: {} };
    expect(importReport('az', rejected)).toEqual([
      'b.korpu: RƏDD EDİLDİ',
      '  Müəssisə:       BAK-UE-01',
      '  Ardıcıl nömrə:  4',
      expect.stringMatching(/^ {2}Səbəb: 4 nömrəli paket bu müəssisədən artıq idxal edilmiş 5 nömrəli paketdən yeni deyil/),
      '  Təfərrüat (ingiliscə): Bundle 4 is not newer than bundle 5',
    ]);
  });

  it('translates the warnings and says that a dry run wrote nothing', () => {
    const lines = importReport('ru', { ...base, status: 'imported-with-warnings', dryRun: true, warnings: [{ code: 'sequence-gap', params: { missing: '2, 3' } }] });
    expect(lines[0]).toBe('b.korpu: может быть импортирован с предупреждениями');
    expect(lines).toContain('  Предупреждение: Пакет(ы) 2, 3 этого учреждения не получены; этот пакет импортирован после пропуска.');
    expect(lines.at(-1)).toBe('  (пробный запуск: ничего не записано)');
  });
});

describe('reasons and the summary', () => {
  it('takes a verification problem’s sentence from the shared bundle problems, and shows an unknown code as it is', () => {
    expect(importProblemText('en', 'member-damaged', { member: 'payload.age' })).toBe('A part of the bundle is damaged: payload.age.');
    expect(importProblemText('en', 'unknown-institution', { code: 'X-1' })).toBe('No institution with code X-1 is enrolled.');
    expect(importProblemText('en', 'something-new', {})).toBe('something-new');
  });

  it('counts imported, already imported and rejected files', () => {
    const results = [base, { ...base, status: 'imported-with-warnings' }, { ...base, status: 'already-imported' }, { ...base, status: 'rejected' }] as const;
    expect(importSummary('en', results, false)).toBe('Files: 4; imported: 2, already imported: 1, rejected: 1.');
  });
});
