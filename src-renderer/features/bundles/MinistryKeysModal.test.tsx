import type { MinistryKeys } from '@contract/bundles';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { MINISTRY_FINGERPRINT, ministry, RECIPIENT, renderBundlesPage, signingKey } from './bundles-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

const inspected: MinistryKeys = { recipient: RECIPIENT, fingerprint: MINISTRY_FINGERPRINT, receiptKeyId: null };

/** A core without ministry keys, which keeps them once set. */
function coreWithoutKeys(handlers: Record<string, (input: unknown) => unknown> = {}) {
  let current: typeof ministry | null = null;
  return renderBundlesPage({
    'bundles.keys': () => ({ signingKey, ministry: current }),
    'bundles.inspectMinistryKeys': () => inspected,
    'bundles.setMinistryKeys': () => {
      current = ministry;
      return ministry;
    },
    ...handlers,
  });
}

async function openDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Nazirliyin açarlarını təyin et' }));
  return screen.findByRole('dialog', { name: 'Nazirliyin açarları' });
}

describe("setting the ministry's keys", () => {
  it('shows the fingerprint, asks that it matches, and sends exactly the fingerprint confirmed', async () => {
    const fake = coreWithoutKeys();
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('textbox', { name: /Nazirliyin açarı \(age1…\)/ }));
    await userEvent.paste(RECIPIENT);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açarı yoxla' }));

    expect(await within(dialog).findByRole('definition', { name: 'Barmaq izi' })).toHaveTextContent(MINISTRY_FINGERPRINT);
    expect(within(dialog).getByRole('definition', { name: 'Qəbz açarının identifikatoru' })).toHaveTextContent('açar faylında yoxdur');
    const confirm = within(dialog).getByRole('button', { name: 'Bu açarları təyin et' });
    expect(confirm).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Barmaq izi nazirliyin verdiyi ilə üst-üstə düşür' }));
    await userEvent.click(confirm);

    await waitFor(() => expect(inputsOf(fake, 'bundles.setMinistryKeys')).toEqual([{ text: RECIPIENT, confirmedFingerprint: MINISTRY_FINGERPRINT }]));
    expect(inputsOf(fake, 'bundles.inspectMinistryKeys')).toEqual([{ text: RECIPIENT }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The page reads the keys again and now shows them.
    const section = screen.getByRole('region', { name: 'Nazirliyin açarları' });
    expect(await within(section).findByRole('definition', { name: 'Şifrələmə açarı (age)' })).toHaveTextContent(RECIPIENT);
    expect(screen.getByRole('button', { name: 'İxrac et' })).toBeEnabled();
  });

  it("puts a chosen key file's text in the field and checks that text", async () => {
    const fake = coreWithoutKeys();
    const dialog = await openDialog();
    const text = `# Təhsil Nazirliyi\nrecipient: ${RECIPIENT}\n`;
    await userEvent.upload(within(dialog).getByLabelText('Nazirliyin açar faylı'), new File([text], 'ministry.keys', { type: 'text/plain' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: /Nazirliyin açarı/ })).toHaveValue(text));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açarı yoxla' }));
    await waitFor(() => expect(inputsOf(fake, 'bundles.inspectMinistryKeys')).toEqual([{ text }]));
  });

  it('says beside the field that the text is no ministry key, and changes nothing', async () => {
    const fake = coreWithoutKeys({
      'bundles.inspectMinistryKeys': () => {
        throw new FakeFailure({ code: 'MINISTRY_KEYS_INVALID', message: 'not a key' });
      },
    });
    const dialog = await openDialog();
    const field = within(dialog).getByRole('textbox', { name: /Nazirliyin açarı/ });
    await userEvent.type(field, 'age1yanlış');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açarı yoxla' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Bu, nazirliyin açar faylı deyil/));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(inputsOf(fake, 'bundles.setMinistryKeys')).toEqual([]);
  });

  it('asks for the key before checking it', async () => {
    const fake = coreWithoutKeys();
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Açarı yoxla' }));
    const field = within(dialog).getByRole('textbox', { name: /Nazirliyin açarı/ });
    await waitFor(() => expect(field).toHaveAccessibleDescription(/Mütləqdir/));
    expect(inputsOf(fake, 'bundles.inspectMinistryKeys')).toEqual([]);
  });
});
