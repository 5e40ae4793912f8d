// Counts for the timeline and the filter menus, cached until the ledger's revision changes (a new save).
// The store counts in the database (eventStats); only an `actor` filter, which the store cannot apply,
// makes them here from the matching events, read up to the scan bound.
import { eventDays } from '../../ledger/day-range.js';
import type { EventStats, LedgerStore, StoredEvent } from '../../ledger/store.js';
import { DEFAULT_SCAN_MAX, allMatchingEvents, nativeFilter, needsPostFilter } from './events-query.js';
import type { Filters } from './query.js';

export interface Stats extends EventStats {
  /** Present when the counts cover only the first `scanned` events (see DEFAULT_SCAN_MAX). */
  partial?: { scanned: number };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);

const sorted = <K extends string>(m: Map<string, number>, key: K, limit = Infinity) =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([k, count]) => ({ [key]: k, count }) as { [P in K]: string } & { count: number });

export function statsOf(events: StoredEvent[]): Stats {
  const days = new Map<string, number>();
  const types = new Map<string, number>();
  const verification = new Map<string, number>();
  const sources = new Map<string, number>();
  let coarse = 0;
  let undated = 0;
  let fatalities = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { event } of events) {
    const range = eventDays(obj(event.date));
    if (!range) undated++;
    else if (range.start === range.end) bump(days, range.start);
    else coarse++;
    bump(types, typeof event.type === 'string' ? event.type : 'unknown');
    bump(verification, typeof event.verification === 'string' ? event.verification : 'unknown');
    const source = obj(event.source)?.name;
    if (typeof source === 'string') bump(sources, source);
    const best = obj(event.fatalities)?.best;
    if (typeof best === 'number' && Number.isFinite(best)) fatalities += best;
  }
  return {
    total: events.length,
    days: [...days].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([day, count]) => ({ day, count })),
    coarse,
    undated,
    types: sorted(types, 'type'),
    verification: sorted(verification, 'verification'),
    sources: sorted(sources, 'source', 50),
    fatalities,
  };
}

async function computeStats(store: LedgerStore, f: Filters, scanMax: number): Promise<Stats> {
  if (!needsPostFilter(f)) return store.eventStats(nativeFilter(f));
  const { events, partial } = await allMatchingEvents(store, f, scanMax);
  return { ...statsOf(events), ...(partial ? { partial: { scanned: scanMax } } : {}) };
}

export class StatsCache {
  /** Finished and in-flight counts: concurrent requests for the same filters share one computation. */
  private readonly entries = new Map<string, { version: string; stats: Promise<Stats> }>();
  constructor(
    private readonly store: LedgerStore,
    private readonly scanMax = DEFAULT_SCAN_MAX,
    private readonly maxEntries = 64,
  ) {}

  async get(f: Filters): Promise<Stats> {
    const version = String(await this.store.revision());
    const key = JSON.stringify(f);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.stats;
    const stats = computeStats(this.store, f, this.scanMax);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { version, stats });
    // A failure is not cached: the next request tries again.
    stats.catch(() => this.entries.get(key)?.stats === stats && this.entries.delete(key));
    return stats;
  }
}
