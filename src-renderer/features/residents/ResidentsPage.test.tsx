import type { Role } from '@contract/common';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { ResidentSummary } from '@contract/residents';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes, useParams } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { inputsOf, renderWithProviders } from '../users/test-providers';
import { COLUMNS_STORAGE_KEY } from './resident-columns';
import { ResidentsPage } from './ResidentsPage';
import { ROWS_MARK } from './ResidentsTable';
import { DATA_MARK } from './useResidentsList';

const base: Omit<ResidentSummary, 'id' | 'surname' | 'firstName' | 'patronymic'> = {
  sex: 'male',
  birthDate: '2012-03-04',
  age: 14,
  ageGroup: '11-14',
  fin: null,
  birthCertificate: null,
  status: 'in_residence',
  legalStatusCode: 'orphan',
  disability: false,
  educationTypeCode: 'general_school',
  admissionDate: '2020-09-01',
  secret: false,
};

function child(id: string, surname: string, firstName: string, patronymic: string | null, extra: Partial<ResidentSummary> = {}) {
  return { ...base, id, surname, firstName, patronymic, ...extra } satisfies ResidentSummary;
}

const children: ResidentSummary[] = [
  child('r-1', 'Əliyev', 'Murad', 'Rəşid oğlu', { fin: '5ABC7K2' }),
  child('r-2', 'Əliyeva', 'Leyla', 'Rəşid qızı', { sex: 'female', birthCertificate: 'AZE123456' }),
  child('r-3', 'Həsənova', 'Nigar', null, { sex: 'female', disability: true, legalStatusCode: 'parental_care_lost' }),
  child('r-4', 'İsmayılov', 'Tural', 'Elşən oğlu', { status: 'temporarily_absent' }),
];

const references: Partial<Record<ReferenceKind, [string, string][]>> = {
  legal_status: [
    ['orphan', 'Yetim'],
    ['parental_care_lost', 'Valideyn himayəsindən məhrum'],
  ],
  education_type: [
    ['general_school', 'Ümumtəhsil məktəbi'],
    ['inclusive_class', 'İnklüziv sinif'],
  ],
};

function referenceList(input: unknown): ReferenceItem[] {
  const { kind } = input as { kind: ReferenceKind };
  return (references[kind] ?? []).map(([code, az], index) => ({
    kind,
    code,
    labels: { az, ru: az, en: az },
    meta: {},
    sortOrder: index,
    retired: false,
  }));
}

function RecordStub() {
  return <h1>Şəxsi iş {useParams().id}</h1>;
}

function renderPage({ rows = children, role = 'staff' }: { rows?: ResidentSummary[]; role?: Role } = {}) {
  return renderWithProviders(
    <HashRouter>
      <Routes>
        <Route path="/residents" element={<ResidentsPage role={role} />} />
        <Route path="/residents/:id" element={<RecordStub />} />
      </Routes>
    </HashRouter>,
    { 'residents.list': () => ({ rows, total: rows.length }), 'reference.list': referenceList },
  );
}

const shownNames = () => screen.queryAllByRole('rowheader').map((cell) => cell.textContent);

async function rowOf(name: string) {
  const header = await screen.findByRole('rowheader', { name });
  return header.closest('tr')!;
}

const defaultInput = { filter: { statuses: ['in_residence', 'temporarily_absent'] }, sort: { by: 'name', descending: false } };

// jsdom lays nothing out. Give elements a size: the virtualizer then has rows to show, and the
// columns popover does not take its button for one scrolled out of sight.
const layout = { clientHeight: 600, clientWidth: 1000 };

beforeAll(async () => {
  await initI18n('az');
  for (const [property, value] of Object.entries(layout)) {
    Object.defineProperty(HTMLElement.prototype, property, { configurable: true, get: () => value });
  }
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, layout.clientWidth, layout.clientHeight));
});

afterAll(() => {
  for (const property of Object.keys(layout)) {
    Reflect.deleteProperty(HTMLElement.prototype, property);
  }
  vi.restoreAllMocks();
});

beforeEach(() => {
  window.location.hash = '#/residents';
  window.localStorage.clear();
  performance.clearMarks();
});

describe('residents list', () => {
  it('shows the children the core lists, with translated values and a link to each record', async () => {
    const fake = renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Uşaqlar' })).toBeInTheDocument();
    await rowOf('Həsənova Nigar');
    expect(shownNames()).toEqual(['Əliyev Murad Rəşid oğlu', 'Əliyeva Leyla Rəşid qızı', 'Həsənova Nigar', 'İsmayılov Tural Elşən oğlu']);
    const leyla = await rowOf('Əliyeva Leyla Rəşid qızı');
    expect(within(leyla).getByText('Qız')).toBeInTheDocument();
    expect(within(leyla).getByText('Müəssisədədir')).toBeInTheDocument();
    expect(within(leyla).getByText('Yetim')).toBeInTheDocument();
    expect(within(await rowOf('İsmayılov Tural Elşən oğlu')).getByText('Müvəqqəti yoxdur')).toBeInTheDocument();
    expect(within(leyla).getByRole('link', { name: 'Əliyeva Leyla Rəşid qızı' })).toHaveAttribute('href', '#/residents/r-2');
    expect(screen.getByRole('status')).toHaveTextContent(/^Göstərilir: 4$/);
    expect(screen.getByRole('link', { name: 'Yeni uşaq' })).toHaveAttribute('href', '#/residents/new');
    expect(inputsOf(fake, 'residents.list')).toEqual([defaultInput]);
  });

  it('lists a secret (adopted) child whose name only the director sees as a secret record, still openable', async () => {
    renderPage({ rows: [...children, child('r-5', '', '', null, { secret: true, status: 'exited' })] });
    const secret = await rowOf('Məxfi qeyd (övladlığa götürmə)');
    expect(within(secret).getByRole('link', { name: 'Məxfi qeyd (övladlığa götürmə)' })).toHaveAttribute('href', '#/residents/r-5');
  });

  it('offers no “New child” to a viewer', async () => {
    renderPage({ role: 'viewer' });
    await rowOf('Həsənova Nigar');
    expect(screen.queryByRole('link', { name: 'Yeni uşaq' })).not.toBeInTheDocument();
  });

  it('opens a child’s record from the name, also with Enter', async () => {
    renderPage();
    await userEvent.click(await screen.findByRole('link', { name: 'Həsənova Nigar' }));
    expect(await screen.findByRole('heading', { name: 'Şəxsi iş r-3' })).toBeInTheDocument();
    window.location.hash = '#/residents';
    const link = await screen.findByRole('link', { name: 'İsmayılov Tural Elşən oğlu' });
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Şəxsi iş r-4' })).toBeInTheDocument();
  });

  it('filters as one types, ignoring Azerbaijani letters, without asking the core again', async () => {
    const fake = renderPage();
    await rowOf('Həsənova Nigar');
    const search = screen.getByRole('searchbox', { name: 'Axtarış' });
    await userEvent.type(search, 'eliyev');
    expect(shownNames()).toEqual(['Əliyev Murad Rəşid oğlu', 'Əliyeva Leyla Rəşid qızı']);
    expect(screen.getByRole('status')).toHaveTextContent(/^Göstərilir: 2$/);
    await userEvent.clear(search);
    await userEvent.type(search, 'ismayilov');
    expect(shownNames()).toEqual(['İsmayılov Tural Elşən oğlu']);
    await userEvent.clear(search);
    await userEvent.type(search, '5abc7k2');
    expect(shownNames()).toEqual(['Əliyev Murad Rəşid oğlu']);
    await userEvent.clear(search);
    await userEvent.type(search, 'məmmədov');
    expect(shownNames()).toEqual([]);
    expect(screen.getByText('Axtarışa və filtrlərə uyğun uşaq tapılmadı.')).toBeInTheDocument();
    expect(inputsOf(fake, 'residents.list')).toHaveLength(1);
  });

  it('asks the core again when a filter changes, and resets the filters', async () => {
    const fake = renderPage();
    await rowOf('Həsənova Nigar');
    await userEvent.click(screen.getByRole('combobox', { name: 'Cinsi' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Qız', hidden: true }));
    await waitFor(() => expect(inputsOf(fake, 'residents.list')).toContainEqual({ ...defaultInput, filter: { ...defaultInput.filter, sex: 'female' } }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Hüquqi status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Yetim', hidden: true }));
    await waitFor(() =>
      expect(inputsOf(fake, 'residents.list')).toContainEqual({
        ...defaultInput,
        filter: { ...defaultInput.filter, sex: 'female', legalStatusCodes: ['orphan'] },
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Filtrləri sıfırla' }));
    expect(screen.getByRole('combobox', { name: 'Cinsi' })).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Filtrləri sıfırla' })).toBeDisabled();
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const fake = renderPage();
    await rowOf('Həsənova Nigar');
    const nameHeader = screen.getByRole('columnheader', { name: /Soyadı, adı, ata adı/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(nameHeader).getByRole('button'));
    await waitFor(() => expect(inputsOf(fake, 'residents.list')).toContainEqual({ ...defaultInput, sort: { by: 'name', descending: true } }));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Qəbul tarixi/ })).getByRole('button'));
    await waitFor(() =>
      expect(inputsOf(fake, 'residents.list').at(-1)).toEqual({ ...defaultInput, sort: { by: 'admissionDate', descending: false } }),
    );
    expect(nameHeader).not.toHaveAttribute('aria-sort');
  });

  it('hides a column the user unticks and remembers it for the next visit', async () => {
    renderPage();
    await rowOf('Həsənova Nigar');
    expect(screen.getByRole('columnheader', { name: /Doğum tarixi/ })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'FİN' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sütunlar' }));
    expect(await screen.findByRole('checkbox', { name: 'Soyadı, adı, ata adı' })).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Doğum tarixi' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'FİN' }));
    expect(screen.queryByRole('columnheader', { name: /Doğum tarixi/ })).not.toBeInTheDocument();
    expect(within(await rowOf('Əliyev Murad Rəşid oğlu')).getByText('5ABC7K2')).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem(COLUMNS_STORAGE_KEY) ?? '[]')).not.toContain('birthDate');

    cleanup();
    renderPage();
    await rowOf('Həsənova Nigar');
    expect(screen.queryByRole('columnheader', { name: /Doğum tarixi/ })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'FİN' })).toBeInTheDocument();
  });

  it('keeps only the visible part of a long list in the page, and marks data and rows for the benchmark', async () => {
    const many = Array.from({ length: 10_000 }, (_, index) => child(`r-${index}`, `Quliyev${index}`, 'Samir', null));
    renderPage({ rows: many });
    await rowOf('Quliyev0 Samir');
    const table = screen.getByRole('table', { name: 'Uşaqlar' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    expect(screen.getAllByRole('rowheader').length).toBeLessThan(60);
    expect(screen.getByRole('region', { name: 'Uşaqların siyahısı' })).toContainElement(table);
    expect(screen.getByRole('status')).toHaveTextContent(/^Göstərilir: 10.000$/);
    expect(performance.getEntriesByName(DATA_MARK)).toHaveLength(1);
    expect(performance.getEntriesByName(ROWS_MARK)).toHaveLength(1);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Axtarış' }), 'quliyev9999');
    expect(shownNames()).toEqual(['Quliyev9999 Samir']);
    expect(performance.getEntriesByName(ROWS_MARK)).toHaveLength(1);
  });

  it('says so when the list is empty', async () => {
    renderPage({ rows: [] });
    expect(await screen.findByText('Siyahıda uşaq yoxdur.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
