// Listing events: the filters the store supports go to the store; the rest (near/radius, source, actor)
// are applied here over the store's ordered results until the store grows native support for them.
// Pagination is by offset, carried in an opaque cursor so clients never depend on what it encodes.
import { ERROR_CODES, SitrepError } from '../../errors.js';
import type { EventFilter, LedgerStore, StoredEvent } from '../../ledger/store.js';
import type { Filters } from './query.js';

export const DEFAULT_RADIUS_KM = 25;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);

export function nativeFilter(f: Filters): EventFilter {
  const out: EventFilter = {};
  if (f.type) out.type = f.type;
  if (f.since) out.since = f.since;
  if (f.until) out.until = f.until;
  if (f.place) out.place = f.place;
  if (f.verification) out.verification = f.verification;
  return out;
}

/** Great-circle distance in km (haversine; ample for a radius filter). */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The filters the store cannot apply, as one predicate; null when there are none. */
export function postFilter(f: Filters): ((e: StoredEvent) => boolean) | null {
  const tests: Array<(ev: Json) => boolean> = [];
  if (f.near) {
    const [lat, lon] = f.near;
    const radius = f.radius_km ?? DEFAULT_RADIUS_KM;
    tests.push((ev) => {
      const loc = obj(ev.location);
      return typeof loc?.lat === 'number' && typeof loc?.lon === 'number' && distanceKm(lat, lon, loc.lat, loc.lon) <= radius;
    });
  }
  if (f.source) {
    const needle = f.source.toLowerCase();
    tests.push((ev) => {
      const name = obj(ev.source)?.name;
      return typeof name === 'string' && name.toLowerCase().includes(needle);
    });
  }
  if (f.actor) {
    const needle = f.actor.toLowerCase();
    tests.push((ev) => Array.isArray(ev.actors) && ev.actors.some((a) => typeof obj(a)?.name === 'string' && (obj(a)!.name as string).toLowerCase().includes(needle)));
  }
  if (tests.length === 0) return null;
  return (e) => tests.every((t) => t(e.event));
}

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0) return v.o;
  } catch {
    // fall through to the typed error
  }
  throw new SitrepError(ERROR_CODES.USAGE, 'invalid cursor: pass the "next" value of an earlier page unchanged');
}

/**
 * How many store rows one request may read to apply the HTTP-layer filters or to count: better-sqlite3 is
 * synchronous, so an unbounded read would stall every other request (at 1M events an unbounded /api/stats took 62 s, 2 GB; bounded at 200k, 16 s).
 * Results cut short by it say so (`partial`).
 */
export const DEFAULT_SCAN_MAX = 100_000;

export interface Matched {
  events: StoredEvent[];
  /** True when the scan bound stopped the read before the store ran out of rows. */
  partial: boolean;
}

/**
 * The first `count` events matching all filters, in the store's order. With post-filters the store is read
 * in growing windows, so a selective post-filter costs more store rows but never returns a wrong page.
 */
export async function matchingEvents(store: LedgerStore, f: Filters, count: number, scanMax = DEFAULT_SCAN_MAX): Promise<Matched> {
  const native = nativeFilter(f);
  const keep = postFilter(f);
  if (!keep) return { events: await store.events({ ...native, limit: count }), partial: false };
  let window = Math.min(Math.max(count * 4, 1000), scanMax);
  for (;;) {
    const rows = await store.events({ ...native, limit: window });
    const matched = rows.filter(keep);
    if (matched.length >= count || rows.length < window) return { events: matched.slice(0, count), partial: false };
    if (window >= scanMax) return { events: matched, partial: true };
    window = Math.min(window * 8, scanMax);
  }
}

/** All matching events (for stats and exports), reading at most `scanMax` store rows. */
export async function allMatchingEvents(store: LedgerStore, f: Filters, scanMax = Infinity): Promise<Matched> {
  const bounded = Number.isFinite(scanMax);
  const rows = await store.events({ ...nativeFilter(f), ...(bounded ? { limit: scanMax + 1 } : {}) });
  const partial = bounded && rows.length > scanMax;
  if (partial) rows.length = scanMax;
  const keep = postFilter(f);
  return { events: keep ? rows.filter(keep) : rows, partial };
}

export interface EventsPage {
  events: StoredEvent[];
  next: string | null;
  partial: boolean;
}

export async function eventsPage(store: LedgerStore, f: Filters, page: { limit: number; offset: number }, scanMax = DEFAULT_SCAN_MAX): Promise<EventsPage> {
  // One more than the page holds tells whether there is a next page without a count query.
  const { events: rows, partial } = await matchingEvents(store, f, page.offset + page.limit + 1, scanMax);
  const events = rows.slice(page.offset, page.offset + page.limit);
  const more = rows.length > page.offset + page.limit;
  return { events, next: more ? encodeCursor(page.offset + page.limit) : null, partial };
}
