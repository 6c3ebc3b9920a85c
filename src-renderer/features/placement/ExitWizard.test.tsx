import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { initI18n } from '../../i18n/i18n';
import { choose, elvin } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { exitedElvin, renderSection } from './placement-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

const next = () => userEvent.click(screen.getByRole('button', { name: 'İrəli' }));

async function openExit() {
  await userEvent.click(await screen.findByRole('button', { name: 'Çıxışı qeyd et' }));
  return screen.findByRole('dialog', { name: 'Uşağın çıxışının qeydə alınması' });
}

/** The second and third steps: date and decision, then the family the child goes to. */
async function fillDetailsAndDestination(dialog: HTMLElement) {
  const date = within(dialog).getByLabelText(/^Çıxış tarixi/);
  await userEvent.clear(date);
  await userEvent.type(date, '2026-11-20');
  await choose(/^Qərarı verən orqan/, 'Qəyyumluq və himayə orqanı');
  await userEvent.type(within(dialog).getByLabelText(/^Qərarın nömrəsi/), 'Q-17/2026');
  await userEvent.type(within(dialog).getByLabelText(/^Qərarın tarixi/), '2026-11-18');
  await next();
  expect(within(dialog).getByRole('radio', { name: 'Şəxs və ya ailə' })).toBeChecked();
  await userEvent.type(within(dialog).getByLabelText(/^Şəxsin və ya ailənin adı/), 'Həsənova Səbinə');
  await userEvent.type(within(dialog).getByLabelText(/^Telefon/), '+994 50 555 12 34');
  await next();
}

describe("recording a child's exit", () => {
  it('checks each step, then sends the exit once with what was typed', async () => {
    const fake = renderSection(elvin(), 'staff', {
      'placements.list': () => [],
      'placements.exit': () => exitedElvin(),
    });
    const dialog = await openExit();
    await next();
    // Nothing chosen: the first step stays, its input marked.
    expect(within(dialog).getByRole('combobox', { name: /^Çıxış növü/ })).toHaveAttribute('aria-invalid', 'true');

    await choose(/^Çıxış növü/, 'Qəyyumluq (14 yaşadək)');
    expect(within(dialog).getByText(/Ailəyə yerləşdirmə\. Ondan sonra izləmə görüşləri planlaşdırılacaq\./)).toBeInTheDocument();
    expect(within(dialog).getByText(/^İcazə verilən yaş: 0–13 yaş\./)).toBeInTheDocument();
    await next();
    await fillDetailsAndDestination(dialog);

    expect(within(dialog).getByText('Həsənova Səbinə')).toBeInTheDocument();
    expect(within(dialog).getByText('Qəyyumluq və himayə orqanı, № Q-17/2026, 18 noyabr 2026')).toBeInTheDocument();
    expect(inputsOf(fake, 'placements.exit')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Çıxışı yadda saxla' }));

    await waitFor(() =>
      expect(inputsOf(fake, 'placements.exit')).toEqual([
        {
          residentId: 'r-1',
          version: 4,
          exitTypeCode: 'guardianship',
          exitDate: '2026-11-20',
          decision: { bodyCode: 'guardianship_authority', number: 'Q-17/2026', date: '2026-11-18' },
          destination: { kind: 'person', name: 'Həsənova Səbinə', phone: '+994 50 555 12 34', address: null },
          note: null,
        },
      ]),
    );
    expect(await screen.findByText('Çıxış qeydə alındı.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The placements are read again for the record to show them.
    expect(inputsOf(fake, 'placements.list').length).toBeGreaterThan(1);
  });

  it('shows the core’s age rule beside the type, back on the first step', async () => {
    renderSection(elvin(), 'staff', {
      'placements.list': () => [],
      'placements.exit': () => {
        throw new FakeFailure({
          code: 'VALIDATION_FAILED',
          message: 'Invalid input',
          details: { issues: [{ path: 'exitTypeCode', message: 'validation.exitAgeOutside', params: { min: 14, max: 17, age: 11 } }] },
        });
      },
    });
    const dialog = await openExit();
    await choose(/^Çıxış növü/, 'Himayə (14–18 yaş)');
    await next();
    await fillDetailsAndDestination(dialog);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Çıxışı yadda saxla' }));

    expect(await within(dialog).findByText('Bu çıxış növü 14–17 yaşlı uşaqlar üçündür; çıxış tarixində uşağın yaşı 11-dir.')).toBeInTheDocument();
    expect(within(dialog).getByRole('combobox', { name: /^Çıxış növü/ })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('button', { name: 'Çıxışı yadda saxla' })).not.toBeInTheDocument();
  });

  it('says a transfer is never a family placement and warns that an adoption makes the record secret', async () => {
    renderSection(elvin(), 'staff', { 'placements.list': () => [] });
    const dialog = await openExit();
    await choose(/^Çıxış növü/, 'Başqa müəssisəyə köçürülmə');
    expect(within(dialog).getByText(/heç vaxt ailəyə yerləşdirmə kimi yox/)).toBeInTheDocument();
    await choose(/^Çıxış növü/, 'Övladlığa götürmə');
    expect(within(dialog).getByText('Qeyd məxfi olacaq')).toBeInTheDocument();
    expect(within(dialog).getByText(/yalnız direktor görəcək/)).toBeInTheDocument();
    // A transfer goes to an institution: the destination starts there.
    await choose(/^Çıxış növü/, 'Başqa müəssisəyə köçürülmə');
    await next();
    await choose(/^Qərarı verən orqan/, 'Məhkəmə');
    await next();
    expect(within(dialog).getByRole('radio', { name: 'Müəssisə' })).toBeChecked();
    expect(within(dialog).getByLabelText(/^Müəssisənin adı/)).toBeInTheDocument();
  });

  it('offers no exit to a viewer', async () => {
    renderSection(elvin(), 'viewer', { 'placements.list': () => [] });
    expect(await screen.findByText(/Uşaq müəssisədə yaşayır/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Çıxışı qeyd et' })).not.toBeInTheDocument();
  });
});
