// Linking inside the store: each newly saved event joins the happening it reports (found among stored
// happenings of its type family and date window by the linking rule), or starts one; then every happening
// the save touched is re-counted (sources, verification, figures) and what changed is logged as a revision.
import type { Kysely } from 'kysely';
import { DEFAULT_LINK_OPTIONS, haversineKm, sameHappening, typeFamily, type Report } from '../linking/link.js';
import type { LedgerDatabase } from '../schema.js';
import { MAX_LINKED_SPAN_DAYS, linkable, reportOf, type ReportRow } from './report.js';
import { recountHappening } from './recount.js';

type Db = Kysely<LedgerDatabase>;

const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

interface Candidate {
  id: number;
  anchor: Report;
  documentIds: Set<number>;
}

/** Stored happenings a report could belong to: same family, anchor dated near enough to overlap. */
async function candidates(db: Db, r: Report): Promise<Candidate[]> {
  const slack = DEFAULT_LINK_OPTIONS.slackDays;
  const rows = await db
    .selectFrom('happenings')
    .select(['id', 'type', 'day_start', 'day_end', 'lat', 'lon', 'admin1', 'geo_precision', 'actors'])
    .where('family', '=', typeFamily(r.type))
    .where('day_start', '>=', shiftDay(r.dateStart!, -slack - MAX_LINKED_SPAN_DAYS))
    .where('day_start', '<=', shiftDay(r.dateEnd ?? r.dateStart!, slack))
    .execute();
  if (rows.length === 0) return [];
  const docs = await db
    .selectFrom('happening_reports as hr')
    .innerJoin('events as e', 'e.id', 'hr.event_id')
    .select(['hr.happening_id', 'e.document_id'])
    .where('hr.happening_id', 'in', rows.map((h) => h.id))
    .execute();
  const byHappening = new Map<number, Set<number>>();
  for (const d of docs) {
    const set = byHappening.get(Number(d.happening_id)) ?? new Set<number>();
    set.add(Number(d.document_id));
    byHappening.set(Number(d.happening_id), set);
  }
  return rows.map((h) => ({
    id: Number(h.id),
    documentIds: byHappening.get(Number(h.id)) ?? new Set<number>(),
    anchor: {
      eventId: 0,
      documentId: 0,
      type: h.type,
      dateStart: h.day_start,
      dateEnd: h.day_end,
      lat: h.lat,
      lon: h.lon,
      admin1: h.admin1,
      precision: h.geo_precision,
      actors: JSON.parse(h.actors) as string[],
    },
  }));
}

/**
 * The happening a report joins: one whose best report it matches (matching the anchor rather than any
 * member keeps single-link chains from growing one happening across a week of daily shelling), and
 * which holds no report from the same document (the event stage already kept that document's events apart).
 * Among several, the nearest.
 */
async function happeningFor(db: Db, r: Report): Promise<number | null> {
  if (!linkable(r)) return null;
  const fits = (await candidates(db, r)).filter((c) => !c.documentIds.has(r.documentId) && c.anchor.lat !== null && sameHappening(c.anchor, r));
  if (fits.length === 0) return null;
  const km = (c: Candidate) => haversineKm(c.anchor.lat!, c.anchor.lon!, r.lat!, r.lon!);
  fits.sort((a, b) => km(a) - km(b) || a.id - b.id);
  return fits[0]!.id;
}

async function newHappening(db: Db, row: ReportRow, r: Report, now: string): Promise<number> {
  const made = await db
    .insertInto('happenings')
    .values({
      best_event_id: Number(row.id),
      type: row.type,
      family: typeFamily(row.type),
      day_start: row.day_start,
      day_end: row.day_end,
      place_name: null,
      admin1: row.admin1,
      country: null,
      lat: row.lat,
      lon: row.lon,
      geo_precision: row.geo_precision,
      actors: JSON.stringify(r.actors),
      verification: row.verification,
      independent_sources: 0,
      report_count: 0,
      fatalities_best: null,
      figures: '[]',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(made.id);
}

export interface LinkContext {
  documentId: number;
  /** Why the happenings change, for the revision log ("report added by document 12 (kyiv-post)"). */
  reason: string;
}

/**
 * Links the document's newly stored events and re-counts every touched happening, including
 * `alsoRecount` (happenings that lost reports when the document's earlier annotation was replaced).
 */
export async function linkSavedEvents(db: Db, rows: readonly ReportRow[], alsoRecount: readonly number[], ctx: LinkContext): Promise<void> {
  const now = new Date().toISOString();
  const recounted = new Set<number>();
  const created = new Set<number>();
  for (const row of rows) {
    const r = reportOf(row);
    let id = await happeningFor(db, r);
    if (id === null) {
      id = await newHappening(db, row, r, now);
      created.add(id);
    }
    await db.insertInto('happening_reports').values({ event_id: Number(row.id), happening_id: id }).execute();
    recounted.add(id);
    // Re-count right away so the next event of this save matches against the updated anchor.
    await recountHappening(db, id, { ...ctx, at: now, created: created.has(id) });
  }
  for (const id of alsoRecount) if (!recounted.has(id)) await recountHappening(db, id, { ...ctx, at: now, created: false });
}
