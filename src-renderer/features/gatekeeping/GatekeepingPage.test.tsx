import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { gatekeepingCore, renderGatekeeping } from './gatekeeping-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

/** The register's row of the child named `name`. */
async function rowOf(name: string) {
  const header = await screen.findByRole('rowheader', { name: new RegExp(`^${name}`) });
  return header.closest('tr')!;
}

/** The names of the children the register lists, in order. */
function listedChildren() {
  const table = screen.getByRole('table', { name: 'Müraciətlər reyestri' });
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => header.firstChild?.textContent);
}

describe('the register of admission requests', () => {
  it('lists each request with who asked, why and what was decided', async () => {
    renderGatekeeping(gatekeepingCore());
    const aysel = await rowOf('Hüseynova Aysel Kamran qızı');
    // Requester and reasons by their names, once the reference data is in.
    await waitFor(() => expect(aysel).toHaveTextContent('ValideynHüseynova Sevda'));
    expect(aysel).toHaveTextContent('10 mart 2026');
    expect(aysel).toHaveTextContent('Doğum tarixi: 4 may 2019');
    expect(aysel).toHaveTextContent('Yoxsulluq, Ailə böhranı');
    expect(within(aysel).getByText('Qərar gözlənilir')).toBeInTheDocument();

    const nurlan = await rowOf('Quliyev Nurlan');
    expect(within(nurlan).getByText('Rədd edilib')).toBeInTheDocument();
    expect(nurlan).toHaveTextContent('Ailə uşağı evdə saxlamağa razılaşdı.');
    expect(nurlan).toHaveTextContent('20 yanvar 2026');
    expect(nurlan).toHaveTextContent('Xəstəxana');
  });

  it('offers a pending request to be edited, decided or admitted, and a decided one nothing', async () => {
    renderGatekeeping(gatekeepingCore());
    const aysel = await rowOf('Hüseynova Aysel Kamran qızı');
    expect(within(aysel).getByRole('button', { name: 'Müraciəti redaktə et: Hüseynova Aysel Kamran qızı' })).toBeInTheDocument();
    expect(within(aysel).getByRole('button', { name: 'Qərar ver: Hüseynova Aysel Kamran qızı' })).toBeInTheDocument();
    // Admitting is registering the child, on the new-child form that knows the request.
    expect(within(aysel).getByRole('link', { name: 'Qəbul et və qeydiyyata al: Hüseynova Aysel Kamran qızı' })).toHaveAttribute(
      'href',
      '/residents/new?request=gk-1',
    );

    const nurlan = await rowOf('Quliyev Nurlan');
    expect(within(nurlan).queryByRole('button')).not.toBeInTheDocument();
    expect(within(nurlan).queryByRole('link')).not.toBeInTheDocument();
  });

  it("links an admitted child's name to the record made from the request", async () => {
    renderGatekeeping(gatekeepingCore());
    const tural = await rowOf('Əliyev Tural');
    expect(within(tural).getByText('Müəssisəyə qəbul edilib')).toBeInTheDocument();
    expect(within(tural).getByRole('link', { name: 'Əliyev Tural' })).toHaveAttribute('href', '/residents/r-9');
    expect(within(tural).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a viewer the register without a single way to change it', async () => {
    renderGatekeeping(gatekeepingCore(), 'viewer');
    const aysel = await rowOf('Hüseynova Aysel Kamran qızı');
    expect(within(aysel).queryByRole('button')).not.toBeInTheDocument();
    expect(within(aysel).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Əməliyyatlar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yeni müraciət' })).not.toBeInTheDocument();
    // The only button left is the filters' own.
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Süzgəcləri təmizlə']);
  });

  it('says when nothing has been recorded yet', async () => {
    renderGatekeeping(gatekeepingCore([]));
    expect(await screen.findByText('Hələ heç bir müraciət qeydə alınmayıb.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Müraciətlər reyestri' })).not.toBeInTheDocument();
  });
});

describe('filtering the register', () => {
  it('asks for the chosen decision and lists only those requests, until the filters are cleared', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    await rowOf('Hüseynova Aysel Kamran qızı');
    const clear = screen.getByRole('button', { name: 'Süzgəcləri təmizlə' });
    expect(clear).toBeDisabled();

    await choose(/^Qərar/, 'Rədd edilib');
    await waitFor(() => expect(listedChildren()).toEqual(['Quliyev Nurlan']));
    expect(inputsOf(fake, 'gatekeeping.list')).toEqual([{}, { decision: 'refused' }]);

    await userEvent.click(clear);
    await waitFor(() => expect(listedChildren()).toEqual(['Hüseynova Aysel Kamran qızı', 'Əliyev Tural', 'Quliyev Nurlan']));
    expect(screen.getByRole('combobox', { name: /^Qərar/ })).toHaveValue('');
    expect(clear).toBeDisabled();
  });

  it('asks for requests received between two days, both included', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    await rowOf('Hüseynova Aysel Kamran qızı');
    fireEvent.change(screen.getByLabelText('Daxil olub (başlanğıc)'), { target: { value: '2026-01-12' } });
    fireEvent.change(screen.getByLabelText('Daxil olub (son, daxil olmaqla)'), { target: { value: '2026-02-20' } });
    await waitFor(() => expect(listedChildren()).toEqual(['Əliyev Tural', 'Quliyev Nurlan']));
    expect(inputsOf(fake, 'gatekeeping.list')).toContainEqual({ from: '2026-01-12', to: '2026-02-20' });
  });

  it('does not ask for a range that ends before it starts, and says why beside the end', async () => {
    const fake = renderGatekeeping(gatekeepingCore());
    await rowOf('Hüseynova Aysel Kamran qızı');
    fireEvent.change(screen.getByLabelText('Daxil olub (başlanğıc)'), { target: { value: '2026-03-01' } });
    const to = screen.getByLabelText('Daxil olub (son, daxil olmaqla)');
    fireEvent.change(to, { target: { value: '2026-02-01' } });
    expect(to).toHaveAccessibleDescription('Son tarix başlanğıcdan əvvəl ola bilməz.');
    await waitFor(() => expect(inputsOf(fake, 'gatekeeping.list')).toContainEqual({ from: '2026-03-01' }));
    expect(inputsOf(fake, 'gatekeeping.list')).not.toContainEqual({ from: '2026-03-01', to: '2026-02-01' });
  });

  it('says when no request matches the filters', async () => {
    renderGatekeeping(gatekeepingCore());
    await rowOf('Hüseynova Aysel Kamran qızı');
    await choose(/^Qərar/, 'Qohumların yanında / himayədar ailədə');
    expect(await screen.findByText('Seçilmiş şərtlərə uyğun müraciət yoxdur.')).toBeInTheDocument();
    expect(screen.queryByText('Hələ heç bir müraciət qeydə alınmayıb.')).not.toBeInTheDocument();
  });
});
