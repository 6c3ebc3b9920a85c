import { azSortKey, foldForSearch } from '../../contract/az-text';
import type { ResidenceStatus, Sex } from '../../contract/residents';
import type { RootDb } from '../../db/client';

/** What the list, the search and the dashboard need of one child, kept in memory. */
export type IndexEntry = {
  id: string;
  surname: string;
  firstName: string;
  patronymic: string | null;
  sex: Sex;
  birthDate: string;
  fin: string | null;
  birthCertificate: string | null;
  status: ResidenceStatus;
  legalStatusCode: string;
  disability: boolean;
  educationTypeCode: string | null;
  admissionDate: string;
  /** Every admission date and exit date, for counts of a year. */
  admissions: string[];
  exits: string[];
  /** Folded names, FİN and certificate, for search as you type. */
  folded: string;
  /** Folded "surname first patronymic", for similar-name checks. */
  foldedName: string;
  /** Azerbaijani alphabetical order of "surname first patronymic" as a plain string. */
  sortKey: string;
  /** `SERIES|NUMBER` of the birth certificate, for the duplicate guard. */
  certificateKey: string | null;
  /** Adopted: identity shown to the director only. */
  secret: boolean;
  /** The exit type of each ended stay (for counts by destination). */
  exitTypes: string[];
};

/**
 * All children's list entries, in memory: searching and filtering 10,000 records must take
 * milliseconds, not a query per keystroke. Built at start; each write refreshes the child it touched.
 */
export type ResidentIndex = {
  /** Every entry, in Azerbaijani alphabetical order of the name. */
  all(): readonly IndexEntry[];
  get(id: string): IndexEntry | undefined;
  /** Entries with this FİN, this birth certificate (`SERIES|NUMBER`) or this birth date. */
  withFin(fin: string): readonly IndexEntry[];
  withCertificate(key: string): readonly IndexEntry[];
  bornOn(date: string): readonly IndexEntry[];
  refresh(db: RootDb, id: string): void;
};

/** The key of a birth certificate: series and number, upper case, without spaces. */
export function certificateKey(series: string | null | undefined, number: string | null | undefined): string | null {
  const compact = (value: string | null | undefined): string => (value ?? '').toUpperCase().replace(/\s+/g, '');
  return compact(number) === '' ? null : `${compact(series)}|${compact(number)}`;
}

type Row = {
  id: string;
  surname: string;
  firstName: string;
  patronymic: string | null;
  sex: Sex;
  birthDate: string;
  fin: string | null;
  birthCertSeries: string | null;
  birthCertNumber: string | null;
  legalStatusCode: string;
  disabilityStatus: string;
  educationTypeCode: string | null;
  secret: number;
};

type StayRow = { residentId: string; admissionDate: string; exitDate: string | null; exitTypeCode: string | null; temporarilyAbsent: number };

const RESIDENTS = `SELECT id, surname, first_name AS firstName, patronymic, sex, birth_date AS birthDate, fin,
  birth_cert_series AS birthCertSeries, birth_cert_number AS birthCertNumber, legal_status_code AS legalStatusCode,
  disability_status AS disabilityStatus, education_type_code AS educationTypeCode, secret FROM residents`;
const STAYS = `SELECT resident_id AS residentId, admission_date AS admissionDate, exit_date AS exitDate,
  exit_type_code AS exitTypeCode, temporarily_absent AS temporarilyAbsent FROM stays ORDER BY admission_date, created_at`;

function entryOf(row: Row, stays: readonly StayRow[]): IndexEntry {
  const current = stays.at(-1);
  const status: ResidenceStatus =
    current === undefined || current.exitDate !== null ? 'exited' : current.temporarilyAbsent ? 'temporarily_absent' : 'in_residence';
  const birthCertificate = row.birthCertNumber === null ? null : `${row.birthCertSeries ?? ''} ${row.birthCertNumber}`.trim();
  const name = [row.surname, row.firstName, row.patronymic ?? ''].join(' ');
  return {
    id: row.id,
    surname: row.surname,
    firstName: row.firstName,
    patronymic: row.patronymic,
    sex: row.sex,
    birthDate: row.birthDate,
    fin: row.fin,
    birthCertificate,
    status,
    legalStatusCode: row.legalStatusCode,
    disability: row.disabilityStatus === 'disability',
    educationTypeCode: row.educationTypeCode,
    admissionDate: current?.admissionDate ?? '',
    admissions: stays.map((stay) => stay.admissionDate),
    exits: stays.flatMap((stay) => (stay.exitDate === null ? [] : [stay.exitDate])),
    folded: foldForSearch(`${name} ${row.fin ?? ''} ${birthCertificate ?? ''} ${(row.birthCertSeries ?? '') + (row.birthCertNumber ?? '')}`),
    foldedName: foldForSearch(name),
    sortKey: `${azSortKey(row.surname)}\u0001${azSortKey(row.firstName)}\u0001${azSortKey(row.patronymic ?? '')}`,
    certificateKey: certificateKey(row.birthCertSeries, row.birthCertNumber),
    secret: row.secret === 1,
    exitTypes: stays.flatMap((stay) => (stay.exitTypeCode === null ? [] : [stay.exitTypeCode])),
  };
}

function before(a: IndexEntry, b: IndexEntry): boolean {
  return a.sortKey < b.sortKey || (a.sortKey === b.sortKey && a.id < b.id);
}

/** A multimap from a key to entry ids. */
function multimap() {
  const map = new Map<string, Set<string>>();
  return {
    add(key: string | null, id: string) {
      if (key !== null && key !== '') {
        map.set(key, (map.get(key) ?? new Set()).add(id));
      }
    },
    remove(key: string | null, id: string) {
      if (key !== null) {
        map.get(key)?.delete(id);
      }
    },
    ids: (key: string): ReadonlySet<string> => map.get(key) ?? new Set(),
  };
}

/** Builds the index from the database (one pass over residents and stays). */
export function buildResidentIndex(db: RootDb): ResidentIndex {
  const entries = new Map<string, IndexEntry>();
  const byFin = multimap();
  const byCertificate = multimap();
  const byBirthDate = multimap();
  const track = (entry: IndexEntry): void => {
    entries.set(entry.id, entry);
    byFin.add(entry.fin, entry.id);
    byCertificate.add(entry.certificateKey, entry.id);
    byBirthDate.add(entry.birthDate, entry.id);
  };
  const untrack = (entry: IndexEntry): void => {
    entries.delete(entry.id);
    byFin.remove(entry.fin, entry.id);
    byCertificate.remove(entry.certificateKey, entry.id);
    byBirthDate.remove(entry.birthDate, entry.id);
  };
  const staysByResident = new Map<string, StayRow[]>();
  for (const stay of db.$client.prepare(STAYS).all() as StayRow[]) {
    const list = staysByResident.get(stay.residentId) ?? [];
    list.push(stay);
    staysByResident.set(stay.residentId, list);
  }
  for (const row of db.$client.prepare(RESIDENTS).all() as Row[]) {
    track(entryOf(row, staysByResident.get(row.id) ?? []));
  }
  const ordered = [...entries.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  /** Where `entry` belongs in the name order (binary search). */
  const positionOf = (entry: IndexEntry): number => {
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(ordered[middle]!, entry)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  };
  const lookup = (ids: ReadonlySet<string>): IndexEntry[] => [...ids].map((id) => entries.get(id)!).filter(Boolean);
  return {
    all: () => ordered,
    get: (id) => entries.get(id),
    withFin: (fin) => lookup(byFin.ids(fin)),
    withCertificate: (key) => lookup(byCertificate.ids(key)),
    bornOn: (date) => lookup(byBirthDate.ids(date)),
    refresh(source, id) {
      const old = entries.get(id);
      if (old !== undefined) {
        untrack(old);
        ordered.splice(positionOf(old), 1);
      }
      const row = source.$client.prepare(`${RESIDENTS} WHERE id = ?`).get(id) as Row | undefined;
      if (row === undefined) {
        return;
      }
      const stays = source.$client.prepare(STAYS.replace(' ORDER BY', ' WHERE resident_id = ? ORDER BY')).all(id) as StayRow[];
      const entry = entryOf(row, stays);
      track(entry);
      ordered.splice(positionOf(entry), 0, entry);
    },
  };
}
