import { describe, expect, it } from 'vitest';

import { auditCsvFileName } from './csv-download';

describe('audit CSV file name', () => {
  it('carries the local day with two-digit month and day', () => {
    expect(auditCsvFileName(new Date(2026, 0, 5, 23, 30))).toBe('korpu-audit-2026-01-05.csv');
    expect(auditCsvFileName(new Date(2026, 10, 25, 0, 5))).toBe('korpu-audit-2026-11-25.csv');
  });
});
