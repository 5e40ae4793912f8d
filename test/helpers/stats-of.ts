// The counts /api/stats gives, made in plain code over every event: what the store's SQL and count
// tables are checked against.
import { eventDays } from '../../src/ledger/day-range.js';
import { shownVerification } from '../../src/ledger/linking/corroborate.js';
import type { EventStats, StoredEvent } from '../../src/ledger/store.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);

const sorted = <K extends string>(m: Map<string, number>, key: K, limit = Infinity) =>
  [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([k, count]) => ({ [key]: k, count }) as { [P in K]: string } & { count: number });

export function statsOf(events: StoredEvent[]): EventStats {
  const days = new Map<string, number>();
  const types = new Map<string, number>();
  const verification = new Map<string, number>();
  const sources = new Map<string, number>();
  let coarse = 0;
  let undated = 0;
  let fatalities = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const stored of events) {
    const { event } = stored;
    const range = eventDays(obj(event.date));
    if (!range) undated++;
    else if (range.start === range.end) bump(days, range.start);
    else coarse++;
    bump(types, typeof event.type === 'string' ? event.type : 'unknown');
    // The happening's verification, as every edge shows it.
    bump(verification, shownVerification(stored));
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
