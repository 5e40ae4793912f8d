// Finished and in-flight JSON answers, by request, valid while the ledger's revision stays the same: a
// hundred clients asking for the same page share one store read and one serialisation, and any save
// (which raises the revision) makes every entry stale. A failure is never cached.
import type { LedgerStore } from '../../ledger/store.js';

export class ResponseCache {
  private readonly entries = new Map<string, { revision: number; body: Promise<string> }>();
  constructor(
    private readonly store: LedgerStore,
    private readonly maxEntries = 256,
  ) {}

  /** A stable key for a route and its query, whatever order the parameters came in. */
  static key(route: string, query: Record<string, string>): string {
    return `${route}?${Object.keys(query).sort().map((k) => `${k}=${query[k]}`).join('&')}`;
  }

  async get(key: string, make: () => Promise<unknown>): Promise<string> {
    const revision = await this.store.revision();
    const hit = this.entries.get(key);
    if (hit && hit.revision === revision) {
      // Refreshes its place: the map's order is least recently used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.body;
    }
    const body = make().then((v) => JSON.stringify(v));
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { revision, body });
    body.catch(() => this.entries.get(key)?.body === body && this.entries.delete(key));
    return body;
  }
}
