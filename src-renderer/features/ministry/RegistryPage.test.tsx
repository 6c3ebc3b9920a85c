import type { RegistryInstitution } from '@contract/ministry';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { RegistryPage } from './RegistryPage';

beforeAll(async () => {
  await initI18n('az');
});

const KEY = 'untrusted comment: minisign public key 5A3C9E1B7D2F4068\nRWRoQH0ffTzaWjzZ9k6yMl3QZbWX3m6u6oFqf1xeTaQJ9cBNx5x5y5fq\n';
const FINGERPRINT = '3F2A 91C0 7D4E 0B1A 5C6D 8E9F 1A2B 3C4D 5E6F 7A8B 9C0D 1E2F 3A4B 5C6D 7E8F 9A0B';
const enrolled: RegistryInstitution = {
  code: 'BAK-UE-01',
  name: 'Bakı 1 nömrəli uşaq evi',
  regionCode: 'baku',
  typeCode: null,
  enrolledAt: '2026-11-20T09:00:00.000Z',
  keys: [{ keyId: '5A3C9E1B7D2F4068', fingerprint: FINGERPRINT, addedAt: '2026-11-20T09:00:00.000Z', revokedFrom: null }],
  status: 'active',
  lastSequence: 3,
  lastImportAt: '2026-11-28T11:00:00.000Z',
  bundles: 3,
};
const regions = [{ kind: 'region', code: 'baku', labels: { az: 'Bakı', ru: 'Баку', en: 'Baku' }, meta: {}, sortOrder: 10, retired: false }];

/** A ministry core with one institution enrolled; enrolment adds another. */
function ministryCore(handlers: Record<string, (input: unknown) => unknown> = {}) {
  const institutions = [enrolled];
  return {
    'ministry.keys': () => ({ name: 'Şöbə', recipient: 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p', fingerprint: 'C0FF EE12', receiptKeyId: '0123456789ABCDEF', createdAt: '2026-11-01T09:00:00.000Z' }),
    'ministry.registry': () => institutions,
    'reference.list': (input: unknown) => ((input as { kind: string }).kind === 'region' ? regions : []),
    'ministry.inspectPublicKey': () => ({ keyId: '1111222233334444', fingerprint: FINGERPRINT, signedByKeyId: null }),
    'ministry.enrol': (input: unknown) => {
      const { code, name } = input as { code: string; name: string };
      institutions.push({ ...enrolled, code: code.toUpperCase(), name, keys: [], lastSequence: null, lastImportAt: null, bundles: 0 });
      return { keyId: '1111222233334444', fingerprint: FINGERPRINT, signedByKeyId: null };
    },
    ...handlers,
  };
}

async function fillEnrolment() {
  await userEvent.click(await screen.findByRole('button', { name: 'Müəssisəni qeydiyyata al' }));
  const dialog = await screen.findByRole('dialog', { name: 'Müəssisəni qeydiyyata al' });
  await userEvent.type(within(dialog).getByLabelText(/Müəssisə kodu/), 'gnc-ue-02');
  await userEvent.type(within(dialog).getByLabelText(/Müəssisənin adı/), 'Gəncə 2 nömrəli uşaq evi');
  await userEvent.click(within(dialog).getByRole('textbox', { name: /Açıq açar/ }));
  await userEvent.paste(KEY);
  return dialog;
}

describe('the registry', () => {
  it('lists the enrolled institutions with their keys, last bundle and status, in words', async () => {
    renderWithProviders(<RegistryPage role="analyst" />, ministryCore());
    const table = await screen.findByRole('table', { name: 'Müəssisələr reyestri' });
    const row = await within(table).findByRole('row', { name: /BAK-UE-01/ });
    expect(row).toHaveTextContent('5A3C9E1B7D2F4068');
    expect(row).toHaveTextContent('Fəal');
    expect(row).toHaveTextContent('Bakı');
    // An analyst reads the registry but changes nothing in it.
    expect(screen.queryByRole('button', { name: 'Müəssisəni qeydiyyata al' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Yeni açar/ })).not.toBeInTheDocument();
  });

  it('enrols only after the admin confirms the fingerprint shown, and sends exactly that fingerprint', async () => {
    const fake = renderWithProviders(<RegistryPage role="ministry_admin" />, ministryCore());
    const dialog = await fillEnrolment();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açarı yoxla' }));
    expect(await within(dialog).findByText(FINGERPRINT)).toBeInTheDocument();
    const enrol = within(dialog).getByRole('button', { name: 'Qeydiyyata al' });
    expect(enrol).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Barmaq izi müəssisənin dediyi ilə eynidir' }));
    await userEvent.click(enrol);
    await waitFor(() => expect(inputsOf(fake, 'ministry.enrol')).toHaveLength(1));
    expect(inputsOf(fake, 'ministry.enrol')[0]).toMatchObject({ code: 'gnc-ue-02', name: 'Gəncə 2 nömrəli uşaq evi', confirmedFingerprint: FINGERPRINT });
    expect(await screen.findByRole('row', { name: /GNC-UE-02/ })).toBeInTheDocument();
  });

  it('says why a key cannot be enrolled, beside the key', async () => {
    renderWithProviders(
      <RegistryPage role="ministry_admin" />,
      ministryCore({
        'ministry.inspectPublicKey': () => {
          throw new FakeFailure({ code: 'VALIDATION_FAILED', message: 'not a key', details: { issues: [{ path: 'text', message: 'validation.publicKey' }] } });
        },
      }),
    );
    const dialog = await fillEnrolment();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açarı yoxla' }));
    expect(await within(dialog).findByText('Bu, minisign açıq açar faylı deyil.')).toBeInTheDocument();
  });
});
