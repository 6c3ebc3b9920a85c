import type { FollowUp } from '@contract/placements';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { choose } from '../resident/test-fixtures';
import { inputsOf } from '../users/test-providers';
import { daysAgo, elvinPlacements, exitedElvin, renderSection } from './placement-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

/** The visits table of the placement shown `index`-th (newest first), row by row, header row first. */
async function visitRows(index: number) {
  const tables = await screen.findAllByRole('table');
  return within(tables[index]!).getAllByRole('row');
}

describe("a child's placements after leaving", () => {
  it('lists the placements newest first, each with its visits, the overdue one marked', async () => {
    renderSection(exitedElvin(), 'staff', { 'placements.list': elvinPlacements });
    // Newest first, named by their types once the reference data is in.
    await screen.findByRole('article', { name: /^Himayədar ailə, / });
    const [current, earlier] = screen.getAllByRole('article');
    expect(current).toHaveAccessibleName(/^Himayədar ailə, /);
    expect(within(current!).getByText('Cari')).toBeInTheDocument();
    expect(within(current!).getByText('Rzayeva Aygün')).toBeInTheDocument();
    expect(earlier).toHaveAccessibleName(/^Qohumların himayəsi, /);
    expect(within(earlier!).getByText(/: yerləşdirmə pozulub$/)).toBeInTheDocument();

    const [, made, overdue, ahead] = await visitRows(0);
    expect(within(made!).getByText('Sabitdir')).toBeInTheDocument();
    expect(within(made!).getByText('Nərmin Əzizova')).toBeInTheDocument();
    expect(within(made!).getByText('Aynur Məmmədova')).toBeInTheDocument();
    expect(within(overdue!).getByText('Vaxtı keçib')).toBeInTheDocument();
    expect(within(overdue!).getByRole('button', { name: /planlaşdırılan görüşü qeyd et$/ })).toBeInTheDocument();
    expect(within(ahead!).getByText('Planlaşdırılıb')).toBeInTheDocument();
    expect(within(ahead!).queryByText('Vaxtı keçib')).not.toBeInTheDocument();
    // The visit that found the earlier placement broken down.
    const [, brokenDown] = await visitRows(1);
    expect(within(brokenDown!).getByText('Pozulub')).toBeInTheDocument();
  });

  it('after a visit finds the placement broken down, offers re-admission and re-admits the child', async () => {
    const brokenVisit: FollowUp = {
      ...elvinPlacements()[0]!.followUps[1]!,
      visitDate: daysAgo(2),
      visitor: 'Nərmin Əzizova',
      outcome: 'broken_down',
      notes: 'Ailə uşaqdan imtina edir.',
      recordedByName: 'Aynur Məmmədova',
    };
    const fake = renderSection(exitedElvin(), 'staff', {
      'placements.list': elvinPlacements,
      'followUps.record': () => brokenVisit,
      'placements.readmit': () => ({ ...exitedElvin(), version: 6, status: 'in_residence' }),
    });
    const [, , overdue] = await visitRows(0);
    await userEvent.click(within(overdue!).getByRole('button', { name: /planlaşdırılan görüşü qeyd et$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'İzləmə görüşünün qeydə alınması' });
    const date = within(dialog).getByLabelText(/^Görüş tarixi/);
    await userEvent.clear(date);
    await userEvent.type(date, daysAgo(2));
    await userEvent.type(within(dialog).getByLabelText(/^Görüşə gedən/), 'Nərmin Əzizova');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Pozulub' }));
    await userEvent.type(within(dialog).getByLabelText(/^Qeydlər/), 'Ailə uşaqdan imtina edir.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));

    await waitFor(() =>
      expect(inputsOf(fake, 'followUps.record')).toEqual([
        { id: 'v-2', visitDate: daysAgo(2), visitor: 'Nərmin Əzizova', outcome: 'broken_down', notes: 'Ailə uşaqdan imtina edir.' },
      ]),
    );
    expect(await within(dialog).findByText('Yerləşdirmə pozulub')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Başqa yerləşdirmə' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yenidən qəbul et' }));

    const readmit = await screen.findByRole('dialog', { name: 'Uşağın yenidən qəbulu' });
    const admissionDate = within(readmit).getByLabelText(/^Qəbul tarixi/);
    await userEvent.clear(admissionDate);
    await userEvent.type(admissionDate, daysAgo(1));
    await choose(/^Haradan qəbul edilib/, 'Ailədən');
    await choose(/^Qərarı verən orqan/, 'Məhkəmə');
    await choose(/^Qəbulun səbəbləri/, 'Ailə böhranı');
    await userEvent.click(within(readmit).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'placements.readmit')).toEqual([
        {
          residentId: 'r-1',
          version: 5,
          admission: {
            admissionDate: daysAgo(1),
            basisBodyCode: 'court',
            basisNumber: null,
            basisDate: null,
            referringBodyCode: null,
            reasonCodes: ['family_crisis'],
            sourceCode: 'family',
          },
        },
      ]),
    );
    expect(await screen.findByText('Uşaq yenidən qəbul edildi.')).toBeInTheDocument();
  });

  it('records another family placement after the current one, offering family types only', async () => {
    const fake = renderSection(exitedElvin(), 'staff', {
      'placements.list': elvinPlacements,
      'placements.change': elvinPlacements,
    });
    const [current] = await screen.findAllByRole('article');
    await userEvent.click(within(current!).getByRole('button', { name: 'Başqa yerləşdirmə' }));
    const dialog = await screen.findByRole('dialog', { name: 'Başqa yerləşdirmə' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Pozulub' }));
    await userEvent.click(await within(dialog).findByRole('combobox', { name: /^Yerləşdirmənin növü/ }));
    expect(screen.queryByRole('option', { name: 'Başqa müəssisəyə köçürülmə', hidden: true })).not.toBeInTheDocument();
    await choose(/^Yerləşdirmənin növü/, 'Qohumların himayəsi');
    const start = within(dialog).getByLabelText(/^Başlama tarixi/);
    await userEvent.clear(start);
    await userEvent.type(start, daysAgo(3));
    await choose(/^Qərarı verən orqan/, 'Qəyyumluq və himayə orqanı');
    await userEvent.type(within(dialog).getByLabelText(/^Şəxsin və ya ailənin adı/), 'Quliyeva Günel');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'placements.change')).toEqual([
        {
          residentId: 'r-1',
          previousPlacementId: 'p-2',
          endReason: 'breakdown',
          typeCode: 'kinship',
          startDate: daysAgo(3),
          decision: { bodyCode: 'guardianship_authority', number: null, date: null },
          destination: { kind: 'person', name: 'Quliyeva Günel', phone: null, address: null },
          note: null,
        },
      ]),
    );
    expect(await screen.findByText('Yeni yerləşdirmə qeydə alındı.')).toBeInTheDocument();
  });

  it('shows a viewer the placements and visits without a single write button', async () => {
    renderSection(exitedElvin(), 'viewer', { 'placements.list': elvinPlacements });
    expect(await screen.findAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('Vaxtı keçib')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an adopted child’s new family as hidden to staff, where the core sent nothing', async () => {
    const [placement] = elvinPlacements();
    const adoption = {
      ...placement!,
      typeCode: 'adoption',
      destination: { kind: 'person' as const, name: null, phone: null, address: null },
      note: null,
    };
    renderSection({ ...exitedElvin(), secret: true }, 'staff', { 'placements.list': () => [adoption] });
    const article = await screen.findByRole('article');
    expect(within(article).getAllByText('Gizlidir (övladlığa götürmə sirridir)')).toHaveLength(4);
    expect(within(article).queryByText('göstərilməyib')).not.toBeInTheDocument();
  });
});
