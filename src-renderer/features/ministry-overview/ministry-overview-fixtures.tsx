import type { ImportedBundle, NamedChild } from '@contract/ministry';
import type { InstitutionOverview, NationalOverview, OverviewFigures, TrendPoint } from '@contract/national-overview';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import { MemoryRouter, Route, Routes } from 'react-router';

import { FakeFailure } from '../../api/fake-bridge';
import { renderWithProviders } from '../users/test-providers';
import { InstitutionPage } from './InstitutionPage';
import { OverviewPage } from './OverviewPage';

type Handlers = Record<string, (input: unknown) => unknown>;

/*
 * A ministry with three institutions, on 12 January 2027: Baku's named bundle; Ganja's statistical
 * snapshot (no. 2) followed by a plan bundle (no. 3); Şəki, with no region, that has sent nothing.
 */

function items(kind: ReferenceKind, labels: [code: string, az: string, en: string][]): ReferenceItem[] {
  return labels.map(([code, az, en], index) => ({ kind, code, labels: { az, ru: `${az} (ru)`, en }, meta: {}, sortOrder: index * 10, retired: false }));
}

const reference: Partial<Record<ReferenceKind, ReferenceItem[]>> = {
  region: items('region', [
    ['baku', 'Bakı', 'Baku'],
    ['ganja', 'Gəncə', 'Ganja'],
  ]),
  legal_status: items('legal_status', [
    ['orphan', 'Yetim', 'Orphan'],
    ['deprived_of_care', 'Valideyn himayəsindən məhrum', 'Deprived of parental care'],
  ]),
};

/** Answers reference.list with the regions and legal statuses. */
export function referenceList(input: unknown): ReferenceItem[] {
  return reference[(input as { kind: ReferenceKind }).kind] ?? [];
}

function figures(values: { inResidence: number; disability: number; inclusive: number; admissions: number; diversions: number; family: number; transfer: number; other: number }): OverviewFigures {
  return {
    childrenInResidence: values.inResidence,
    childrenWithDisability: values.disability,
    childrenInInclusiveEducation: values.inclusive,
    admissions: values.admissions,
    diversions: values.diversions,
    exits: { family: values.family, transfer: values.transfer, other: values.other, byType: [] },
  };
}

const bakuFigures = figures({ inResidence: 29, disability: 5, inclusive: 1, admissions: 6, diversions: 11, family: 0, transfer: 0, other: 1 });
const ganjaFigures = figures({ inResidence: 22, disability: 5, inclusive: 3, admissions: 4, diversions: 8, family: 1, transfer: 1, other: 0 });
const noFigures = figures({ inResidence: 0, disability: 0, inclusive: 0, admissions: 0, diversions: 0, family: 0, transfer: 0, other: 0 });

export const baku: InstitutionOverview = {
  code: 'BAK-UE-01',
  name: 'Bakı şəhəri 1 nömrəli uşaq evi',
  regionCode: 'baku',
  typeCode: 'children_home',
  lastBundle: { sequence: 1, profile: 'named', createdAt: '2026-11-25T09:00:00.000Z', importedAt: '2026-11-25T10:00:00.000Z' },
  snapshot: { sequence: 1, profile: 'named', createdAt: '2026-11-25T09:00:00.000Z' },
  figures: bakuFigures,
  plan: {
    bundle: { sequence: 1, profile: 'named', createdAt: '2026-11-25T09:00:00.000Z' },
    status: 'in_progress',
    periodStart: '2025-02-01',
    periodEnd: '2028-01-31',
    actionsDone: 17,
    actionsTotal: 25,
    actionsOverdue: 2,
    progressPercent: 86,
  },
};

export const ganja: InstitutionOverview = {
  code: 'GNC-UE-02',
  name: 'Gəncə şəhəri 2 nömrəli uşaq evi',
  regionCode: 'ganja',
  typeCode: 'children_home',
  lastBundle: { sequence: 3, profile: 'plan', createdAt: '2027-01-12T08:30:00.000Z', importedAt: '2027-01-12T09:00:00.000Z' },
  snapshot: { sequence: 2, profile: 'statistical', createdAt: '2027-01-12T08:00:00.000Z' },
  figures: ganjaFigures,
  plan: {
    bundle: { sequence: 3, profile: 'plan', createdAt: '2027-01-12T08:30:00.000Z' },
    status: 'in_progress',
    periodStart: '2025-04-01',
    periodEnd: '2028-03-31',
    actionsDone: 17,
    actionsTotal: 25,
    actionsOverdue: 2,
    progressPercent: 82,
  },
};

export const sheki: InstitutionOverview = {
  code: 'SHK-UE-03',
  name: 'Şəki uşaq evi',
  regionCode: null,
  typeCode: null,
  lastBundle: null,
  snapshot: null,
  figures: null,
  plan: null,
};

/** The last `count` months up to January 2027, oldest first. */
function monthsTo(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const at = 2027 * 12 + 0 - (count - 1 - index);
    return `${Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
  });
}

/** Nobody reported before November 2026; then Baku's 29 children, and Ganja's from January. */
function trends(count: number): TrendPoint[] {
  return monthsTo(count).map((month) => {
    const reporting = month >= '2027-01' ? 2 : month >= '2026-11' ? 1 : 0;
    return {
      month,
      reporting,
      childrenInResidence: reporting === 2 ? 51 : reporting === 1 ? 29 : 0,
      familyExits: month === '2027-01' ? 1 : 0,
      transfers: month === '2027-01' ? 1 : 0,
      otherExits: month === '2026-12' ? 1 : 0,
    };
  });
}

/** The overview as the core computes it, with `months` months of trend. */
export function overview(months = 12): NationalOverview {
  return {
    today: '2027-01-12',
    fromMonth: '2026-02',
    toMonth: '2027-01',
    totals: {
      institutions: 3,
      reporting: 2,
      figures: figures({ inResidence: 51, disability: 10, inclusive: 4, admissions: 10, diversions: 19, family: 1, transfer: 1, other: 1 }),
    },
    regions: [
      { regionCode: 'baku', institutions: 1, reporting: 1, figures: bakuFigures },
      { regionCode: 'ganja', institutions: 1, reporting: 1, figures: ganjaFigures },
      { regionCode: null, institutions: 1, reporting: 0, figures: noFigures },
    ],
    institutions: [baku, ganja, sheki],
    trends: trends(months),
  };
}

export const namedChildren: NamedChild[] = [
  {
    id: 'r-1',
    surname: 'Əliyeva',
    firstName: 'Aysel',
    patronymic: 'Rauf qızı',
    birthDate: '2016-05-01',
    sex: 'female',
    legalStatusCode: 'orphan',
    disabilityStatus: 'disability',
    admittedOn: '2025-09-01',
  },
  {
    id: 'r-2',
    surname: 'Quliyev',
    firstName: 'Elvin',
    patronymic: null,
    birthDate: '2017-02-11',
    sex: 'male',
    legalStatusCode: 'deprived_of_care',
    disabilityStatus: 'none',
    admittedOn: '2025-10-01',
  },
];

function bundle(sequence: number, profile: ImportedBundle['profile'], createdAt: string, warnings: ImportedBundle['warnings'] = []): ImportedBundle {
  return { sequence, profile, createdAt, importedAt: createdAt.replace('T08', 'T09'), sha256: String(sequence).repeat(64).slice(0, 64), warnings };
}

/** What `ministry.institution` answers for each institution; NOT_FOUND for another code. */
export function institutionDetail(input: unknown) {
  const { code } = input as { code: string };
  switch (code) {
    case baku.code:
      return { overview: baku, bundles: [bundle(1, 'named', '2026-11-25T08:00:00.000Z')], children: namedChildren };
    case ganja.code:
      return {
        overview: ganja,
        bundles: [
          bundle(3, 'plan', '2027-01-12T08:30:00.000Z'),
          bundle(2, 'statistical', '2027-01-12T08:00:00.000Z', [{ code: 'sequence-gap', params: { missing: '1' } }]),
        ],
        children: null,
      };
    case sheki.code:
      return { overview: sheki, bundles: [], children: null };
    default:
      throw new FakeFailure({ code: 'NOT_FOUND', message: `Institution ${code} is not enrolled` });
  }
}

/** The core's answers for the overview's pages; `handlers` override. */
export function overviewCore(handlers: Handlers = {}): Handlers {
  return {
    'reference.list': referenceList,
    'ministry.overview': (input) => overview((input as { months: number }).months),
    'ministry.institution': institutionDetail,
    ...handlers,
  };
}

/** Renders the ministry's routes of these pages at `path` (the overview at `/`). */
export function renderOverview(handlers: Handlers = overviewCore(), path = '/') {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/" element={<OverviewPage />} />
        <Route path="/institutions/:code" element={<InstitutionPage />} />
      </Routes>
    </MemoryRouter>,
    handlers,
  );
}
