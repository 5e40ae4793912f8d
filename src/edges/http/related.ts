// Other reports of the same happening, for the event page's list of sources: candidates from the store
// (same type family, dates within the linking slack), kept when the ledger's own linking rule
// (src/ledger/linking) says they are one happening. Until the store keeps the links, they are found here.
import { eventDays } from '../../ledger/day-range.js';
import { DEFAULT_LINK_OPTIONS, sameHappening, typeFamily, type Report } from '../../ledger/linking/link.js';
import type { LedgerStore, StoredEvent } from '../../ledger/store.js';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Candidates read per event page: a happening reported more often than this shows its first reports. */
const MAX_CANDIDATES = 500;

export function reportOf(e: StoredEvent): Report {
  const days = eventDays(obj(e.event.date));
  const loc = obj(e.event.location);
  const actors = Array.isArray(e.event.actors) ? e.event.actors.map((a) => obj(a)?.name).filter((n): n is string => typeof n === 'string') : [];
  return {
    eventId: e.id,
    documentId: e.documentId,
    type: typeof e.event.type === 'string' ? e.event.type : 'unknown',
    dateStart: days?.start ?? null,
    dateEnd: days?.end ?? null,
    lat: num(loc?.lat),
    lon: num(loc?.lon),
    admin1: typeof loc?.admin1 === 'string' ? loc.admin1 : null,
    precision: num(loc?.precision),
    actors,
  };
}

const shift = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

export async function relatedReports(store: LedgerStore, e: StoredEvent): Promise<StoredEvent[]> {
  const me = reportOf(e);
  if (!me.dateStart || me.lat === null) return [];
  const slack = DEFAULT_LINK_OPTIONS.slackDays;
  const candidates = await store.events({
    type: typeFamily(me.type),
    since: shift(me.dateStart, -slack),
    until: shift(me.dateEnd ?? me.dateStart, slack),
    limit: MAX_CANDIDATES,
  });
  // Reports in the same document were already merged by the event stage; they are not other sources.
  return candidates.filter((c) => c.documentId !== e.documentId && sameHappening(me, reportOf(c)));
}
