import type { Role } from '@contract/common';
import { calendarDate } from '@contract/dates';
import type { ProcedureInput } from '@contract/procedures';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { Referral, Service } from '@contract/services-register';
import { MemoryRouter, Route, Routes } from 'react-router';

import { renderWithProviders } from '../users/test-providers';
import { ReferralsSection } from './ReferralsSection';
import { ServicesPage } from './ServicesPage';

type Handlers = Record<string, (input: unknown) => unknown>;

/** Today in the test's calendar: a referral is asked for and moved on from today unless told otherwise. */
export const today = calendarDate(new Date());

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

/** Some of the seeded service types, regions and disability categories. */
const servicesReference: Partial<Record<ReferenceKind, ReferenceItem[]>> = {
  service_type: items('service_type', [
    ['day_care', 'Günərzi qayğı mərkəzi'],
    ['rehabilitation', 'Reabilitasiya-inkişaf mərkəzi'],
    ['inclusive_school', 'İnklüziv məktəb'],
  ]),
  region: items('region', [
    ['baku', 'Bakı'],
    ['sheki', 'Şəki'],
  ]),
  disability_category: items('disability_category', [
    ['hearing', 'Eşitmə pozuntusu'],
    ['musculoskeletal', 'Dayaq-hərəkət aparatının pozuntusu'],
  ]),
};

/** Answers reference.list with the types, regions and categories. */
export function referenceList(input: unknown): ReferenceItem[] {
  return servicesReference[(input as { kind: ReferenceKind }).kind] ?? [];
}

/** A service as the core lists it: the rehabilitation centre in Şəki, 3 of its 10 places taken. */
export function service(overrides: Partial<Service> = {}): Service {
  return {
    id: 's-1',
    name: 'Şəki reabilitasiya mərkəzi',
    typeCode: 'rehabilitation',
    regionCode: 'sheki',
    address: 'Şəki, M. F. Axundzadə pr. 12',
    phone: '+994 24 244 12 34',
    capacity: 10,
    load: 3,
    active: true,
    note: null,
    ...overrides,
  };
}

/** The register: the rehabilitation centre with places left, a full day-care centre, a closed school. */
export function servicesRegister(): Service[] {
  return [
    service(),
    service({ id: 's-2', name: '«Günəş» günərzi mərkəzi', typeCode: 'day_care', regionCode: 'baku', address: null, phone: null, capacity: 8, load: 8 }),
    service({ id: 's-3', name: '7 nömrəli inklüziv məktəb', typeCode: 'inclusive_school', regionCode: null, capacity: 30, load: 0, active: false }),
  ];
}

/** A referral of Elvin's, as the core returns it: asked of the rehabilitation centre on 1 February 2026. */
export function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    id: 'ref-1',
    residentId: 'r-1',
    residentName: 'Məmmədov Elvin Rəşid oğlu',
    serviceId: 's-1',
    serviceName: 'Şəki reabilitasiya mərkəzi',
    status: 'requested',
    requestedDate: '2026-02-01',
    startDate: null,
    endDate: null,
    note: null,
    createdAt: '2026-02-01T08:00:00.000Z',
    ...overrides,
  };
}

/**
 * A core that keeps the services and referrals: saving a service, referring a child and moving a
 * referral on change what it lists next. Inactive services are listed only when asked for.
 */
export function servicesCore(start: { services?: Service[]; referrals?: Referral[] } = {}): Handlers {
  let services = start.services ?? servicesRegister();
  let referrals = start.referrals ?? [];
  let made = 0;
  return {
    'services.list': (input) =>
      (input as ProcedureInput<'services.list'>).includeInactive === true ? services : services.filter((candidate) => candidate.active),
    'services.save': (input) => {
      const { id, service: fields } = input as ProcedureInput<'services.save'>;
      made += 1;
      const load = services.find((candidate) => candidate.id === id)?.load ?? 0;
      const saved = service({ ...(fields as Partial<Service>), id: id ?? `s-new-${made}`, load });
      services = id === null || id === undefined ? [...services, saved] : services.map((candidate) => (candidate.id === id ? saved : candidate));
      return saved;
    },
    'referrals.list': (input) => {
      const { residentId, serviceId } = input as ProcedureInput<'referrals.list'>;
      return referrals.filter(
        (candidate) => (residentId === undefined || candidate.residentId === residentId) && (serviceId === undefined || candidate.serviceId === serviceId),
      );
    },
    'referrals.create': (input) => {
      const { residentId, serviceId, requestedDate, note } = input as ProcedureInput<'referrals.create'>;
      made += 1;
      const serviceName = services.find((candidate) => candidate.id === serviceId)?.name ?? '';
      const created = referral({ id: `ref-new-${made}`, residentId, serviceId, serviceName, requestedDate, note: note ?? null });
      referrals = [created, ...referrals];
      return created;
    },
    'referrals.setStatus': (input) => {
      const { id, status, date, note } = input as ProcedureInput<'referrals.setStatus'>;
      const current = referrals.find((candidate) => candidate.id === id)!;
      const moved: Referral = {
        ...current,
        status,
        startDate: status === 'accepted' || status === 'attending' ? (current.startDate ?? date) : current.startDate,
        endDate: status === 'ended' || status === 'declined' ? date : null,
        note: note ?? current.note,
      };
      referrals = referrals.map((candidate) => (candidate.id === id ? moved : candidate));
      return moved;
    },
    'services.unreferredDisabled': () => [],
  };
}

/** Renders the services register at `/services` as `role` sees it; returns the fake bridge. */
export function renderServices(handlers: Handlers, role: Role = 'staff') {
  return renderWithProviders(
    <MemoryRouter initialEntries={['/services']}>
      <Routes>
        <Route path="/services" element={<ServicesPage role={role} />} />
      </Routes>
    </MemoryRouter>,
    { 'reference.list': referenceList, ...handlers },
  );
}

/** Renders Elvin's referrals section of his record; returns the fake bridge. */
export function renderReferrals(handlers: Handlers, canEdit = true) {
  return renderWithProviders(<ReferralsSection residentId="r-1" canEdit={canEdit} />, { 'reference.list': referenceList, ...handlers });
}
