import type { SessionUser } from '@contract/accounts';
import type { Role } from '@contract/common';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { PlanAction, PlanPhase, TransformationPlan } from '@contract/transformation-views';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

import { FakeFailure } from '../../api/fake-bridge';
import { renderWithProviders } from '../users/test-providers';
import { TransformationPage } from './TransformationPage';

type Handlers = Record<string, (input: unknown) => unknown>;

function items(kind: ReferenceKind, labels: [code: string, az: string][]): ReferenceItem[] {
  return labels.map(([code, az], index) => ({ kind, code, labels: { az, ru: `${az} (ru)`, en: `${az} (en)` }, meta: {}, sortOrder: index * 10, retired: false }));
}

/** Some of the seeded service models, legal statuses and admission reasons. */
const reference: Partial<Record<ReferenceKind, ReferenceItem[]>> = {
  service_model: items('service_model', [
    ['day_care_centre', 'Günərzi qayğı mərkəzi'],
    ['small_group_home', 'Ailə tipli kiçik qrup evi'],
    ['family_support', 'Ailəyə dəstək xidməti'],
  ]),
  legal_status: items('legal_status', [
    ['orphan', 'Yetim (hər iki valideyni vəfat edib)'],
    ['with_parents_social', 'Valideynləri var, sosial səbəblərdən yerləşdirilib'],
  ]),
  admission_reason: items('admission_reason', [
    ['poverty', 'Yoxsulluq'],
    ['child_disability', 'Uşağın sağlamlıq imkanlarının məhdudluğu'],
    ['parental_care_loss', 'Valideyn himayəsinin itirilməsi'],
  ]),
};

/** Answers reference.list with the models, statuses and reasons. */
export function referenceList(input: unknown): ReferenceItem[] {
  return reference[(input as { kind: ReferenceKind }).kind] ?? [];
}

/** A signed-in user of the given role. */
export function user(role: Role): SessionUser {
  return { id: `u-${role}`, login: role, fullName: role === 'director' ? 'Aynur Məmmədova' : 'Sevinc Quliyeva', role, language: 'az' };
}

/** An action as the core returns it, not started. */
export function action(id: string, phaseId: string, title: string, overrides: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    phaseId,
    title,
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

export const CHECK_RECORDS = 'Uşaqlar haqqında məlumatları yoxlamaq və tamamlamaq';
export const COLLECT_FACTS = 'İşçi heyəti, büdcə və bina haqqında faktları toplamaq';
export const FIND_NEEDS = 'Yeni xidmətlərə ehtiyacı müəyyən etmək';
export const OPEN_SERVICE = 'İlk yeni xidməti açmaq';

/** Three phases of the template: the baseline (one action done, one half way), new services, staff (none). */
export function phases(): PlanPhase[] {
  return [
    {
      id: 'ph-1',
      componentCode: 'baseline',
      customTitle: null,
      actions: [
        action('a-1', 'ph-1', CHECK_RECORDS, { status: 'done', progress: 100, doneDate: '2026-11-20', owner: 'Sevinc Quliyeva' }),
        action('a-2', 'ph-1', COLLECT_FACTS, { status: 'in_progress', progress: 50, dueDate: '2026-11-01', overdue: true }),
      ],
    },
    {
      id: 'ph-2',
      componentCode: 'new_services',
      customTitle: null,
      actions: [
        action('a-3', 'ph-2', FIND_NEEDS, { progress: 20, status: 'in_progress' }),
        action('a-4', 'ph-2', OPEN_SERVICE, { milestone: true, dependsOn: ['a-3'], dueDate: '2099-09-01' }),
      ],
    },
    { id: 'ph-3', componentCode: 'staff', customTitle: null, actions: [] },
  ];
}

/** The draft plan just created: version 3, nothing approved yet, no facts. */
export function plan(overrides: Partial<TransformationPlan> = {}): TransformationPlan {
  return {
    id: 'tp-1',
    version: 3,
    title: 'Uşaq evinin ailə əsaslı sosial xidmət mərkəzinə çevrilməsi',
    periodStart: '2027-01-01',
    periodEnd: '2029-12-31',
    targetModelCodes: ['day_care_centre', 'family_support'],
    status: 'draft',
    createdAt: '2026-11-25T09:00:00.000Z',
    createdByName: 'Aynur Məmmədova',
    startedAt: null,
    completedAt: null,
    baseline: {
      asOf: '2026-11-25',
      total: 3,
      byAgeGroup: [
        { group: '0-2', male: 0, female: 0 },
        { group: '3-6', male: 0, female: 1 },
        { group: '7-10', male: 0, female: 0 },
        { group: '11-14', male: 1, female: 0 },
        { group: '15-17', male: 0, female: 1 },
        { group: '18+', male: 0, female: 0 },
      ],
      withDisability: 1,
      byLegalStatus: [
        { code: 'orphan', count: 2 },
        { code: 'with_parents_social', count: 1 },
      ],
      byAdmissionReason: [
        { code: 'poverty', count: 1 },
        { code: 'child_disability', count: 1 },
        { code: 'parental_care_loss', count: 2 },
      ],
      withFamilyContact: 1,
    },
    facts: {
      staff: { total: null, care: null, teachers: null, medical: null, other: null },
      budget: { year: null, annualQepik: null },
      building: { places: null, floorAreaM2: null, buildings: null, condition: null },
    },
    revision: 1,
    unapprovedChanges: true,
    approval: null,
    phases: phases(),
    newServices: [],
    trainings: [],
    budgetLines: [],
    buildingItems: [],
    ...overrides,
  };
}

/** An approval summary as the core lists it. */
export function approval(number: number, approvedAt = '2026-11-25T10:00:00.000Z') {
  return { number, approvedBy: 'u-director', approvedByName: 'Aynur Məmmədova', approvedAt };
}

/**
 * A core that keeps the plan: `transformation.get` reads it, each write answers with `change`'s
 * plan (the current one by default).
 */
export function planCore(
  start: TransformationPlan | null,
  change: (current: TransformationPlan, name: string, input: unknown) => TransformationPlan = (current) => current,
): Handlers {
  let current = start;
  const write = (name: string) => (input: unknown) => {
    if (current === null) {
      throw new FakeFailure({ code: 'NOT_FOUND', message: 'No plan' });
    }
    current = change(current, name, input);
    return current;
  };
  const names = ['update', 'saveFacts', 'approve', 'start', 'complete', 'savePhase', 'reorderPhases', 'removePhase', 'saveAction', 'setActionProgress', 'addEvidenceNote', 'addEvidenceFile', 'removeItem'];
  return {
    'transformation.get': () => current,
    'transformation.list': () => [],
    ...Object.fromEntries(names.map((name) => [`transformation.${name}`, write(`transformation.${name}`)])),
  };
}

/** The core refusing one field. */
export const refusal = (path: string, message: string) =>
  new FakeFailure({ code: 'VALIDATION_FAILED', message: 'The input is not valid', details: { issues: [{ path, message }] } });

/** Renders the plan page for a role; returns the fake bridge. */
export function renderPlanPage(role: Role, handlers: Handlers) {
  return renderWithProviders(<TransformationPage user={user(role)} />, { 'reference.list': referenceList, 'transformation.list': () => [], ...handlers });
}

/** Opens a tab of the plan by its name. */
export async function openTab(name: string) {
  await userEvent.click(await screen.findByRole('tab', { name }));
}

/** Waits until the save has gone out and the dialog has closed. */
export async function dialogClosed(name: string) {
  await waitFor(() => expect(screen.queryByRole('dialog', { name })).not.toBeInTheDocument());
}

/** Puts text into an input as a paste (long texts typed key by key slow the suite). */
export async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}
