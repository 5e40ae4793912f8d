// Counts for the timeline and the filter menus, cached until the ledger's totals change (a new ingest).
// A store that can count in the database (CountingStore below) is asked for them; otherwise they are made
// here from every matching event, which is exact but reads the whole ledger.
import { eventDays } from '../../ledger/day-range.js';
import type { EventFilter, LedgerStore, StoredEvent } from '../../ledger/store.js';
import { DEFAULT_SCAN_MAX, allMatchingEvents, nativeFilter } from './events-query.js';
import type { Filters } from './query.js';

export interface Stats {
  total: number;
  /** Events dated to one day, per day (ascending). */
  days: Array<{ day: string; count: number }>;
  /** Events whose date spans more than a day (a week, a month...), which no single day can show. */
  coarse: number;
  undated: number;
  types: Array<{ type: string; count: number }>;
  verification: Array<{ verification: string; count: number }>;
  sources: Array<{ source: string; count: number }>;
  fatalities: number;
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

/**
 * A capability LedgerStore does not have yet: these counts made in the database under the store's own
 * filters. Measured at 1M events, a covering index on (day_start, day_end, type, verification,
 * source_name, fatalities_best) makes them ~2.4 s of SQL in all, against ~20 s+ reading every event here.
 */
export interface CountingStore extends LedgerStore {
  eventStats(filter: EventFilter): Promise<Stats>;
}

const canCount = (s: LedgerStore): s is CountingStore => typeof (s as Partial<CountingStore>).eventStats === 'function';

async function computeStats(store: LedgerStore, f: Filters, scanMax: number): Promise<Stats> {
  // The filters applied in this layer (distance, source, actor) need the events themselves.
  if (canCount(store) && !f.near && !f.actor && !f.source) return store.eventStats(nativeFilter(f));
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
    const c = await this.store.counts();
    const version = `${c.documents}/${c.failed}/${c.events}`;
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
