// Linking inside the store: each newly saved event joins the happening it reports (found among stored
// happenings of its type family and date window by the linking rule), or starts one; then every happening
// the save touched is re-counted (sources, verification, figures) and what changed is logged as a revision.
//
// A save does this in a fixed handful of statements however many events it has (read the candidates,
// create, link, read the joined happenings' reports, write them back, log): on PostgreSQL each statement is
// a round trip and server work, and the first version's few statements per event were most of a worker's
// database time.
import type { Kysely } from 'kysely';
import { haversineKm, sameHappening, typeFamily, type Report } from '../linking/link.js';
import type { LedgerDatabase } from '../schema.js';
import { inChunks } from './chunks.js';
import { candidateWindow, covers, linkLocks, type LinkLock } from './link-locks.js';
import { linkable, reportOf } from './report.js';
import { recounted, reportsOf, revisionsOf, writeHappenings, writeRevisions, type HappeningRow, type NewRevisionRow, type RecountRow } from './recount.js';
import { type JsonObject } from '../../contract/read.js';

type Db = Kysely<LedgerDatabase>;

/** An event row as the save stored it, with its new id. */
export type SavedEventRow = Omit<RecountRow, 'outlet' | 'signature'>;

/** A happening that lost reports when its document's earlier annotation was replaced. */
export interface RetiredHappening {
  id: number;
  family: string;
  day: string | null;
}

/** The happenings the events of these documents report: to be re-counted once those events are gone. */
export async function happeningsReportedBy(db: Db, documentIds: readonly number[]): Promise<RetiredHappening[]> {
  if (documentIds.length === 0) return [];
  const rows = await db
    .selectFrom('happening_reports as hr')
    .innerJoin('events as e', 'e.id', 'hr.event_id')
    .innerJoin('happenings as h', 'h.id', 'hr.happening_id')
    .select(['h.id', 'h.family', 'h.day_start'])
    .distinct()
    .where('e.document_id', 'in', documentIds)
    .orderBy('h.id')
    .execute();
  return rows.map((h) => ({ id: Number(h.id), family: h.family, day: h.day_start }));
}

export interface LinkContext {
  documentId: number;
  /** Why the happenings change, for the revision log ("report added by document 12 (kyiv-post)"). */
  reason: string;
  /** The document's outlet and MinHash signature, as this save stored them in document_sources. */
  outlet: string | null;
  signature: string | null;
  /**
   * Takes the locks (held to the end of the transaction) that keep concurrent saves off the same
   * happenings; absent where one writer at a time is the rule already (SQLite).
   */
  lock?: (locks: LinkLock[]) => Promise<void>;
}

interface Candidate {
  row: HappeningRow;
  anchor: Report;
}

/** Merged, so one document's many reports of one week read the week once. */
function mergedWindows(windows: ReadonlyArray<{ family: string; from: string; to: string }>) {
  const sorted = [...windows].sort((a, b) => (a.family < b.family ? -1 : a.family > b.family ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Array<{ family: string; from: string; to: string }> = [];
  for (const w of sorted) {
    const last = out[out.length - 1];
    if (last && last.family === w.family && w.from <= last.to) {
      if (w.to > last.to) last.to = w.to;
    } else out.push({ ...w });
  }
  return out;
}

/** Stored happenings whose anchor lies in any of the windows: one statement for the whole save. */
async function candidatesIn(db: Db, windows: ReadonlyArray<{ family: string; from: string; to: string }>): Promise<Candidate[]> {
  if (windows.length === 0) return [];
  const rows = await db
    .selectFrom('happenings')
    .selectAll()
    .where((eb) => eb.or(mergedWindows(windows).map((w) => eb.and([eb('family', '=', w.family), eb('day_start', '>=', w.from), eb('day_start', '<=', w.to)]))))
    .orderBy('id')
    .execute();
  return rows.map((h) => ({
    row: h,
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
 * The happening a report joins: one in its window whose best report it matches (matching the anchor
 * rather than any member keeps single-link chains from growing one happening across a week of daily
 * shelling), and which holds no report from the same document (the event stage already kept that
 * document's events apart). Among several, the nearest.
 *
 * The stored happenings hold none of this document's reports (its earlier events, and their links, were
 * deleted before linking), so the only ones that do are those this save has joined already: `joined`.
 */
function happeningFor(r: Report, candidates: readonly Candidate[], joined: ReadonlySet<number>): Candidate | null {
  if (!linkable(r)) return null;
  const w = candidateWindow(r);
  const fits = candidates.filter(
    (c) =>
      c.row.family === w.family &&
      c.row.day_start !== null &&
      c.row.day_start >= w.from &&
      c.row.day_start <= w.to &&
      !joined.has(c.row.id) &&
      c.anchor.lat !== null &&
      sameHappening(c.anchor, r),
  );
  if (fits.length === 0) return null;
  const km = (c: Candidate) => haversineKm(c.anchor.lat!, c.anchor.lon!, r.lat!, r.lon!);
  fits.sort((a, b) => km(a) - km(b) || a.row.id - b.row.id);
  return fits[0]!;
}

/** A new happening's row before it has an id: what its single report makes of it. */
function firstReported(report: RecountRow, now: string): HappeningRow {
  const empty: HappeningRow = {
    id: 0,
    best_event_id: null,
    type: report.type,
    family: typeFamily(report.type),
    day_start: null,
    day_end: null,
    place_name: null,
    admin1: null,
    country: null,
    lat: null,
    lon: null,
    geo_precision: null,
    actors: '[]',
    verification: report.verification,
    independent_sources: 0,
    report_count: 0,
    fatalities_best: null,
    figures: '[]',
    created_at: now,
    updated_at: now,
  };
  return recounted(empty, [report], now);
}

/**
 * Links the document's newly stored events and re-counts every touched happening, including `retired`
 * (happenings that lost reports when the document's earlier annotation was replaced).
 */
export async function linkSavedEvents(db: Db, rows: readonly SavedEventRow[], retired: readonly RetiredHappening[], ctx: LinkContext): Promise<void> {
  const now = new Date().toISOString();
  const recountCtx = { documentId: ctx.documentId, reason: ctx.reason, at: now };
  const reports = rows.map((row) => ({ row, report: reportOf(row, JSON.parse(row.json) as JsonObject) }));
  const windows = reports.filter((x) => linkable(x.report)).map((x) => candidateWindow(x.report));
  const locks = linkLocks(windows, retired);
  await ctx.lock?.(locks);
  const candidates = await candidatesIn(db, windows);

  // Decide every link in memory: a happening this save joins or starts holds this document from then on,
  // so no later event of the save can match it, and nothing the save writes changes what the rest match.
  const joined = new Map<number, HappeningRow>();
  const joinedIds = new Set<number>();
  const links: Array<{ eventId: number; happening: HappeningRow }> = [];
  const fresh: HappeningRow[] = [];
  /** Happenings in the order the save touches them, as the revision log records them. */
  const touched: Array<{ row: HappeningRow; created: boolean }> = [];
  for (const { row, report } of reports) {
    const found = happeningFor(report, candidates, joinedIds);
    if (found) {
      joined.set(found.row.id, found.row);
      joinedIds.add(found.row.id);
      links.push({ eventId: Number(row.id), happening: found.row });
      touched.push({ row: found.row, created: false });
    } else {
      const made = firstReported({ ...row, outlet: ctx.outlet, signature: ctx.signature }, now);
      fresh.push(made);
      links.push({ eventId: Number(row.id), happening: made });
      touched.push({ row: made, created: true });
    }
  }

  // New happenings are inserted already counted (their one report is in hand), in event order.
  for (const chunk of inChunks(fresh, 200)) {
    const ids = await db.insertInto('happenings').values(chunk.map(({ id: _unset, ...h }) => h)).returning(['id', 'best_event_id']).execute();
    const byBest = new Map(ids.map((r) => [Number(r.best_event_id), Number(r.id)]));
    for (const h of chunk) h.id = byBest.get(Number(h.best_event_id))!;
  }
  for (const chunk of inChunks(links, 500)) {
    await db.insertInto('happening_reports').values(chunk.map((l) => ({ event_id: l.eventId, happening_id: l.happening.id }))).execute();
  }

  // Joined and retired happenings are re-counted from all their reports, read in one go.
  const lostOnly = await lockedRetired(db, retired.filter((h) => !joined.has(h.id)), locks, ctx);
  const recount = [...joined.values(), ...lostOnly];
  const reportsByHappening = recount.length ? await reportsOf(db, recount.map((h) => h.id)) : new Map<number, RecountRow[]>();
  const after = new Map(recount.map((h) => [h.id, recounted(h, reportsByHappening.get(h.id) ?? [], now)]));
  await writeHappenings(db, [...after.values()]);

  const revisions: NewRevisionRow[] = [];
  for (const t of touched) revisions.push(...(t.created ? revisionsOf(null, t.row, recountCtx) : revisionsOf(t.row, after.get(t.row.id)!, recountCtx)));
  for (const h of lostOnly) revisions.push(...revisionsOf(h, after.get(h.id)!, recountCtx));
  await writeRevisions(db, revisions);
}

/**
 * The retired happenings' rows, read once the locks are held. One may have moved to another week since
 * the save looked (another save re-counted it): its week is locked too before it is re-counted. Taking
 * that lock out of order can deadlock with another save; PostgreSQL then fails one of the two, whose job
 * is retried.
 */
async function lockedRetired(db: Db, retired: readonly RetiredHappening[], held: LinkLock[], ctx: LinkContext): Promise<HappeningRow[]> {
  if (retired.length === 0) return [];
  const read = async () => {
    const rows: HappeningRow[] = [];
    for (const ids of inChunks(retired.map((h) => h.id), 500)) rows.push(...(await db.selectFrom('happenings').selectAll().where('id', 'in', ids).orderBy('id').execute()));
    return rows;
  };
  let rows = await read();
  for (;;) {
    const moved = rows.filter((h) => !covers(held, { family: h.family, day: h.day_start }));
    if (moved.length === 0 || !ctx.lock) break;
    const more = linkLocks([], moved.map((h) => ({ family: h.family, day: h.day_start })));
    await ctx.lock(more);
    held = [...held, ...more];
    rows = await read();
  }
  const order = new Map(retired.map((h, i) => [h.id, i]));
  return rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
