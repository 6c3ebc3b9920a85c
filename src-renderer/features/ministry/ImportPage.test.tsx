import type { ImportResultView } from '@contract/ministry';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { ImportPage } from './ImportPage';

beforeAll(async () => {
  await initI18n('az');
});

const result = (overrides: Partial<ImportResultView>): ImportResultView => ({
  file: 'a.korpu',
  status: 'imported',
  dryRun: false,
  institutionCode: 'BAK-UE-01',
  sequence: 4,
  profile: 'named',
  problem: null,
  params: {},
  reason: null,
  warnings: [],
  counts: { residents: 20, progress_notes: 300 },
  changes: null,
  sha256: 'a'.repeat(64),
  ...overrides,
});

/** A core that answers each import with `results`, and keeps no history. */
function importCore(results: (dryRun: boolean) => ImportResultView[]) {
  return {
    'ministry.importHistory': () => [],
    'ministry.upload': (input: unknown) => ({ received: atob((input as { contentBase64: string }).contentBase64).length }),
    'ministry.import': (input: unknown) => results((input as { dryRun: boolean }).dryRun),
  };
}

function drop(files: File[]) {
  fireEvent.drop(screen.getByRole('region', { name: 'Paket fayllarını buraya atın' }), { dataTransfer: { files } });
}

describe('importing bundles', () => {
  it('sends every dropped file, imports them, and names each outcome and reason in words', async () => {
    const fake = renderWithProviders(
      <ImportPage />,
      importCore(() => [
        result({ file: 'bak.korpu', warnings: [{ code: 'sequence-gap', params: { missing: '3' } }], status: 'imported-with-warnings' }),
        result({ file: 'changed.korpu', status: 'rejected', problem: 'rollback', params: { sequence: '2', last: '4' }, counts: {}, sequence: 2 }),
      ]),
    );
    await screen.findByText('Hələ heç bir paket idxal edilməyib.');
    drop([new File(['PK-one'], 'bak.korpu'), new File(['PK-two'], 'changed.korpu')]);
    const bak = await screen.findByRole('listitem', { name: 'bak.korpu' });
    expect(bak).toHaveTextContent('Xəbərdarlıqla idxal edildi');
    expect(bak).toHaveTextContent('Qeydlər: 320');
    expect(bak).toHaveTextContent(/3 nömrəli paket/);
    const changed = screen.getByRole('listitem', { name: 'changed.korpu' });
    expect(changed).toHaveTextContent('Rədd edildi');
    expect(changed.textContent).not.toContain('rollback');
    const uploads = inputsOf(fake, 'ministry.upload') as { uploadId: string; offset: number }[];
    expect(uploads).toHaveLength(2);
    expect(uploads.every((upload) => upload.offset === 0)).toBe(true);
    expect(inputsOf(fake, 'ministry.import')).toEqual([
      expect.objectContaining({ dryRun: false, files: [{ uploadId: uploads[0]!.uploadId, fileName: 'bak.korpu' }, { uploadId: uploads[1]!.uploadId, fileName: 'changed.korpu' }] }),
    ]);
  });

  it('runs a dry run when asked, and shows what would change', async () => {
    const fake = renderWithProviders(
      <ImportPage />,
      importCore((dryRun) => [
        result({
          dryRun,
          changes: [{ table: 'residents', added: 2, changed: 1, removed: 0, examples: { added: ['Əliyeva Leyla', 'Həsənov Tural'], changed: ['Quliyev Orxan'], removed: [] } }],
        }),
      ]),
    );
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Sınaq yoxlaması (heç nə yazılmır)' }));
    drop([new File(['PK'], 'a.korpu')]);
    expect(await screen.findByText('Sınaq yoxlaması heç nə yazmadı.')).toBeInTheDocument();
    const changes = screen.getByRole('table', { name: 'a.korpu faylında dəyişikliklər' });
    expect(within(changes).getByRole('row', { name: /residents/ })).toHaveTextContent('Əliyeva Leyla, Həsənov Tural');
    await waitFor(() => expect(inputsOf(fake, 'ministry.import')).toEqual([expect.objectContaining({ dryRun: true })]));
  });
});
