// Events joined with their evidence sentences, for the exports. Documents are read once per run of events
// from the same document (a small LRU), since a page's events sit together in a live blog's day.
import { LRUCache } from 'lru-cache';
import type { LedgerStore, StoredDocument, StoredEvent } from '../../../ledger/store.js';
import { evidenceOf, type EvidenceView } from '../evidence.js';

export interface ExportEvent {
  stored: StoredEvent;
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

export async function* enrich(store: LedgerStore, events: Iterable<StoredEvent>): AsyncGenerator<ExportEvent> {
  const doc = documentCache(store);
  for (const stored of events) {
    const d = await doc(stored.documentId);
    yield { stored, evidence: d ? evidenceOf(d, stored.event) : [] };
  }
}
