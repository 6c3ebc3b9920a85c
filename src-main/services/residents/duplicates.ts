import { foldForSearch } from '../../contract/az-text';
import type { DuplicateCandidate } from '../../contract/residents';
import { fullNameOf } from '../../contract/residents';
import type { IndexEntry, ResidentIndex } from './resident-index';
import { certificateKey } from './resident-index';
import { editDistance, similarityLimit } from './similarity';

/** What is known of a child, as typed (the check folds and normalises it). */
export type DuplicateProbe = {
  surname: string;
  firstName: string;
  patronymic?: string | null | undefined;
  birthDate?: string | null | undefined;
  fin?: string | null | undefined;
  birthCertSeries?: string | null | undefined;
  birthCertNumber?: string | null | undefined;
  excludeId?: string | undefined;
};

const compact = (value: string | null | undefined): string => (value ?? '').toUpperCase().replace(/\s+/g, '');

function candidate(entry: IndexEntry, reason: DuplicateCandidate['reason']): DuplicateCandidate {
  return { id: entry.id, fullName: fullNameOf(entry), birthDate: entry.birthDate, reason };
}

/**
 * Records that are, or may be, this child. Blocking: the same FİN or the same birth certificate.
 * Similar: the same birth date and a folded name a few edits away ("Məmmədov" / "Mamedov").
 */
export function findDuplicates(index: ResidentIndex, probe: DuplicateProbe): { blocking: DuplicateCandidate[]; similar: DuplicateCandidate[] } {
  const fin = compact(probe.fin);
  const certificate = certificateKey(probe.birthCertSeries, probe.birthCertNumber);
  const others = (entries: readonly IndexEntry[]) => entries.filter((entry) => entry.id !== probe.excludeId);
  const blocking: DuplicateCandidate[] = [];
  const seen = new Set<string>();
  for (const entry of fin === '' ? [] : others(index.withFin(fin))) {
    blocking.push(candidate(entry, 'fin'));
    seen.add(entry.id);
  }
  for (const entry of certificate === null ? [] : others(index.withCertificate(certificate))) {
    if (!seen.has(entry.id)) {
      blocking.push(candidate(entry, 'birthCertificate'));
      seen.add(entry.id);
    }
  }
  const name = foldForSearch(fullNameOf({ surname: probe.surname, firstName: probe.firstName, patronymic: probe.patronymic ?? null }));
  const shortName = foldForSearch(`${probe.surname} ${probe.firstName}`);
  const similar: DuplicateCandidate[] = [];
  if (probe.birthDate && name !== '') {
    for (const entry of others(index.bornOn(probe.birthDate))) {
      if (seen.has(entry.id)) {
        continue;
      }
      const entryShort = foldForSearch(`${entry.surname} ${entry.firstName}`);
      const close =
        editDistance(name, entry.foldedName, similarityLimit(name)) <= similarityLimit(name) ||
        editDistance(shortName, entryShort, similarityLimit(shortName)) <= similarityLimit(shortName);
      if (close) {
        similar.push(candidate(entry, 'similarName'));
      }
    }
  }
  return { blocking, similar };
}
