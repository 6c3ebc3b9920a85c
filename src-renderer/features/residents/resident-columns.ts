import type { ResidentSortKey } from './resident-filter';

/** The columns the list can show, in the order they appear. */
export const residentColumnIds = [
  'name',
  'birthDate',
  'age',
  'sex',
  'status',
  'legalStatus',
  'disability',
  'education',
  'fin',
  'birthCertificate',
  'admissionDate',
] as const;
export type ResidentColumnId = (typeof residentColumnIds)[number];

/**
 * How a column is headed (i18n key), how wide it is (px; the name takes the rest) and what it sorts
 * by. The default set fits a 1280-pixel window beside the navigation.
 */
export type ResidentColumnSpec = { key: string; width: number | null; sortBy?: ResidentSortKey };

export const residentColumns: Record<ResidentColumnId, ResidentColumnSpec> = {
  name: { key: 'residentFields.fullName', width: null, sortBy: 'name' },
  birthDate: { key: 'residentFields.birthDate', width: 150, sortBy: 'birthDate' },
  age: { key: 'residentFields.age', width: 64 },
  sex: { key: 'residentFields.sex', width: 88 },
  status: { key: 'residentFields.status', width: 150, sortBy: 'status' },
  legalStatus: { key: 'residentFields.legalStatus', width: 190 },
  disability: { key: 'residentFields.disabilityStatus', width: 150 },
  education: { key: 'residentFields.educationType', width: 190 },
  fin: { key: 'residentFields.fin', width: 110 },
  birthCertificate: { key: 'residentFields.birthCertificate', width: 150 },
  admissionDate: { key: 'residentFields.admissionDate', width: 150, sortBy: 'admissionDate' },
};

/** The name identifies the row and carries its link, so it cannot be hidden. */
export const ALWAYS_SHOWN: ResidentColumnId = 'name';

export const defaultResidentColumns: readonly ResidentColumnId[] = ['name', 'birthDate', 'age', 'sex', 'status', 'legalStatus', 'admissionDate'];

/** Where the choice of columns is remembered on this computer. */
export const COLUMNS_STORAGE_KEY = 'korpu.residents.columns';

/** `chosen` in display order, with the name always first; unknown ids (from an older version) dropped. */
export function normaliseColumns(chosen: readonly unknown[]): ResidentColumnId[] {
  return residentColumnIds.filter((id) => id === ALWAYS_SHOWN || chosen.includes(id));
}

/** The columns chosen last on this computer, or the default set. */
export function loadResidentColumns(): ResidentColumnId[] {
  try {
    const stored = window.localStorage.getItem(COLUMNS_STORAGE_KEY);
    const parsed: unknown = stored === null ? null : JSON.parse(stored);
    if (Array.isArray(parsed)) {
      return normaliseColumns(parsed);
    }
  } catch {
    // Unreadable or unavailable storage: the default set still works.
  }
  return [...defaultResidentColumns];
}

/** Remembers the columns for the next visit; when storage is unavailable they last for this one. */
export function storeResidentColumns(columns: readonly ResidentColumnId[]): void {
  try {
    window.localStorage.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(normaliseColumns(columns)));
  } catch {
    // Storage can be unavailable (private mode); the choice still applies until the page closes.
  }
}
