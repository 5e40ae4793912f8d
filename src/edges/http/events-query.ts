// Listing events: every filter goes to the store as SQL. Pages follow a keyset cursor (the last row's day
// and id) so a deep page costs what the first does; a client may also jump to an `offset`, after which the
// `next` cursor is a keyset one again. The cursor is opaque, so clients never depend on what it encodes.
import { ERROR_CODES, SitrepError } from '../../errors.js';
import type { EventCursor, EventFilter, LedgerStore, StoredEvent } from '../../ledger/store.js';
import { eventDays } from '../../ledger/day-range.js';
import type { Filters } from './query.js';
import { obj } from '../../contract/read.js';

export const DEFAULT_RADIUS_KM = 25;

export function nativeFilter(f: Filters): EventFilter {
  const out: EventFilter = {};
  if (f.type) out.type = f.type;
  if (f.since) out.since = f.since;
  if (f.until) out.until = f.until;
  if (f.place) out.place = f.place;
  if (f.verification) out.verification = f.verification;
  if (f.source) out.source = f.source;
  if (f.q) out.text = f.q;
  if (f.actor) out.actor = f.actor;
  if (f.happened) out.happened = true;
  if (f.min_confidence !== undefined) out.minConfidence = f.min_confidence;
  if (f.near) out.near = { lat: f.near[0], lon: f.near[1], radiusKm: f.radius_km ?? DEFAULT_RADIUS_KM };
  return out;
}

/** Where a page starts: an offset into the matches, or after a row of the store's order. */
export type PageStart = { offset: number } | { after: EventCursor };

/** A `next` cursor: after this row. (Cursors holding an offset, `{o}`, are still read: earlier servers made them.) */
export function encodeCursor(after: EventCursor): string {
  return Buffer.from(JSON.stringify({ d: after.dayStart, i: after.id })).toString('base64url');
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

export interface EventsPage {
  events: StoredEvent[];
  next: string | null;
}

/** A page's size and start, and whether it lists the candidates beside the shown events. */
export type EventsPageOptions = { limit: number; candidates?: boolean } & PageStart;

/** A page read by the store, after the last row of the page before or at an offset; its `next` is always a keyset cursor. */
export async function eventsPage(store: LedgerStore, f: Filters, page: EventsPageOptions): Promise<EventsPage> {
  const start = 'after' in page ? { after: page.after } : page.offset ? { offset: page.offset } : {};
  // One more than the page holds tells whether there is a next page without a count query.
  const rows = await store.events({ ...nativeFilter(f), ...start, ...(page.candidates ? { candidates: 'also' as const } : {}), limit: page.limit + 1 });
  const events = rows.slice(0, page.limit);
  const last = events[events.length - 1];
  const dayStart = (e: StoredEvent) => eventDays(obj(e.event.date))?.start ?? null;
  return { events, next: rows.length > page.limit && last ? encodeCursor({ dayStart: dayStart(last), id: last.id }) : null };
}
