// Happenings joined with their best report's evidence sentences, for the exports. Documents are read once
// per run of happenings from the same document (a small LRU), since a page's events sit together.
import { LRUCache } from 'lru-cache';
import type { LedgerStore, StoredDocument, StoredHappening } from '../../../ledger/store.js';
import { evidenceOf, type EvidenceView } from '../evidence.js';

export interface ExportHappening {
  happening: StoredHappening;
  /** The best report's evidence sentences. */
  evidence: EvidenceView[];
}

export function documentCache(store: LedgerStore, size = 256) {
  // Boxed: a document that is not there (null) is remembered too.
  const cache = new LRUCache<number, { doc: StoredDocument | null }>({ max: size });
  return async (id: number): Promise<StoredDocument | null> => {
    const hit = cache.get(id);
    if (hit) return hit.doc;
    const doc = await store.document(id);
    cache.set(id, { doc });
    return doc;
  };
}

export async function* enrich(store: LedgerStore, happenings: Iterable<StoredHappening>): AsyncGenerator<ExportHappening> {
  const doc = documentCache(store);
  for (const happening of happenings) {
    const d = await doc(happening.best.documentId);
    yield { happening, evidence: d ? evidenceOf(d, happening.best.event) : [] };
  }
}
