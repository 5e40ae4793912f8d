// Listing events: every filter but `actor` goes to the store as SQL (near as a box and a flat-earth
// distance, re-checked here on the great circle); `actor` is applied here over the store's ordered results.
// Pages follow a keyset cursor (the last row's day and id) so a deep page costs what the first does; with
// an HTTP-layer filter, or when the client asks by `offset`, they go by offset. Either is carried in an
// opaque cursor so clients never depend on what it encodes.
import { ERROR_CODES, SitrepError } from '../../errors.js';
import type { EventCursor, EventFilter, LedgerStore, StoredEvent } from '../../ledger/store.js';
import { eventDays } from '../../ledger/day-range.js';
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
  if (f.source) out.source = f.source;
  if (f.q) out.text = f.q;
  if (f.near) out.near = { lat: f.near[0], lon: f.near[1], radiusKm: f.radius_km ?? DEFAULT_RADIUS_KM };
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

/** Whether some filter is left to this layer (the store narrows `near`; only `actor` needs the events). */
export const needsPostFilter = (f: Filters) => Boolean(f.actor);

/** The filters the store cannot apply exactly, as one predicate; null when there are none. */
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
  if (f.actor) {
    const needle = f.actor.toLowerCase();
    tests.push((ev) => Array.isArray(ev.actors) && ev.actors.some((a) => typeof obj(a)?.name === 'string' && (obj(a)!.name as string).toLowerCase().includes(needle)));
  }
  if (tests.length === 0) return null;
  return (e) => tests.every((t) => t(e.event));
}

/** Where a page starts: an offset into the matches, or after a row of the store's order. */
export type PageStart = { offset: number } | { after: EventCursor };

export function encodeCursor(start: PageStart): string {
  const v = 'offset' in start ? { o: start.offset } : { d: start.after.dayStart, i: start.after.id };
  return Buffer.from(JSON.stringify(v)).toString('base64url');
}

export function decodeCursor(cursor: string): PageStart {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown; d?: unknown; i?: unknown };
    if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0) return { offset: v.o };
    const dayOk = v.d === null || (typeof v.d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v.d));
    if (dayOk && typeof v.i === 'number' && Number.isInteger(v.i) && v.i >= 0) return { after: { dayStart: v.d as string | null, id: v.i } };
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

export async function eventsPage(store: LedgerStore, f: Filters, page: { limit: number } & PageStart, scanMax = DEFAULT_SCAN_MAX): Promise<EventsPage> {
  if (!needsPostFilter(f) && !f.near && 'after' in page) return keysetPage(store, f, page.limit, page.after);
  if (!needsPostFilter(f) && !f.near && 'offset' in page && page.offset === 0) return keysetPage(store, f, page.limit, undefined);
  const offset = 'offset' in page ? page.offset : 0;
  // One more than the page holds tells whether there is a next page without a count query.
  const { events: rows, partial } = await matchingEvents(store, f, offset + page.limit + 1, scanMax);
  const events = rows.slice(offset, offset + page.limit);
  const more = rows.length > offset + page.limit;
  return { events, next: more ? encodeCursor({ offset: offset + page.limit }) : null, partial };
}

/** A page read by the store alone, starting after the last row of the page before (no OFFSET scan). */
async function keysetPage(store: LedgerStore, f: Filters, limit: number, after: EventCursor | undefined): Promise<EventsPage> {
  const rows = await store.events({ ...nativeFilter(f), ...(after ? { after } : {}), limit: limit + 1 });
  const events = rows.slice(0, limit);
  const last = events[events.length - 1];
  const dayStart = (e: StoredEvent) => eventDays(obj(e.event.date))?.start ?? null;
  return { events, next: rows.length > limit && last ? encodeCursor({ after: { dayStart: dayStart(last), id: last.id } }) : null, partial: false };
}
