import type { Language } from '@contract/common';
import type { ReferenceItem, ReferenceKind, ReferenceSaveInput } from '@contract/reference';
import { referenceKinds } from '@contract/reference';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import az from './messages/az.json';
import en from './messages/en.json';
import ru from './messages/ru.json';
import { ReferenceDataPage } from './ReferenceDataPage';

function item(kind: ReferenceKind, code: string, labels: [string, string, string], extra: Partial<ReferenceItem> = {}): ReferenceItem {
  const [azLabel, ruLabel, enLabel] = labels;
  return { kind, code, labels: { az: azLabel, ru: ruLabel, en: enLabel }, meta: {}, sortOrder: 10, retired: false, ...extra };
}

const stored: ReferenceItem[] = [
  item('institution_type', 'children_home', ['Uşaq evi', 'Детский дом', "Children's home"]),
  item('region', 'baku', ['Bakı', 'Баку', 'Baku']),
  item('region', 'sumqayit', ['Sumqayıt', 'Сумгайыт', 'Sumgait'], { sortOrder: 20 }),
  item('region', 'old_district', ['Köhnə rayon', 'Старый район', 'Old district'], { sortOrder: 30, retired: true }),
  item('legal_status', 'orphan', ['Yetim', 'Сирота', 'Orphan']),
  item('legal_status', 'deprived_of_care', ['Valideyn himayəsindən məhrum', 'Оставшийся без попечения', 'Deprived of parental care'], {
    sortOrder: 20,
    meta: { requiresDeprivationReason: true },
  }),
];

/** What the core answers to a save: the item as sent, with the flags it keeps. */
function saved(input: unknown): ReferenceItem {
  const { isNew: _isNew, ...sent } = input as ReferenceSaveInput;
  return { ...sent, meta: sent.meta ?? {}, sortOrder: 100, retired: false };
}

function renderPage(handlers: Record<string, (input: unknown) => unknown> = {}) {
  return renderWithProviders(<ReferenceDataPage />, {
    'reference.list': (input) => stored.filter((listed) => listed.kind === (input as { kind: ReferenceKind }).kind),
    ...handlers,
  });
}

/** Chooses a list in the kind selector, as a person does. */
async function chooseKind(name: string) {
  await userEvent.click(await screen.findByRole('combobox', { name: 'Kitabça' }));
  await userEvent.click(await screen.findByRole('option', { name, hidden: true }));
}

async function rowOf(code: string) {
  const header = await screen.findByRole('rowheader', { name: code });
  return header.closest('tr')!;
}

beforeAll(async () => {
  await initI18n('az');
});

describe('reference data', () => {
  it('lists every item of the chosen kind with its names and shows the retired ones as retired', async () => {
    const fake = renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Soraq kitabçaları' })).toBeInTheDocument();
    expect(screen.getByText(/Kodlar heç vaxt dəyişdirilmir və silinmir/)).toBeInTheDocument();
    await chooseKind('Şəhər və rayonlar');
    const baku = await rowOf('baku');
    expect(within(baku).getByText('Bakı')).toBeInTheDocument();
    expect(within(baku).getByText('Баку')).toBeInTheDocument();
    expect(within(baku).getByText('Baku')).toBeInTheDocument();
    expect(within(baku).getByText('İstifadədədir')).toBeInTheDocument();
    const retired = await rowOf('old_district');
    expect(within(retired).getByText('İstifadədən çıxarılıb')).toBeInTheDocument();
    expect(within(retired).getByRole('button', { name: 'Geri qaytar: Köhnə rayon' })).toBeInTheDocument();
    expect(screen.queryByText('Uşaq evi')).not.toBeInTheDocument();
    expect(inputsOf(fake, 'reference.list')).toContainEqual({ kind: 'region', includeRetired: true });
  });

  it('shows the flag a kind carries', async () => {
    renderPage();
    await chooseKind('Hüquqi statuslar');
    expect(await screen.findByRole('columnheader', { name: 'Əlamət' })).toBeInTheDocument();
    expect(within(await rowOf('deprived_of_care')).getByText('Məhrumetmə səbəbi tələb olunur')).toBeInTheDocument();
    expect(within(await rowOf('orphan')).queryByText('Məhrumetmə səbəbi tələb olunur')).not.toBeInTheDocument();
  });

  it('adds an item with its code and three names, and says so', async () => {
    const fake = renderPage({ 'reference.save': saved });
    await chooseKind('Şəhər və rayonlar');
    await userEvent.click(await screen.findByRole('button', { name: 'Element əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni element: Şəhər və rayonlar' });
    expect(within(dialog).getByLabelText(/^Kod/)).toHaveAccessibleDescription(/heç vaxt dəyişdirilə bilməz/);
    await userEvent.type(within(dialog).getByLabelText(/^Kod/), 'ganja');
    await userEvent.type(within(dialog).getByLabelText(/^Azərbaycanca adı/), 'Gəncə');
    await userEvent.type(within(dialog).getByLabelText(/^Rusca adı/), 'Гянджа');
    await userEvent.type(within(dialog).getByLabelText(/^İngiliscə adı/), 'Ganja');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'reference.save')).toEqual([
        { kind: 'region', code: 'ganja', labels: { az: 'Gəncə', ru: 'Гянджа', en: 'Ganja' }, isNew: true },
      ]),
    );
    expect(await screen.findByText('«Gəncə» əlavə edildi.')).toBeInTheDocument();
    await waitFor(() => expect(inputsOf(fake, 'reference.list').filter((input) => (input as { kind: string }).kind === 'region')).toHaveLength(2));
  });

  it('sends the flag of a new item when it is ticked', async () => {
    const fake = renderPage({ 'reference.save': saved });
    await chooseKind('Hüquqi statuslar');
    await userEvent.click(await screen.findByRole('button', { name: 'Element əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni element: Hüquqi statuslar' });
    await userEvent.type(within(dialog).getByLabelText(/^Kod/), 'under_guardianship');
    await userEvent.type(within(dialog).getByLabelText(/^Azərbaycanca adı/), 'Qəyyumluq altında');
    await userEvent.type(within(dialog).getByLabelText(/^Rusca adı/), 'Под опекой');
    await userEvent.type(within(dialog).getByLabelText(/^İngiliscə adı/), 'Under guardianship');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Məhrumetmə səbəbi tələb olunur' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'reference.save')).toEqual([
        {
          kind: 'legal_status',
          code: 'under_guardianship',
          labels: { az: 'Qəyyumluq altında', ru: 'Под опекой', en: 'Under guardianship' },
          meta: { requiresDeprivationReason: true },
          isNew: true,
        },
      ]),
    );
  });

  it('explains an invalid code beside the field and sends nothing', async () => {
    const fake = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Element əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni element: Müəssisə növləri' });
    await userEvent.type(within(dialog).getByLabelText(/^Kod/), 'Uşaq evi 2');
    await userEvent.type(within(dialog).getByLabelText(/^Azərbaycanca adı/), 'Uşaq evi 2');
    await userEvent.type(within(dialog).getByLabelText(/^Rusca adı/), 'Детский дом 2');
    await userEvent.type(within(dialog).getByLabelText(/^İngiliscə adı/), "Children's home 2");
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));
    const code = within(dialog).getByLabelText(/^Kod/);
    await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(/Kiçik latın hərfləri, rəqəmlər, - və _ işlədin\./);
    expect(inputsOf(fake, 'reference.save')).toEqual([]);
  });

  it('requires all three names', async () => {
    const fake = renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Element əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni element: Müəssisə növləri' });
    await userEvent.type(within(dialog).getByLabelText(/^Kod/), 'family_house');
    await userEvent.type(within(dialog).getByLabelText(/^Azərbaycanca adı/), 'Ailə evi');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Rusca adı/)).toHaveAccessibleDescription('Mütləqdir.'));
    expect(within(dialog).getByLabelText(/^İngiliscə adı/)).toHaveAccessibleDescription('Mütləqdir.');
    expect(inputsOf(fake, 'reference.save')).toEqual([]);
  });

  it('warns that a code is already listed, retired or not, and sends nothing', async () => {
    const fake = renderPage();
    await chooseKind('Şəhər və rayonlar');
    await userEvent.click(await screen.findByRole('button', { name: 'Element əlavə et' }));
    const dialog = await screen.findByRole('dialog', { name: 'Yeni element: Şəhər və rayonlar' });
    await userEvent.type(within(dialog).getByLabelText(/^Kod/), 'old_district');
    expect(within(dialog).getByLabelText(/^Kod/)).toHaveAccessibleDescription(/Bu kod artıq var: «Köhnə rayon»\./);
    await userEvent.type(within(dialog).getByLabelText(/^Azərbaycanca adı/), 'Yeni rayon');
    await userEvent.type(within(dialog).getByLabelText(/^Rusca adı/), 'Новый район');
    await userEvent.type(within(dialog).getByLabelText(/^İngiliscə adı/), 'New district');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Əlavə et' }));
    expect(inputsOf(fake, 'reference.save')).toEqual([]);
    expect(dialog).toBeInTheDocument();
  });

  it('renames an item keeping its code, with the flag changed', async () => {
    const fake = renderPage({ 'reference.save': saved });
    await chooseKind('Hüquqi statuslar');
    await userEvent.click(await screen.findByRole('button', { name: 'Adını dəyiş: Valideyn himayəsindən məhrum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adını dəyiş: Valideyn himayəsindən məhrum' });
    expect(within(dialog).getByLabelText(/^Kod/)).toHaveAttribute('readonly');
    expect(within(dialog).getByLabelText(/^Kod/)).toHaveValue('deprived_of_care');
    const russian = within(dialog).getByLabelText(/^Rusca adı/);
    await userEvent.clear(russian);
    await userEvent.type(russian, 'Лишённый родительского попечения');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Məhrumetmə səbəbi tələb olunur' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'reference.save')).toEqual([
        {
          kind: 'legal_status',
          code: 'deprived_of_care',
          labels: { az: 'Valideyn himayəsindən məhrum', ru: 'Лишённый родительского попечения', en: 'Deprived of parental care' },
          meta: { requiresDeprivationReason: false },
        },
      ]),
    );
    expect(await screen.findByText('«Valideyn himayəsindən məhrum» üçün adlar yadda saxlanıldı.')).toBeInTheDocument();
  });

  it('sends no flag when a rename leaves it as it was, so the item keeps its flags', async () => {
    const fake = renderPage({ 'reference.save': saved });
    await chooseKind('Hüquqi statuslar');
    await userEvent.click(await screen.findByRole('button', { name: 'Adını dəyiş: Valideyn himayəsindən məhrum' }));
    const dialog = await screen.findByRole('dialog', { name: 'Adını dəyiş: Valideyn himayəsindən məhrum' });
    expect(within(dialog).getByRole('checkbox', { name: 'Məhrumetmə səbəbi tələb olunur' })).toBeChecked();
    const english = within(dialog).getByLabelText(/^İngiliscə adı/);
    await userEvent.clear(english);
    await userEvent.type(english, 'Without parental care');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yadda saxla' }));
    await waitFor(() =>
      expect(inputsOf(fake, 'reference.save')).toEqual([
        {
          kind: 'legal_status',
          code: 'deprived_of_care',
          labels: { az: 'Valideyn himayəsindən məhrum', ru: 'Оставшийся без попечения', en: 'Without parental care' },
        },
      ]),
    );
  });

  it('retires an item only after confirming that records keeping its code are unaffected', async () => {
    const fake = renderPage({ 'reference.setRetired': (input) => ({ ...stored[2]!, retired: (input as { retired: boolean }).retired }) });
    await chooseKind('Şəhər və rayonlar');
    await userEvent.click(await screen.findByRole('button', { name: 'İstifadədən çıxar: Sumqayıt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Elementi istifadədən çıxarmaq' });
    expect(within(dialog).getByText(/Bu kodu saxlayan qeydlərə toxunulmur/)).toBeInTheDocument();
    expect(inputsOf(fake, 'reference.setRetired')).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'İstifadədən çıxar' }));
    await waitFor(() => expect(inputsOf(fake, 'reference.setRetired')).toEqual([{ kind: 'region', code: 'sumqayit', retired: true }]));
    expect(await screen.findByText('«Sumqayıt» istifadədən çıxarıldı.')).toBeInTheDocument();
  });

  it('brings a retired item back after confirmation', async () => {
    const fake = renderPage({ 'reference.setRetired': (input) => ({ ...stored[3]!, retired: (input as { retired: boolean }).retired }) });
    await chooseKind('Şəhər və rayonlar');
    await userEvent.click(await screen.findByRole('button', { name: 'Geri qaytar: Köhnə rayon' }));
    const dialog = await screen.findByRole('dialog', { name: 'Elementi geri qaytarmaq' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Geri qaytar' }));
    await waitFor(() => expect(inputsOf(fake, 'reference.setRetired')).toEqual([{ kind: 'region', code: 'old_district', retired: false }]));
  });

  it('offers every kind in the selector by its name', async () => {
    renderPage();
    await userEvent.click(await screen.findByRole('combobox', { name: 'Kitabça' }));
    const options = await screen.findAllByRole('option', { hidden: true });
    expect(options.map((option) => option.textContent)).toEqual(referenceKinds.map((kind) => az.reference.kinds[kind]));
  });
});

describe('reference data words in every language', () => {
  const messages: Record<Language, typeof az> = { az, ru, en };

  it.each(['az', 'ru', 'en'] as const)('%s names every kind of reference data', (language) => {
    const names: Record<string, string> = messages[language].reference.kinds;
    expect(referenceKinds.filter((kind) => (names[kind] ?? '').trim() === '')).toEqual([]);
    expect(Object.keys(names).sort()).toEqual([...referenceKinds].sort());
  });
});
