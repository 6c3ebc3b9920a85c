import type { Role } from '@contract/common';
import type { GatekeepingRequest } from '@contract/gatekeeping';
import type { ProcedureInput, ProcedureOutput } from '@contract/procedures';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import { MemoryRouter, Route, Routes } from 'react-router';

import { renderWithProviders } from '../users/test-providers';
import { GatekeepingPage } from './GatekeepingPage';

type Handlers = Record<string, (input: unknown) => unknown>;

/** The day the tests run on: requests are received up to it, decisions dated up to it. */
export const TODAY = '2026-03-15';

function items(kind: ReferenceKind, labels: [code: string, az: string][]): ReferenceItem[] {
  return labels.map(([code, az], index) => ({
    kind,
    code,
    labels: { az, ru: `${az} (ru)`, en: `${az} (en)` },
    meta: {},
    sortOrder: index * 10,
    retired: false,
  }));
}

/** Some of the seeded requesters and admission reasons. */
const gatekeepingReference: Partial<Record<ReferenceKind, ReferenceItem[]>> = {
  gatekeeping_requester: items('gatekeeping_requester', [
    ['parent', 'Valideyn'],
    ['police', 'Polis'],
    ['hospital', 'Xəstəxana'],
  ]),
  admission_reason: items('admission_reason', [
    ['poverty', 'Yoxsulluq'],
    ['family_crisis', 'Ailə böhranı'],
    ['disability', 'Uşağın sağlamlıq imkanlarının məhdudluğu'],
  ]),
};

/** Answers reference.list with the requesters and reasons. */
export function referenceList(input: unknown): ReferenceItem[] {
  return gatekeepingReference[(input as { kind: ReferenceKind }).kind] ?? [];
}

/** A request as the core returns it: Aysel's, pending, received on 10 March 2026. */
export function request(overrides: Partial<GatekeepingRequest> = {}): GatekeepingRequest {
  return {
    id: 'gk-1',
    receivedDate: '2026-03-10',
    childSurname: 'Hüseynova',
    childFirstName: 'Aysel',
    childPatronymic: 'Kamran qızı',
    childSex: 'female',
    childBirthDate: '2019-05-04',
    requesterCode: 'parent',
    requesterName: 'Hüseynova Sevda',
    reasonCodes: ['poverty', 'family_crisis'],
    assessmentSummary: 'Ana işsizdir, ailə kirayədə yaşayır.',
    commissionInvolved: false,
    decision: 'pending',
    decisionDate: null,
    decisionNote: null,
    residentId: null,
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:00:00.000Z',
    ...overrides,
  };
}

/**
 * The register: Aysel's pending request, Tural's admitted one (he has a record now) and Nurlan's
 * refused one. Newest first, as the core lists them.
 */
export function register(): GatekeepingRequest[] {
  return [
    request(),
    request({
      id: 'gk-2',
      receivedDate: '2026-02-20',
      childSurname: 'Əliyev',
      childFirstName: 'Tural',
      childPatronymic: null,
      childSex: 'male',
      childBirthDate: null,
      requesterCode: 'police',
      requesterName: null,
      reasonCodes: ['family_crisis'],
      decision: 'admitted',
      decisionDate: '2026-02-25',
      residentId: 'r-9',
    }),
    request({
      id: 'gk-3',
      receivedDate: '2026-01-12',
      childSurname: 'Quliyev',
      childFirstName: 'Nurlan',
      childPatronymic: null,
      childSex: 'male',
      childBirthDate: '2016-11-30',
      requesterCode: 'hospital',
      requesterName: null,
      reasonCodes: ['disability'],
      decision: 'refused',
      decisionDate: '2026-01-20',
      decisionNote: 'Ailə uşağı evdə saxlamağa razılaşdı.',
    }),
  ];
}

/**
 * A core that keeps the requests: the list filters them as the core does (decision, received
 * between from and to), and create, update and decide change what it lists next.
 */
export function gatekeepingCore(start: GatekeepingRequest[] = register()): Handlers {
  let requests = start;
  let created = 0;
  const replace = (id: string, change: (current: GatekeepingRequest) => GatekeepingRequest) => {
    const current = requests.find((candidate) => candidate.id === id)!;
    const changed = change(current);
    requests = requests.map((candidate) => (candidate.id === id ? changed : candidate));
    return changed;
  };
  return {
    'gatekeeping.list': (input) => {
      const { decision, from, to } = input as ProcedureInput<'gatekeeping.list'>;
      return requests.filter(
        (candidate) =>
          (decision === undefined || candidate.decision === decision) &&
          (from === undefined || candidate.receivedDate >= from) &&
          (to === undefined || candidate.receivedDate <= to),
      );
    },
    'gatekeeping.create': (input) => {
      const fields = (input as ProcedureInput<'gatekeeping.create'>).request;
      created += 1;
      const saved = request({ ...(fields as Partial<GatekeepingRequest>), id: `gk-new-${created}` });
      requests = [saved, ...requests];
      return saved;
    },
    'gatekeeping.update': (input) => {
      const { id, request: fields } = input as ProcedureInput<'gatekeeping.update'>;
      return replace(id, (current) => ({ ...current, ...(fields as Partial<GatekeepingRequest>) }));
    },
    'gatekeeping.decide': (input) => {
      const { id, decision, decisionDate, note } = input as ProcedureInput<'gatekeeping.decide'>;
      return replace(id, (current) => ({ ...current, decision, decisionDate, decisionNote: note ?? null }));
    },
  };
}

type SummaryMonth = ProcedureOutput<'gatekeeping.summary'>[number];

/** April 2025 to March 2026, the year up to `TODAY`: 17 requests: 5 admitted, 9 diverted, 2 refused, 1 pending. */
export function summaryMonths(): SummaryMonth[] {
  const counts: [month: string, admitted: number, diverted: number, refused: number, pending: number][] = [
    ['2025-04', 1, 0, 0, 0],
    ['2025-05', 0, 2, 0, 0],
    ['2025-06', 0, 0, 0, 0],
    ['2025-07', 1, 1, 0, 0],
    ['2025-08', 0, 0, 1, 0],
    ['2025-09', 0, 1, 0, 0],
    ['2025-10', 1, 0, 0, 0],
    ['2025-11', 0, 2, 0, 0],
    ['2025-12', 0, 0, 0, 0],
    ['2026-01', 0, 1, 1, 0],
    ['2026-02', 1, 1, 0, 0],
    ['2026-03', 1, 1, 0, 1],
  ];
  return counts.map(([month, admitted, diverted, refused, pending]) => ({
    month,
    requests: admitted + diverted + refused + pending,
    admitted,
    diverted,
    refused,
    pending,
  }));
}

/** Renders the gatekeeping page at `/gatekeeping` as `role` sees it on `TODAY`; returns the fake bridge. */
export function renderGatekeeping(handlers: Handlers, role: Role = 'staff') {
  return renderWithProviders(
    <MemoryRouter initialEntries={['/gatekeeping']}>
      <Routes>
        <Route path="/gatekeeping" element={<GatekeepingPage role={role} today={TODAY} />} />
      </Routes>
    </MemoryRouter>,
    { 'reference.list': referenceList, 'gatekeeping.summary': () => [], ...handlers },
  );
}
