import type { SessionUser } from '@contract/accounts';
import type { Dashboard } from '@contract/dashboard';
import type { InstitutionProfile } from '@contract/institution';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HashRouter, Route, Routes, useParams } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { initI18n } from '../../i18n/i18n';
import { HomePage } from '../home/HomePage';
import { renderWithProviders } from '../users/test-providers';

const user: SessionUser = { id: 'u-1', login: 'aynur', fullName: 'Aynur Məmmədova', role: 'director', language: 'az' };

const profile: InstitutionProfile = {
  code: 'UE-017',
  name: 'Bakı şəhəri 2 nömrəli uşaq evi',
  typeCode: 'children_home',
  regionCode: 'baku',
  address: null,
  capacity: 60,
  phone: null,
  directorName: 'Aynur Məmmədova',
  createdAt: '2026-01-10T08:00:00.000Z',
  updatedAt: '2026-01-10T08:00:00.000Z',
};

const alerts: Dashboard['alerts'] = [
  { kind: 'turning14', residentId: 'r-1', fullName: 'Əliyev Murad Rəşid oğlu', birthDate: '2012-12-05', dueDate: '2026-12-05', missing: [] },
  { kind: 'identityCard15', residentId: 'r-2', fullName: 'Əliyeva Leyla Rəşid qızı', birthDate: '2011-11-20', dueDate: '2026-12-20', missing: [] },
  { kind: 'leavingCare', residentId: 'r-3', fullName: 'Quliyev Samir', birthDate: '2009-03-01', dueDate: '2027-03-01', missing: [] },
  {
    kind: 'missingData',
    residentId: 'r-4',
    fullName: 'Həsənova Nigar',
    birthDate: '2009-02-01',
    dueDate: null,
    missing: ['residentFields.fin', 'residentFields.birthCertificate'],
  },
];

function dashboard(overrides: Partial<Dashboard> = {}): Dashboard {
  return {
    asOf: '2026-11-25',
    inResidence: {
      total: 42,
      temporarilyAbsent: 3,
      withDisability: 7,
      byAgeGroup: [
        { group: '0-2', male: 1, female: 2 },
        { group: '3-6', male: 4, female: 3 },
        { group: '7-10', male: 5, female: 6 },
        { group: '11-14', male: 7, female: 5 },
        { group: '15-17', male: 4, female: 3 },
        { group: '18+', male: 1, female: 1 },
      ],
    },
    admissionsThisYear: 9,
    exitsThisYear: 5,
    alerts,
    planActionsOverdue: [],
    ...overrides,
  };
}

const overdue: Dashboard['planActionsOverdue'] = [
  {
    planId: 'p-1',
    actionId: 'a-1',
    phaseId: 'ph-1',
    phaseComponentCode: 'baseline',
    phaseTitle: null,
    title: 'Uşaqların siyahısını yoxlamaq',
    owner: 'Direktor müavini',
    dueDate: '2026-11-01',
    status: 'in_progress',
    milestone: false,
  },
  {
    planId: 'p-1',
    actionId: 'a-2',
    phaseId: 'ph-9',
    phaseComponentCode: null,
    phaseTitle: 'Binanın təmiri',
    title: 'Günərzi mərkəzin açılışı',
    owner: null,
    dueDate: '2026-11-20',
    status: 'not_started',
    milestone: true,
  },
];

function RecordStub() {
  return <h1>Şəxsi iş {useParams().id}</h1>;
}

function renderHome(answer: Dashboard = dashboard()) {
  return renderWithProviders(
    <HashRouter>
      <Routes>
        <Route path="/" element={<HomePage user={user} />} />
        <Route path="/residents/:id" element={<RecordStub />} />
        <Route path="/plan" element={<h1>Transformasiya planı</h1>} />
      </Routes>
    </HashRouter>,
    { 'dashboard.get': () => answer, 'institution.get': () => profile, 'reference.list': () => [] },
  );
}

/** The cells of a table row, as text, the row's header first. */
function cellsOf(row: HTMLElement) {
  return [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent);
}

beforeAll(async () => {
  await initI18n('az');
});

beforeEach(() => {
  window.location.hash = '#/';
});

describe('home page dashboard', () => {
  it('keeps the welcome, the date and the institution around the dashboard', async () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Xoş gəlmisiniz, Aynur Məmmədova' })).toBeInTheDocument();
    expect(screen.getByText(/^Bu gün: /)).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Bakı şəhəri 2 nömrəli uşaq evi' })).toBeInTheDocument();
  });

  it('counts the children in residence, and this year’s admissions and exits', async () => {
    renderHome();
    const residence = await screen.findByRole('region', { name: 'Müəssisədə olan uşaqlar' });
    expect(within(residence).getByText('42')).toBeInTheDocument();
    expect(within(residence).getByText('Onlardan müvəqqəti yoxdur: 3')).toBeInTheDocument();
    expect(within(residence).getByText('Sağlamlıq imkanları məhdud olanlar: 7')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Bu il qəbul edilənlər' })).getByText('9')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Bu il müəssisədən ayrılanlar' })).getByText('5')).toBeInTheDocument();
  });

  it('splits the children by age and sex, with totals', async () => {
    renderHome();
    const table = await screen.findByRole('table', { name: 'Yaş və cins üzrə' });
    const headers = within(table).getAllByRole('columnheader').map((cell) => cell.textContent);
    expect(headers).toEqual(['Yaş qrupu', 'Oğlanlar', 'Qızlar', 'Cəmi']);
    expect(cellsOf(within(table).getByRole('rowheader', { name: '11–14 yaş' }).closest('tr')!)).toEqual(['11–14 yaş', '7', '5', '12']);
    expect(cellsOf(within(table).getByRole('rowheader', { name: '18 və yuxarı' }).closest('tr')!)).toEqual(['18 və yuxarı', '1', '1', '2']);
    expect(cellsOf(within(table).getByRole('rowheader', { name: 'Cəmi' }).closest('tr')!)).toEqual(['Cəmi', '22', '20', '42']);
  });

  it('lists each kind of reminder with what it means, the date or fields, and a link to the child', async () => {
    renderHome();
    const kinds = [
      ['14 yaşı tamam olur', 'Əliyev Murad Rəşid oğlu', 'r-1', 'Doğum günü: 5 dekabr 2026'],
      ['Şəxsiyyət vəsiqəsi (15 yaş)', 'Əliyeva Leyla Rəşid qızı', 'r-2', 'Müraciətin son tarixi: 20 dekabr 2026'],
      ['Müstəqil həyata hazırlıq (17,5 yaş)', 'Quliyev Samir', 'r-3', '18 yaşı tamam olur: 1 mart 2027'],
      ['Çatışmayan məlumatlar', 'Həsənova Nigar', 'r-4', 'Çatışmır: FİN, Doğum haqqında şəhadətnamə'],
    ] as const;
    for (const [title, name, id, detail] of kinds) {
      const group = await screen.findByRole('region', { name: title });
      expect(within(group).getByRole('link', { name })).toHaveAttribute('href', `#/residents/${id}`);
      expect(within(group).getByRole('listitem')).toHaveTextContent(`${name} — ${detail}`);
    }
    expect(within(screen.getByRole('region', { name: '14 yaşı tamam olur' })).getByText(/qəyyumluq himayəçiliklə əvəz olunur/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Quliyev Samir' }));
    expect(await screen.findByRole('heading', { name: 'Şəxsi iş r-3' })).toBeInTheDocument();
  });

  it('lists the care pathway’s reminders, a secret (adopted) child without a name', async () => {
    const pathway: Dashboard['alerts'] = [
      { kind: 'noPlan', residentId: 'r-5', fullName: 'Məmmədov Orxan', birthDate: '2016-04-04', dueDate: '2026-10-31', missing: [] },
      { kind: 'reviewOverdue', residentId: 'r-6', fullName: 'Babayeva Günay', birthDate: '2013-07-07', dueDate: '2026-11-20', missing: [] },
      { kind: 'assessmentDue', residentId: 'r-7', fullName: 'Cəfərov Elvin', birthDate: '2014-01-05', dueDate: '2026-12-01', missing: [] },
      { kind: 'followUpOverdue', residentId: 'r-8', fullName: '', birthDate: '2020-02-02', dueDate: '2026-11-01', missing: [] },
      { kind: 'placementBreakdown', residentId: 'r-9', fullName: 'Rzayev Tural', birthDate: '2012-09-09', dueDate: '2026-11-24', missing: [] },
    ];
    renderHome(dashboard({ alerts: pathway }));
    const kinds = [
      ['Fərdi qayğı planı yoxdur', 'Məmmədov Orxan', 'r-5', 'Planın son tarixi: 31 oktyabr 2026'],
      ['Plana baxışın vaxtı keçib', 'Babayeva Günay', 'r-6', 'Baxış tarixi: 20 noyabr 2026'],
      ['Qiymətləndirmə aparılmalıdır', 'Cəfərov Elvin', 'r-7', 'Son tarix: 1 dekabr 2026'],
      ['İzləmə görüşünün vaxtı keçib', 'Məxfi qeyd, doğum tarixi: 2 fevral 2020', 'r-8', 'Görüşün vaxtı: 1 noyabr 2026'],
      ['Yerləşdirmə pozulub', 'Rzayev Tural', 'r-9', 'Görüş tarixi: 24 noyabr 2026'],
    ] as const;
    for (const [title, name, id, detail] of kinds) {
      const group = await screen.findByRole('region', { name: title });
      expect(within(group).getByRole('link', { name })).toHaveAttribute('href', `#/residents/${id}`);
      expect(within(group).getByRole('listitem')).toHaveTextContent(`${name} — ${detail}`);
    }
    expect(within(screen.getByRole('region', { name: 'Yerləşdirmə pozulub' })).getByText(/Uşağı yenidən qəbul edin/)).toBeInTheDocument();
    const headings = within(screen.getByRole('region', { name: 'Xatırlatmalar' }))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(kinds.map(([title]) => title));
  });

  it('shows the first few children of a long reminder list, and all on request', async () => {
    const many = Array.from({ length: 7 }, (_, index) => ({ ...alerts[3]!, residentId: `m-${index}`, fullName: `Quliyev${index} Samir` }));
    renderHome(dashboard({ alerts: many }));
    const group = await screen.findByRole('region', { name: 'Çatışmayan məlumatlar' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(5);
    await userEvent.click(within(group).getByRole('button', { name: 'Hamısını göstər (7)' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(7);
    await userEvent.click(within(group).getByRole('button', { name: 'Daha az göstər' }));
    expect(within(group).getAllByRole('listitem')).toHaveLength(5);
  });

  it('lists the transformation plan’s overdue actions with phase, due date and owner, and leads to the plan', async () => {
    renderHome(dashboard({ planActionsOverdue: overdue }));
    const section = await screen.findByRole('region', { name: 'Transformasiya planının vaxtı keçmiş tədbirləri' });
    const [first, second, ...rest] = within(section).getAllByRole('listitem');
    expect(rest).toEqual([]);
    // The phase by its template name, or by the name the director gave it.
    expect(within(first!).getByText('Uşaqların siyahısını yoxlamaq')).toBeInTheDocument();
    expect(within(first!).getByText('Başlanğıc vəziyyət · Son tarix: 1 noyabr 2026 · Məsul: Direktor müavini')).toBeInTheDocument();
    expect(within(first!).queryByText('Nəzarət nöqtəsi')).not.toBeInTheDocument();
    expect(within(second!).getByText('Günərzi mərkəzin açılışı')).toBeInTheDocument();
    expect(within(second!).getByText('Nəzarət nöqtəsi')).toBeInTheDocument();
    expect(within(second!).getByText('Binanın təmiri · Son tarix: 20 noyabr 2026 · Məsul şəxs göstərilməyib')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('link', { name: 'Transformasiya planını aç' }));
    expect(await screen.findByRole('heading', { name: 'Transformasiya planı' })).toBeInTheDocument();
  });

  it('says nothing of the plan when no action of it is overdue', async () => {
    renderHome();
    await screen.findByRole('region', { name: 'Xatırlatmalar' });
    expect(screen.queryByRole('region', { name: 'Transformasiya planının vaxtı keçmiş tədbirləri' })).not.toBeInTheDocument();
  });

  it('says when there is nothing to be reminded of', async () => {
    renderHome(dashboard({ alerts: [] }));
    const reminders = await screen.findByRole('region', { name: 'Xatırlatmalar' });
    expect(within(reminders).getByText(/^Hazırda xatırlatma yoxdur/)).toBeInTheDocument();
    expect(within(reminders).queryByRole('link')).not.toBeInTheDocument();
  });
});
