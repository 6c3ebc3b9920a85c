import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf } from '../users/test-providers';
import { overviewCore, renderOverview } from './ministry-overview-fixtures';

beforeAll(async () => {
  await initI18n('az');
});

/** What a description list says under each term. */
function factsOf(element: HTMLElement): Record<string, string> {
  return Object.fromEntries(within(element).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent ?? '']));
}

/** A table's rows as the texts of their cells. */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

const CHILDREN = 'Müəssisədə olan uşaqlar';

describe('an institution seen from the ministry', () => {
  it('shows the figures of a named snapshot, its plan, its bundles and its children in residence by name', async () => {
    const fake = renderOverview(overviewCore(), '/institutions/BAK-UE-01');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bakı şəhəri 1 nömrəli uşaq evi' })).toBeInTheDocument();
    expect(inputsOf(fake, 'ministry.institution')).toEqual([{ code: 'BAK-UE-01' }]);
    expect(screen.getByText('Kod: BAK-UE-01 · Region: Bakı')).toBeInTheDocument();

    const figures = screen.getByRole('region', { name: 'Rəqəmlər' });
    expect(figures).toHaveTextContent('Mənbə: adlı paket №1, 25 noyabr 2026.');
    expect(factsOf(figures)).toMatchObject({ 'Müəssisədə olan uşaqlar': '29', Qəbullar: '6', 'Alternativ həllər': '11', 'Başqa müəssisəyə köçürmələr': '0' });

    const plan = screen.getByRole('region', { name: 'Transformasiya planı' });
    expect(factsOf(plan)).toEqual({
      Vəziyyət: 'İcra olunur',
      Dövr: '1 fevral 2025 – 31 yanvar 2028',
      'İcra olunmuş tədbirlər': '17 / 25',
      'Vaxtı keçmiş tədbirlər': '2',
      'Orta irəliləyiş': '86%',
    });
    expect(within(plan).getByRole('progressbar', { name: 'Planın icrası: 86%' })).toHaveAttribute('aria-valuenow', '86');

    const bundles = screen.getByRole('table', { name: 'Bu müəssisədən idxal olunmuş paketlər, yenidən köhnəyə' });
    expect(rowsOf(bundles)).toHaveLength(2);
    expect(rowsOf(bundles)[1]?.slice(0, 2)).toEqual(['1', 'adlı']);

    const children = screen.getByRole('region', { name: CHILDREN });
    expect(children).toHaveTextContent('Adlı paketdə olan uşaqlar, №1, 25 noyabr 2026 tarixli.');
    // Legal statuses are named by the ministry's reference data, once it has loaded.
    await within(children).findByText('Yetim');
    expect(rowsOf(within(children).getByRole('table', { name: 'Müəssisədə olan uşaqlar, soyada görə' }))).toEqual([
      ['Soyadı, adı, ata adı', 'Doğum tarixi', 'Cinsi', 'Hüquqi status', 'Sağlamlıq imkanlarının məhdudluğu', 'Qəbul tarixi'],
      ['Əliyeva Aysel Rauf qızı', '1 may 2016', 'Qız', 'Yetim', 'Var', '1 sentyabr 2025'],
      ['Quliyev Elvin', '11 fevral 2017', 'Oğlan', 'Valideyn himayəsindən məhrum', 'Yoxdur', '1 oktyabr 2025'],
    ]);
  });

  it('names no child when the figures come from a statistical bundle, and says why', async () => {
    renderOverview(overviewCore(), '/institutions/GNC-UE-02');
    await screen.findByRole('heading', { level: 1, name: 'Gəncə şəhəri 2 nömrəli uşaq evi' });
    const children = screen.getByRole('region', { name: CHILDREN });
    expect(within(children).queryByRole('table')).not.toBeInTheDocument();
    expect(children).toHaveTextContent('Uşaqların adları yalnız adlı paketlərdən göstərilir.');
    expect(screen.getByRole('region', { name: 'Rəqəmlər' })).toHaveTextContent('Mənbə: statistik paket №2, 12 yanvar 2027.');
    expect(screen.getByRole('region', { name: 'Transformasiya planı' })).toHaveTextContent('Mənbə: plan paket №3, 12 yanvar 2027.');

    const bundles = rowsOf(screen.getByRole('table', { name: 'Bu müəssisədən idxal olunmuş paketlər, yenidən köhnəyə' }));
    expect(bundles.map((row) => row.slice(0, 2))).toEqual([
      ['Nömrə', 'Məzmun'],
      ['3', 'plan'],
      ['2', 'statistik'],
    ]);
    expect(bundles[1]?.[4]).toBe('Yoxdur');
    expect(bundles[2]?.[4]).toBe('Bu müəssisənin 1 nömrəli paket(lər)i alınmayıb; bu paket boşluqdan sonra idxal edilib.');
  });

  it('says so for an institution that has sent nothing yet', async () => {
    renderOverview(overviewCore(), '/institutions/SHK-UE-03');
    await screen.findByRole('heading', { level: 1, name: 'Şəki uşaq evi' });
    expect(screen.getByText('Kod: SHK-UE-03 · Region: Region göstərilməyib')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Rəqəmlər' })).toHaveTextContent('Bu müəssisədən hələ uşaqlar haqqında məlumat olan paket alınmayıb.');
    expect(screen.getByRole('region', { name: 'Transformasiya planı' })).toHaveTextContent('Bu müəssisədən hələ plan məlumatı olan paket alınmayıb.');
    expect(screen.getByRole('region', { name: 'Alınmış paketlər' })).toHaveTextContent('Bu müəssisədən hələ heç bir paket idxal olunmayıb.');
    expect(screen.getByRole('region', { name: CHILDREN })).toHaveTextContent('Uşaqların adları yalnız adlı paketlərdən göstərilir.');
  });

  it('explains an unknown institution in words, with the way back', async () => {
    renderOverview(overviewCore(), '/institutions/XXX-00');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ölkə üzrə icmala qayıt' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
