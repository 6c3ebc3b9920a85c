import type { Role } from '@contract/common';
import { addDays, calendarDate } from '@contract/dates';
import type { FollowUp, Placement } from '@contract/placements';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { ResidentRecord } from '@contract/residents';

import { elvin, referenceItems } from '../resident/test-fixtures';
import { renderWithProviders } from '../users/test-providers';
import { PlacementSection } from './PlacementSection';

type Labels = [code: string, az: string, meta?: ReferenceItem['meta']];

function items(kind: ReferenceKind, labels: Labels[]): ReferenceItem[] {
  return labels.map(([code, az, meta], index) => ({
    kind,
    code,
    labels: { az, ru: `${az} (ru)`, en: `${az} (en)` },
    meta: meta ?? {},
    sortOrder: index * 10,
    retired: false,
  }));
}

/** The seeded exit types the screens explain (ages, transfer, secrecy, visits), and decision bodies. */
const placementReference: Partial<Record<ReferenceKind, ReferenceItem[]>> = {
  ...referenceItems,
  exit_type: items('exit_type', [
    ['reintegration', 'Bioloji ailəyə qaytarılma', { placement: 'family', followUp: true }],
    ['kinship', 'Qohumların himayəsi', { placement: 'family', followUp: true }],
    ['guardianship', 'Qəyyumluq (14 yaşadək)', { placement: 'family', maxAge: 13, followUp: true }],
    ['trusteeship', 'Himayə (14–18 yaş)', { placement: 'family', minAge: 14, maxAge: 17, followUp: true }],
    ['foster_family', 'Himayədar ailə', { placement: 'family', followUp: true }],
    ['adoption', 'Övladlığa götürmə', { placement: 'family', secret: true, followUp: true }],
    ['transfer', 'Başqa müəssisəyə köçürülmə', { placement: 'transfer' }],
    ['death', 'Vəfat', { placement: 'none' }],
  ]),
  decision_body: items('decision_body', [
    ['guardianship_authority', 'Qəyyumluq və himayə orqanı'],
    ['court', 'Məhkəmə'],
  ]),
};

function referenceList(input: unknown): ReferenceItem[] {
  return placementReference[(input as { kind: ReferenceKind }).kind] ?? [];
}

/** Today in the test's calendar: visits are due or overdue relative to it. */
export const today = calendarDate(new Date());
export const daysAgo = (days: number) => addDays(today, -days);

/** Elvin (11) after he left for kinship care, a placement that later broke down (version 5). */
export function exitedElvin(): ResidentRecord {
  const record = elvin();
  const [stay] = record.stays;
  return { ...record, version: 5, status: 'exited', stays: [{ ...stay!, exitDate: daysAgo(200), exitTypeCode: 'kinship' }] };
}

function visit(id: string, placementId: string, dueDate: string, made: Partial<FollowUp> = {}): FollowUp {
  return { id, placementId, dueDate, visitDate: null, visitor: null, outcome: null, notes: null, recordedByName: null, ...made };
}

/**
 * His placements as the core lists them, newest first: the current foster family (one visit made,
 * one overdue, one ahead) and the kinship care that broke down.
 */
export function elvinPlacements(): Placement[] {
  return [
    {
      id: 'p-2',
      residentId: 'r-1',
      stayId: 's-1',
      typeCode: 'foster_family',
      startDate: daysAgo(75),
      decision: { bodyCode: 'guardianship_authority', number: 'Q-30/2026', date: daysAgo(77) },
      destination: { kind: 'person', name: 'Rzayeva Aygün', phone: '+994 50 555 12 34', address: 'Bakı, Xətai rayonu' },
      note: null,
      endedDate: null,
      endReason: null,
      followUps: [
        visit('v-1', 'p-2', daysAgo(45), {
          visitDate: daysAgo(44),
          visitor: 'Nərmin Əzizova',
          outcome: 'stable',
          notes: 'Uşaq məktəbə gedir.',
          recordedByName: 'Aynur Məmmədova',
        }),
        visit('v-2', 'p-2', daysAgo(14)),
        visit('v-3', 'p-2', addDays(today, 100)),
      ],
      createdAt: '2026-01-10T08:00:00.000Z',
    },
    {
      id: 'p-1',
      residentId: 'r-1',
      stayId: 's-1',
      typeCode: 'kinship',
      startDate: daysAgo(200),
      decision: { bodyCode: 'court', number: null, date: null },
      destination: { kind: 'person', name: 'Məmmədova Səbinə', phone: null, address: null },
      note: 'Xala uşağı götürür.',
      endedDate: daysAgo(75),
      endReason: 'breakdown',
      followUps: [visit('v-0', 'p-1', daysAgo(170), { visitDate: daysAgo(170), outcome: 'broken_down', recordedByName: 'Aynur Məmmədova' })],
      createdAt: '2025-08-10T08:00:00.000Z',
    },
  ];
}

/** Renders the section for `record` as `role` sees it; returns the fake bridge. */
export function renderSection(record: ResidentRecord, role: Role, handlers: Record<string, (input: unknown) => unknown>) {
  return renderWithProviders(<PlacementSection record={record} role={role} />, { 'reference.list': referenceList, ...handlers });
}
