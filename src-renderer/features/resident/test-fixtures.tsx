import type { SessionUser } from '@contract/accounts';
import type { Role } from '@contract/common';
import type { ReferenceItem, ReferenceKind } from '@contract/reference';
import type { ResidentRecord } from '@contract/residents';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { expect } from 'vitest';

import { renderWithProviders } from '../users/test-providers';
import { NewResidentPage } from './NewResidentPage';
import { ResidentPage } from './ResidentPage';

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

/** A small slice of the seeded reference data, with the flags the forms read. */
export const referenceItems: Partial<Record<ReferenceKind, ReferenceItem[]>> = {
  legal_status: items('legal_status', [
    ['orphan', 'Yetim (hər iki valideyni vəfat edib)'],
    ['deprived_of_care', 'Valideyn himayəsindən məhrum', { requiresDeprivationReason: true }],
  ]),
  deprivation_reason: items('deprivation_reason', [
    ['parents_imprisoned', 'Valideynlər cəza çəkir'],
    ['parents_refused', 'Valideynlər uşaqdan imtina edib'],
  ]),
  decision_body: items('decision_body', [
    ['juvenile_commission', 'Yetkinlik yaşına çatmayanların işləri üzrə komissiya'],
    ['court', 'Məhkəmə'],
  ]),
  referring_body: items('referring_body', [['police', 'Polis']]),
  admission_reason: items('admission_reason', [
    ['poverty', 'Yoxsulluq'],
    ['family_crisis', 'Ailə böhranı'],
  ]),
  admission_source: items('admission_source', [
    ['family', 'Ailədən'],
    ['hospital', 'Xəstəxanadan / doğum evindən'],
  ]),
  disability_category: items('disability_category', [['hearing', 'Eşitmə pozuntusu']]),
  education_type: items('education_type', [['general_school', 'Ümumtəhsil məktəbi']]),
  relation_type: items('relation_type', [
    ['mother', 'Ana'],
    ['sister', 'Bacı', { sibling: true }],
  ]),
  note_domain: items('note_domain', [
    ['health', 'Sağlamlıq'],
    ['education', 'Təhsil'],
  ]),
};

/** Answers reference.list from `referenceItems`. */
export function referenceList(input: unknown): ReferenceItem[] {
  return referenceItems[(input as { kind: ReferenceKind }).kind] ?? [];
}

/** Elvin's record as the core returns it: version 4, one stay, a disability, at school. */
export function elvin(): ResidentRecord {
  return {
    id: 'r-1',
    version: 4,
    identity: {
      surname: 'Məmmədov',
      firstName: 'Elvin',
      patronymic: 'Rəşid oğlu',
      sex: 'male',
      birthDate: '2015-03-02',
      birthPlace: 'Şəki',
      citizenship: 'Azərbaycan Respublikası',
      fin: '5ZK2M7P',
      birthCertSeries: 'AZE',
      birthCertNumber: '1234567',
    },
    legal: { legalStatusCode: 'deprived_of_care', deprivationReasonCodes: ['parents_imprisoned'] },
    health: { disabilityStatus: 'disability', disabilityCategoryCode: 'hearing', diagnosis: 'Eşitmə itkisi', needs: null, healthNotes: null },
    education: { educationTypeCode: 'general_school', schoolName: '5 nömrəli məktəb', grade: 4 },
    photoAttachmentId: null,
    status: 'in_residence',
    secret: false,
    age: 11,
    stays: [
      {
        id: 's-1',
        admission: {
          admissionDate: '2024-09-01',
          basisBodyCode: 'court',
          basisNumber: 'Q-123',
          basisDate: '2024-08-20',
          referringBodyCode: 'police',
          reasonCodes: ['family_crisis'],
          sourceCode: 'family',
        },
        temporarilyAbsent: false,
        absenceNote: null,
        exitDate: null,
        exitTypeCode: null,
      },
    ],
    createdAt: '2024-09-01T08:00:00.000Z',
    updatedAt: '2026-01-10T08:00:00.000Z',
  };
}

/** The signed-in user of the record screen. */
export function userWith(role: Role): SessionUser {
  return { id: 'u-1', login: 'aynur', fullName: 'Aynur Məmmədova', role, language: 'az' };
}

/**
 * Renders the resident screens behind a router at `path`, as SignedInApp routes them. Returns the
 * fake bridge, whose `calls` show what the screens sent.
 */
export function renderAt(path: string, handlers: Record<string, (input: unknown) => unknown>, role: Role = 'staff') {
  return renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/residents/new" element={<NewResidentPage />} />
        <Route path="/residents/:id" element={<ResidentPage user={userWith(role)} />} />
      </Routes>
    </MemoryRouter>,
    { 'reference.list': referenceList, ...handlers },
  );
}

/** Opens a select by its label (once its reference data is in) and picks an option. */
export async function choose(label: RegExp, option: string) {
  const input = await screen.findByRole('combobox', { name: label });
  await waitFor(() => expect(input).toBeEnabled());
  await userEvent.click(input);
  await userEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}
