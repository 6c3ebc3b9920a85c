import { foldForSearch } from '../../contract/az-text';
import { ageOn } from '../../contract/dates';
import type { ResidentFilter, ResidentSummary , residentSortKeys } from '../../contract/residents';
import { ageGroupOf } from '../../contract/residents';
import type { IndexEntry, ResidentIndex } from './resident-index';
import { redactIdentity } from './resident-record';

type SortKey = (typeof residentSortKeys)[number];

/** The list row of an index entry, with the age as of `today`; a secret one blank unless revealed. */
export function summaryOf(entry: IndexEntry, today: string, revealSecret = true): ResidentSummary {
  const age = ageOn(entry.birthDate, today);
  const summary: ResidentSummary = {
    id: entry.id,
    surname: entry.surname,
    firstName: entry.firstName,
    patronymic: entry.patronymic,
    sex: entry.sex,
    birthDate: entry.birthDate,
    age,
    ageGroup: ageGroupOf(age),
    fin: entry.fin,
    birthCertificate: entry.birthCertificate,
    status: entry.status,
    legalStatusCode: entry.legalStatusCode,
    disability: entry.disability,
    educationTypeCode: entry.educationTypeCode,
    admissionDate: entry.admissionDate,
    secret: entry.secret,
  };
  return entry.secret && !revealSecret ? redactIdentity(summary) : summary;
}

/**
 * True when every word of the (already folded) query occurs in the entry's folded text. A secret
 * record is never found by its identity by someone who may not see it.
 */
function matches(entry: IndexEntry, words: readonly string[], revealSecret: boolean): boolean {
  return words.length === 0 || ((revealSecret || !entry.secret) && words.every((word) => entry.folded.includes(word)));
}

function queryWords(query: string | undefined): string[] {
  return query === undefined ? [] : foldForSearch(query).split(' ').filter((word) => word.length > 0);
}

function byName(a: IndexEntry, b: IndexEntry): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const STATUS_ORDER = { in_residence: 0, temporarily_absent: 1, exited: 2 } as const;

const comparators: Record<SortKey, (a: IndexEntry, b: IndexEntry) => number> = {
  name: byName,
  birthDate: (a, b) => a.birthDate.localeCompare(b.birthDate) || byName(a, b),
  admissionDate: (a, b) => a.admissionDate.localeCompare(b.admissionDate) || byName(a, b),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
};

/** Residents matching every part of the filter, sorted (Azerbaijani alphabet for names). */
export function listResidents(
  index: ResidentIndex,
  filter: ResidentFilter,
  sort: { by: SortKey; descending: boolean } | undefined,
  today: string,
  revealSecret = true,
): { rows: ResidentSummary[]; total: number } {
  const words = queryWords(filter.query);
  const statuses = filter.statuses === undefined || filter.statuses.length === 0 ? null : new Set(filter.statuses);
  const groups = filter.ageGroups === undefined || filter.ageGroups.length === 0 ? null : new Set(filter.ageGroups);
  const legal = filter.legalStatusCodes === undefined || filter.legalStatusCodes.length === 0 ? null : new Set(filter.legalStatusCodes);
  const education =
    filter.educationTypeCodes === undefined || filter.educationTypeCodes.length === 0 ? null : new Set(filter.educationTypeCodes);
  const found = index.all().filter(
    (entry) =>
      (statuses === null || statuses.has(entry.status)) &&
      (filter.sex === undefined || entry.sex === filter.sex) &&
      (filter.disability === undefined || entry.disability === filter.disability) &&
      (legal === null || legal.has(entry.legalStatusCode)) &&
      (education === null || (entry.educationTypeCode !== null && education.has(entry.educationTypeCode))) &&
      (groups === null || groups.has(ageGroupOf(ageOn(entry.birthDate, today)))) &&
      matches(entry, words, revealSecret),
  );
  // The index is already in name order; other orders sort what matched.
  const by = sort?.by ?? 'name';
  if (by !== 'name') {
    found.sort(comparators[by]);
  }
  if (sort?.descending === true) {
    found.reverse();
  }
  return { rows: found.map((entry) => summaryOf(entry, today, revealSecret)), total: found.length };
}

/**
 * Quick search: entries matching every word, best first: a surname or first name that starts with
 * the first word ranks above a match inside a word; then alphabetical.
 */
export function searchResidents(
  index: ResidentIndex,
  query: string,
  limit: number,
  today: string,
  revealSecret = true,
): ResidentSummary[] {
  const words = queryWords(query);
  if (words.length === 0) {
    return [];
  }
  const first = words[0]!;
  // One pass over the name-ordered index: word starts first, then matches inside a word.
  const starts: IndexEntry[] = [];
  const inside: IndexEntry[] = [];
  for (const entry of index.all()) {
    if (starts.length >= limit) {
      break;
    }
    if (matches(entry, words, revealSecret)) {
      (entry.foldedName.startsWith(first) || entry.foldedName.includes(` ${first}`) ? starts : inside).push(entry);
    }
  }
  return [...starts, ...inside].slice(0, limit).map((entry) => summaryOf(entry, today, revealSecret));
}
