// Other reports of the same happening, for the event page's list of sources: the store links reports
// into happenings as they are saved (src/ledger/happenings), so they are read from there.
import type { LedgerStore, StoredEvent } from '../../ledger/store.js';

export async function relatedReports(store: LedgerStore, e: StoredEvent): Promise<StoredEvent[]> {
  const happeningId = await store.happeningOfEvent(e.id);
  const happening = happeningId === null ? null : await store.happening(happeningId);
  // Reports in the same document were already merged by the event stage; they are not other sources.
  return happening ? happening.reports.filter((r) => r.documentId !== e.documentId) : [];
}
