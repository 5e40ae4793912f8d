// Events joined with their evidence sentences, for the exports. Documents are read once per run of events
// from the same document (a small LRU), since a page's events sit together in a live blog's day.
import type { LedgerStore, StoredDocument, StoredEvent } from '../../../ledger/store.js';
import { evidenceOf, type EvidenceView } from '../evidence.js';

export interface ExportEvent {
  stored: StoredEvent;
  evidence: EvidenceView[];
}

export function documentCache(store: LedgerStore, size = 256) {
  const cache = new Map<number, StoredDocument | null>();
  return async (id: number): Promise<StoredDocument | null> => {
    if (cache.has(id)) {
      const doc = cache.get(id)!;
      cache.delete(id);
      cache.set(id, doc);
      return doc;
    }
    const doc = await store.document(id);
    if (cache.size >= size) cache.delete(cache.keys().next().value!);
    cache.set(id, doc);
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
