import type { Assessment } from '@contract/assessments';
import type { CarePlan } from '@contract/plans';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { ResidentRecord } from '@contract/residents';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { expect } from 'vitest';

import { elvin } from '../resident/test-fixtures';
import { renderWithProviders } from '../users/test-providers';

/** The seeded assessment domains, some of them; `family_relations` has been retired since. */
export const domains: ReferenceItem[] = (
  [
    ['health', 'Sağlamlıq'],
    ['education', 'Təhsil'],
    ['emotional_behaviour', 'Emosional vəziyyət və davranış'],
    ['family_relations', 'Ailə münasibətləri'],
  ] as const
).map(([code, az], index) => ({
  kind: 'assessment_domain',
  code,
  labels: { az, ru: `${az} (ru)`, en: `${az} (en)` },
  meta: {},
  sortOrder: index * 10,
  retired: code === 'family_relations',
}));

/** Answers reference.list with the domains (and nothing for other kinds). */
export function referenceList(input: unknown): ReferenceItem[] {
  return (input as { kind: ReferenceKind }).kind === 'assessment_domain' ? domains : [];
}

/** Elvin, in residence since 1 September 2024. */
export function record(overrides: Partial<ResidentRecord> = {}): ResidentRecord {
  return { ...elvin(), ...overrides };
}

/** An assessment as the core returns it. */
export function assessment(
  id: string,
  date: string,
  scores: [domainCode: string, score: number, note?: string][],
  overrides: Partial<Assessment> = {},
): Assessment {
  return {
    id,
    residentId: 'r-1',
    date,
    summary: null,
    scores: scores.map(([domainCode, score, note]) => ({ domainCode, score, note: note ?? null })),
    assessorId: 'u-1',
    assessorName: 'Aynur Məmmədova',
    createdAt: `${date}T09:00:00.000Z`,
    ...overrides,
  };
}

/** Elvin's plan: one goal with one open action, one review. `nextReviewDate` long past. */
export function plan(): CarePlan {
  return {
    id: 'p-1',
    residentId: 'r-1',
    stayId: 's-1',
    closed: false,
    createdAt: '2024-09-20T08:00:00.000Z',
    nextReviewDate: '2025-03-10',
    goals: [
      {
        id: 'g-1',
        domainCode: 'education',
        text: 'Riyaziyyatdan sinif səviyyəsinə çatmaq',
        targetDate: '2099-06-01',
        status: 'in_progress',
        actions: [{ id: 'ac-1', text: 'Həftədə iki dəfə əlavə dərs', ownerName: 'Sevinc Quliyeva', dueDate: '2025-01-15', doneAt: null }],
      },
    ],
    reviews: [
      {
        id: 'rv-1',
        date: '2024-12-10',
        participants: 'Sosial işçi, müəllim, uşaq',
        decisions: 'Əlavə dərslər davam edir.',
        nextReviewDate: '2025-03-10',
      },
    ],
  };
}

/** Renders a pathway section with the domains in place; returns the fake bridge. */
export function renderSection(ui: ReactElement, handlers: Record<string, (input: unknown) => unknown>) {
  return renderWithProviders(ui, { 'reference.list': referenceList, ...handlers });
}

/** The open dialog titled `name`. */
export function dialogNamed(name: string) {
  return screen.findByRole('dialog', { name });
}

/** Chooses a score of a domain in the assessment form. */
export async function score(dialog: HTMLElement, domain: string, option: string) {
  const group = within(dialog).getByRole('radiogroup', { name: domain });
  await userEvent.click(within(group).getByRole('radio', { name: option }));
}

/** Waits until the save has gone out and the dialog has closed. */
export async function dialogClosed(name: string) {
  await waitFor(() => expect(screen.queryByRole('dialog', { name })).not.toBeInTheDocument());
}

/** Puts text into an input as a paste (long texts typed key by key slow the suite on a busy machine). */
export async function fill(input: HTMLElement, text: string) {
  await userEvent.click(input);
  await userEvent.paste(text);
}
