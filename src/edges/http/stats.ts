// Counts for the timeline and the filter menus. The store offers no aggregate query yet, so the counts are
// made here from the matching events and cached until the ledger's totals change (a new ingest).
import { eventDays } from '../../ledger/day-range.js';
import type { LedgerStore, StoredEvent } from '../../ledger/store.js';
import { allMatchingEvents } from './events-query.js';
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

export class StatsCache {
  private readonly entries = new Map<string, { version: string; stats: Stats }>();
  constructor(private readonly store: LedgerStore, private readonly maxEntries = 64) {}

  async get(f: Filters): Promise<Stats> {
    const c = await this.store.counts();
    const version = `${c.documents}/${c.events}`;
    const key = JSON.stringify(f);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.stats;
    const stats = statsOf(await allMatchingEvents(this.store, f));
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { version, stats });
    return stats;
  }
}
