// Finished and in-flight JSON answers, by request, valid while the ledger's revision stays the same: a
// hundred clients asking for the same page share one store read and one serialisation, and any save
// (which raises the revision) makes every entry stale. Kept ready to send (a CachedReply: the bytes, plain
// and compressed, with their headers), so a hit is not serialised, encoded or compressed again.
// A failure is never cached.
import { LRUCache } from 'lru-cache';
import type { LedgerStore } from '../../ledger/store.js';
import { RevisionReads } from './revision-reads.js';

export class ResponseCache<T> {
  /** Least recently used out; null when caching is off (maxEntries 0). */
  private readonly entries: LRUCache<string, { revision: number; body: Promise<T> }> | null;
  private readonly revisions: RevisionReads;
  constructor(store: LedgerStore, maxEntries = 256) {
    this.revisions = new RevisionReads(store);
    this.entries = maxEntries > 0 ? new LRUCache({ max: maxEntries }) : null;
  }

  /**
   * A stable key for a route and its (decoded) query, whatever order the parameters came in. Names and
   * values are encoded again, so a value holding `&` or `=` cannot pass for other parameters.
   */
  static key(route: string, query: Record<string, string>): string {
    return `${route}?${Object.keys(query).sort().map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k]!)}`).join('&')}`;
  }

  async get(key: string, make: () => Promise<T>): Promise<T> {
    const entries = this.entries;
    if (!entries) return make();
    const revision = await this.revisions.current();
    const hit = entries.get(key);
    if (hit && hit.revision === revision) return hit.body;
    const body = make();
    entries.set(key, { revision, body });
    body.catch(() => entries.peek(key)?.body === body && entries.delete(key));
    return body;
  }
}
