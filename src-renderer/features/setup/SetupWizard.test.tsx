import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { createApi } from '../../api/client';
import { fakeBridge } from '../../api/fake-bridge';
import { App } from '../../App';
import { initI18n } from '../../i18n/i18n';

const referenceItems = {
  institution_type: [{ kind: 'institution_type', code: 'children_home', labels: { az: 'Uşaq evi', ru: 'Детский дом', en: "Children's home" }, meta: {}, sortOrder: 10, retired: false }],
  region: [{ kind: 'region', code: 'baku', labels: { az: 'Bakı', ru: 'Баку', en: 'Baku' }, meta: {}, sortOrder: 10, retired: false }],
};

const RECOVERY_CODE = '7KQ2M-X9R4T-B3N8P-W5H6J-C1D0F';

function newInstallation() {
  let setUp: 'institution' | 'ministry' | null = null;
  return fakeBridge({
    'app.info': () => ({
      version: '0.1.0',
      setupComplete: setUp !== null,
      kind: setUp,
      defaultLanguage: 'az',
      institutionName: setUp === null ? null : setUp === 'ministry' ? 'Deinstitusionalizasiya şöbəsi' : 'Bakı 1 nömrəli uşaq evi',
    }),
    'auth.session': () => null,
    'reference.list': (input) => referenceItems[(input as { kind: 'region' | 'institution_type' }).kind],
    'setup.complete': () => {
      setUp = 'institution';
      return { userId: 'u-1', recoveryCode: RECOVERY_CODE };
    },
    'setup.ministry': () => {
      setUp = 'ministry';
      return { userId: 'u-1', recoveryCode: RECOVERY_CODE };
    },
  });
}

beforeAll(async () => {
  await initI18n('az');
});

/** The first question: whose installation this is. */
async function chooseInstitution(): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: 'Müəssisə' }));
}

describe('first-run wizard', () => {
  it('shows a translated message beside every required field and does not move on', async () => {
    const fake = newInstallation();
    render(<App api={createApi(fake.bridge)} />);
    await chooseInstitution();
    await userEvent.click(await screen.findByRole('button', { name: 'İrəli' }));
    expect(await screen.findAllByText('Mütləqdir.')).toHaveLength(4);
    expect(screen.getByLabelText(/Nazirlik kodu/)).toHaveAttribute('aria-invalid', 'true');
    expect(fake.calls.some((call) => call.name === 'setup.complete')).toBe(false);
  });

  it('rejects a malformed institution code with the rule in words', async () => {
    const fake = newInstallation();
    render(<App api={createApi(fake.bridge)} />);
    await chooseInstitution();
    await userEvent.type(await screen.findByLabelText(/Nazirlik kodu/), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'İrəli' }));
    expect(await screen.findByText(/2–32 böyük latın hərfi/)).toBeInTheDocument();
  });

  it('sends the whole setup once, after the review', async () => {
    const fake = newInstallation();
    render(<App api={createApi(fake.bridge)} />);
    await chooseInstitution();
    await userEvent.type(await screen.findByLabelText(/Nazirlik kodu/), 'bak-ue-01');
    await userEvent.type(screen.getByLabelText(/Müəssisənin adı/), 'Bakı 1 nömrəli uşaq evi');
    await userEvent.click(screen.getByRole('combobox', { name: /Müəssisənin növü/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Uşaq evi', hidden: true }));
    await userEvent.click(screen.getByRole('combobox', { name: /Şəhər və ya rayon/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Bakı', hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'İrəli' }));
    await userEvent.type(await screen.findByLabelText(/Direktorun adı, soyadı/), 'Aynur Məmmədova');
    await userEvent.type(screen.getByLabelText(/^Login/), 'aynur');
    await userEvent.type(screen.getByLabelText(/^Parol \*?$/), 'Qarabağ2026!');
    await userEvent.type(screen.getByLabelText(/Parolu təkrarlayın/), 'Qarabağ2026!');
    await userEvent.click(screen.getByRole('button', { name: 'İrəli' }));
    expect(await screen.findByRole('cell', { name: 'BAK-UE-01' })).toBeInTheDocument();
    expect(fake.calls.some((call) => call.name === 'setup.complete')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Yarat' }));
    await waitFor(() => expect(fake.calls.filter((call) => call.name === 'setup.complete')).toHaveLength(1));
    const sent = fake.calls.find((call) => call.name === 'setup.complete')?.input as {
      institution: { code: string; directorName: string };
      director: { login: string };
      language: string;
    };
    expect(sent.institution.code).toBe('bak-ue-01');
    expect(sent.institution.directorName).toBe('Aynur Məmmədova');
    expect(sent.director.login).toBe('aynur');
    expect(sent.language).toBe('az');

    // The recovery code is shown once; going on needs the director's word that it is written down.
    expect(await screen.findByText(RECOVERY_CODE)).toBeInTheDocument();
    const goOn = screen.getByRole('button', { name: 'Girişə keç' });
    expect(goOn).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: /Kodu yazdım/ }));
    await userEvent.click(goOn);
    expect(await screen.findByRole('heading', { name: 'Körpüyə daxil olun' })).toBeInTheDocument();
    expect(screen.queryByText(RECOVERY_CODE)).not.toBeInTheDocument();
  });

  it('sets up the ministry instead: the department and its first admin, then the recovery code', async () => {
    const fake = newInstallation();
    render(<App api={createApi(fake.bridge)} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Nazirlik' }));
    const name = await screen.findByLabelText(/Şöbənin adı/);
    expect(name).toHaveValue('Təhsil Nazirliyi — Deinstitusionalizasiya və uşaq müdafiəsi şöbəsi');
    await userEvent.click(screen.getByRole('button', { name: 'Quraşdırmanı yarat' }));
    expect(await screen.findAllByText('Mütləqdir.')).not.toHaveLength(0);
    expect(fake.calls.some((call) => call.name === 'setup.ministry')).toBe(false);
    await userEvent.type(screen.getByLabelText(/Administratorun tam adı/), 'Nazim Əliyev');
    await userEvent.type(screen.getByLabelText(/^Login/), 'nazim');
    await userEvent.type(screen.getByLabelText(/^Parol \*?$/), 'Nazirlik-2026-açar');
    await userEvent.type(screen.getByLabelText(/Parolu təkrarlayın/), 'Nazirlik-2026-açar');
    await userEvent.click(screen.getByRole('button', { name: 'Quraşdırmanı yarat' }));
    expect(await screen.findByText(RECOVERY_CODE)).toBeInTheDocument();
    expect(fake.calls.find((call) => call.name === 'setup.ministry')?.input).toEqual({
      name: 'Təhsil Nazirliyi — Deinstitusionalizasiya və uşaq müdafiəsi şöbəsi',
      admin: { login: 'nazim', fullName: 'Nazim Əliyev', password: 'Nazirlik-2026-açar' },
      language: 'az',
    });
    expect(fake.calls.some((call) => call.name === 'setup.complete')).toBe(false);
  });
});
