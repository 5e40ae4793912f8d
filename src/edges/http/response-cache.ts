// Finished and in-flight JSON answers, by request, valid while the ledger's revision stays the same: a
// hundred clients asking for the same page share one store read and one serialisation, and any save
// (which raises the revision) makes every entry stale. Kept ready to send (a CachedReply: the bytes, plain
// and compressed, with their headers), so a hit is not serialised, encoded or compressed again.
// A failure is never cached.
import type { LedgerStore } from '../../ledger/store.js';
import { RevisionReads } from './revision-reads.js';

export class ResponseCache<T> {
  private readonly entries = new Map<string, { revision: number; body: Promise<T> }>();
  private readonly revisions: RevisionReads;
  constructor(
    store: LedgerStore,
    private readonly maxEntries = 256,
  ) {
    this.revisions = new RevisionReads(store);
  }

  /**
   * A stable key for a route and its (decoded) query, whatever order the parameters came in. Names and
   * values are encoded again, so a value holding `&` or `=` cannot pass for other parameters.
   */
  static key(route: string, query: Record<string, string>): string {
    return `${route}?${Object.keys(query).sort().map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(query[k]!)}`).join('&')}`;
  }

  async get(key: string, make: () => Promise<T>): Promise<T> {
    if (this.maxEntries === 0) return make();
    const revision = await this.revisions.current();
    const hit = this.entries.get(key);
    if (hit && hit.revision === revision) {
      // Refreshes its place: the map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.body;
    }
    const body = make();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { revision, body });
    body.catch(() => this.entries.get(key)?.body === body && this.entries.delete(key));
    return body;
  }
}
