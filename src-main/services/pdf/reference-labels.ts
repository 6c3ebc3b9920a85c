import type { Language } from '../../contract/common';
import type { ReferenceKind } from '../../contract/reference';
import type { Db } from '../../db/client';
import { listReferenceItems } from '../reference/reference-service';

/** Names a reference code in a document's language. */
export type ReferenceLabel = (kind: ReferenceKind, code: string) => string;

/** Resolves reference codes to their labels in `language` (retired items included); unknown codes stay as they are. */
export function referenceLabeler(db: Db, language: Language): ReferenceLabel {
  const byKind = new Map<ReferenceKind, Map<string, string>>();
  return (kind, code) => {
    let labels = byKind.get(kind);
    if (labels === undefined) {
      labels = new Map(listReferenceItems(db, kind, true).map((item) => [item.code, item.labels[language]]));
      byKind.set(kind, labels);
    }
    return labels.get(code) ?? code;
  };
}
