import type { Role } from '@contract/common';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { Service } from '@contract/services-register';
import type { PlanAction, TransformationPlan } from '@contract/transformation-views';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { expect } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { useProcedureQuery } from '../../api/hooks';
import { renderWithProviders } from '../users/test-providers';
import { PlanItemsSection } from './PlanItemsSection';

type Handlers = Record<string, (input: unknown) => unknown>;

const serviceTypes: ReferenceItem[] = (
  [
    ['day_care', 'Günərzi qayğı mərkəzi'],
    ['family_support', 'Ailəyə dəstək xidməti'],
  ] as const
).map(([code, az], index) => ({ kind: 'service_type', code, labels: { az, ru: `${az} (ru)`, en: `${az} (en)` }, meta: {}, sortOrder: index * 10, retired: false }));

/** Answers reference.list with two service types (and nothing for other kinds). */
export function referenceList(input: unknown): ReferenceItem[] {
  return (input as { kind: ReferenceKind }).kind === 'service_type' ? serviceTypes : [];
}

/** An action as the core returns it: not started, no evidence. */
export function action(id: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    phaseId: 'ph-1',
    title: `Tədbir ${id}`,
    owner: null,
    startDate: null,
    dueDate: null,
    milestone: false,
    dependsOn: [],
    status: 'not_started',
    progress: 0,
    doneDate: null,
    overdue: false,
    notes: [],
    files: [],
    ...overrides,
  };
}

/** The institution's plan, version 7, approved once, with no items yet. */
export function plan(overrides: Partial<TransformationPlan> = {}): TransformationPlan {
  return {
    id: 'tp-1',
    version: 7,
    title: 'Şəki uşaq evinin transformasiyası',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
    targetModelCodes: ['day_care'],
    status: 'in_progress',
    createdAt: '2025-12-01T08:00:00.000Z',
    createdByName: 'Aynur Məmmədova',
    startedAt: '2026-01-05T08:00:00.000Z',
    completedAt: null,
    baseline: { asOf: '2025-12-01', total: 0, byAgeGroup: [], withDisability: 0, byLegalStatus: [], byAdmissionReason: [], withFamilyContact: 0 },
    facts: {
      staff: { total: null, care: null, teachers: null, medical: null, other: null },
      budget: { year: null, annualQepik: null },
      building: { places: null, floorAreaM2: null, buildings: null, condition: null },
    },
    revision: 1,
    unapprovedChanges: false,
    approval: { number: 1, approvedBy: 'u-1', approvedByName: 'Aynur Məmmədova', approvedAt: '2026-01-04T08:00:00.000Z' },
    phases: [],
    newServices: [],
    trainings: [],
    budgetLines: [],
    buildingItems: [],
    ...overrides,
  };
}

/** A service of the register: the district's family support centre. */
export function registerEntry(overrides: Partial<Service> = {}): Service {
  return {
    id: 'svc-9',
    name: 'Rayon ailəyə dəstək mərkəzi',
    typeCode: 'family_support',
    regionCode: null,
    address: null,
    phone: null,
    capacity: 30,
    active: true,
    note: null,
    load: 0,
    ...overrides,
  };
}

type Sections = 'newServices' | 'trainings' | 'budgetLines' | 'buildingItems';
const removable: Partial<Record<string, Sections>> = { newService: 'newServices', training: 'trainings', budgetLine: 'budgetLines', buildingItem: 'buildingItems' };

/**
 * A core that keeps the plan: a content change under an old version is a CONFLICT; each change
 * raises the version and answers with the whole plan, and transformation.get reads it.
 */
export function planCore(start: TransformationPlan, extra: Handlers = {}): Handlers {
  let current = start;
  let nextId = 1;
  const save =
    (section: Sections, key: string, shape: (fields: Record<string, unknown>) => Record<string, unknown>) =>
    (input: unknown) => {
      const { version, id, [key]: fields } = input as { version: number; id: string | null } & Record<string, Record<string, unknown>>;
      if (version !== current.version) {
        throw new FakeFailure({ code: 'CONFLICT', message: 'The plan was changed meanwhile' });
      }
      const list = current[section] as { id: string }[];
      const item = { ...shape(fields ?? {}), id: id ?? `new-${nextId++}` };
      const items = id === null ? [...list, item] : list.map((old) => (old.id === id ? { ...old, ...item } : old));
      current = { ...current, version: current.version + 1, [section]: items };
      return current;
    };
  return {
    'transformation.get': () => current,
    'transformation.saveNewService': save('newServices', 'service', (fields) => ({
      openedDate: null,
      openedCapacity: null,
      serviceId: null,
      serviceName: null,
      ...fields,
    })),
    'transformation.saveTraining': save('trainings', 'training', (fields) => fields),
    'transformation.saveBudgetLine': save('budgetLines', 'line', (fields) => fields),
    'transformation.saveBuildingItem': save('buildingItems', 'item', (fields) => fields),
    'transformation.openNewService': (input) => {
      const { id, openedDate, serviceId } = input as { id: string; openedDate: string; serviceId: string | null };
      const entry = serviceId === null ? null : registerEntry({ id: serviceId });
      current = {
        ...current,
        newServices: current.newServices.map((service) =>
          service.id === id
            ? { ...service, openedDate, serviceId: serviceId ?? 'svc-new', serviceName: entry?.name ?? service.name, openedCapacity: entry?.capacity ?? service.capacity }
            : service,
        ),
      };
      return current;
    },
    'transformation.removeItem': (input) => {
      const { version, section, id } = input as { version: number; section: string; id: string };
      if (version !== current.version) {
        throw new FakeFailure({ code: 'CONFLICT', message: 'The plan was changed meanwhile' });
      }
      const key = removable[section];
      if (key === undefined) {
        throw new FakeFailure({ code: 'VALIDATION_FAILED', message: 'No such section' });
      }
      current = { ...current, version: current.version + 1, [key]: (current[key] as { id: string }[]).filter((item) => item.id !== id) };
      return current;
    },
    ...extra,
  };
}

/** The plan page's part that matters here: it reads the plan and gives it to the section. */
function PlanHost({ role }: { role: Role }) {
  const plan = useProcedureQuery('transformation.get', { id: 'tp-1' });
  return plan.data ? <PlanItemsSection plan={plan.data} role={role} /> : null;
}

/** Renders the plan's items as `role` sees them, inside a router (opened services link to /services). */
export function renderItems(handlers: Handlers, role: Role = 'director') {
  return renderWithProviders(
    <MemoryRouter>
      <PlanHost role={role} />
    </MemoryRouter>,
    { 'reference.list': referenceList, 'services.list': () => [registerEntry()], ...handlers },
  );
}

/** Renders any component inside a router with the fake core. */
export function renderInRouter(ui: ReactElement, handlers: Handlers = {}) {
  return renderWithProviders(<MemoryRouter>{ui}</MemoryRouter>, { 'reference.list': referenceList, ...handlers });
}

/** The open dialog titled `name`. */
export function dialogNamed(name: string | RegExp) {
  return screen.findByRole('dialog', { name });
}

/** Waits until the save has gone out and the dialog has closed. */
export async function dialogClosed(name: string | RegExp) {
  await waitFor(() => expect(screen.queryByRole('dialog', { name })).not.toBeInTheDocument());
}

/** Puts text into an input as a paste (typing long texts key by key slows the suite). */
export async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.clear(input);
  if (text !== '') {
    await userEvent.paste(text);
  }
}
