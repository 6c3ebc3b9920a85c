import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { renderBundlesPage, signingKey } from './bundles-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

/** The value shown for a term of a key's description list. */
function valueOf(section: HTMLElement, term: string): string | null {
  return within(section).getByRole('definition', { name: term }).textContent;
}

describe('export to the ministry: keys', () => {
  it("shows the signing key's id, its fingerprint in groups of four and as a QR code", async () => {
    renderBundlesPage();
    const section = await screen.findByRole('region', { name: 'İmza açarı' });
    expect(valueOf(section, 'Açarın identifikatoru')).toBe('5A3C9E1B7D2F4068');
    expect(valueOf(section, 'Barmaq izi')).toBe('3f2a 91c0 7d4e 0b1a 5c6d 8e9f 1a2b 3c4d 5e6f 7a8b 9c0d 1e2f 3a4b 5c6d 7e8f 9a0b');
    expect(within(section).getByRole('img', { name: 'Barmaq izinin QR kodu' })).toBeInTheDocument();
    expect(section).toHaveTextContent('Nazirlik bu açıq açar faylını bir dəfə qeydiyyata alır');
  });

  it('saves the minisign public key file under the name the core gives', async () => {
    const types: string[] = [];
    const names: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      types.push((blob as Blob).type);
      return 'blob:key';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      const fake = renderBundlesPage({
        'bundles.exportPublicKey': () => ({ fileName: 'bak-ue-01.pub', contentBase64: btoa(signingKey.publicKeyFile) }),
      });
      await userEvent.click(await screen.findByRole('button', { name: 'Açıq açar faylını saxla' }));
      await waitFor(() => expect(names).toEqual(['bak-ue-01.pub']));
      expect(types).toEqual(['text/plain']);
      expect(inputsOf(fake, 'bundles.exportPublicKey')).toEqual([{}]);
    } finally {
      createObjectURL.mockRestore();
      revoke.mockRestore();
      click.mockRestore();
    }
  });

  it('shows the ministry keys in use and who set them', async () => {
    renderBundlesPage();
    const section = await screen.findByRole('region', { name: 'Nazirliyin açarları' });
    expect(valueOf(section, 'Şifrələmə açarı (age)')).toBe('age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p');
    expect(valueOf(section, 'Qəbz açarının identifikatoru')).toBe('0123456789ABCDEF');
    expect(section).toHaveTextContent('Aynur Məmmədova təyin edib, 21 noyabr 2026');
    expect(within(section).getByRole('button', { name: 'Nazirliyin açarlarını dəyiş' })).toBeInTheDocument();
  });

  it('without the ministry keys, says what to do and offers no export', async () => {
    renderBundlesPage({ 'bundles.keys': () => ({ signingKey, ministry: null }) });
    const keys = await screen.findByRole('region', { name: 'Nazirliyin açarları' });
    expect(keys).toHaveTextContent('Nazirliyin açarı hələ təyin olunmayıb.');
    expect(within(keys).getByRole('button', { name: 'Nazirliyin açarlarını təyin et' })).toBeInTheDocument();
    const exporting = screen.getByRole('region', { name: 'Yeni ixrac' });
    expect(exporting).toHaveTextContent('Əvvəlcə nazirliyin açarı lazımdır');
    expect(within(exporting).getByRole('button', { name: 'İxrac et' })).toBeDisabled();
  });
});
