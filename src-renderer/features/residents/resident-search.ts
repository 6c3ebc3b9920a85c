import { foldForSearch } from '@contract/az-text';
import type { ResidentSummary } from '@contract/residents';

/** The rows of one list answer, each with its searchable text already folded. */
export type ResidentSearchIndex = readonly { row: ResidentSummary; text: string }[];

/** The texts the search box looks in: the name, the FİN and the birth certificate. */
export function searchableTexts(row: ResidentSummary): (string | null)[] {
  return [row.surname, row.firstName, row.patronymic, row.fin, row.birthCertificate];
}

/**
 * Folds every row's texts once per answer. `matchesSearch` folds them again on each call, which
 * costs some 30 ms per keystroke on 10,000 rows; folding once keeps typing instant with the same
 * result (the equivalence is tested).
 */
export function buildSearchIndex(rows: readonly ResidentSummary[]): ResidentSearchIndex {
  return rows.map((row) => ({
    row,
    text: searchableTexts(row)
      .filter((text): text is string => text !== null)
      .map(foldForSearch)
      .join(' '),
  }));
}

/**
 * The rows in which every word of `query` occurs, ignoring case and Azerbaijani letters with
 * marks ("eliyev" finds "Əliyev", "ismayilov" finds "İsmayılov"), in the order of the answer.
 */
export function searchResidents(index: ResidentSearchIndex, query: string): ResidentSummary[] {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word.length > 0);
  if (words.length === 0) {
    return index.map((entry) => entry.row);
  }
  return index.filter((entry) => words.every((word) => entry.text.includes(word))).map((entry) => entry.row);
}
