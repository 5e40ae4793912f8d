// Re-counting happenings from all their reports: independent sources, verification and competing figures
// (linking/corroborate.ts), the report that speaks for each, and a revision row for each field a change of
// reports moved (verification, sources, fatalities, date, location), saying which document did it. The
// arithmetic is pure (recounted, revisionsOf); reading reports and writing results go in a few statements
// for all the happenings one save touched, not a few per happening.
import type { Insertable, Kysely, Selectable } from 'kysely';
import { corroborate } from '../linking/corroborate.js';
import { typeFamily } from '../linking/link.js';
import type { EventRow, LedgerDatabase } from '../schema.js';
import { compareReports, reportOf, sourcedReportOf, type ReportRow } from './report.js';
import { inChunks } from './chunks.js';
import { type JsonObject } from '../../contract/read.js';

type Db = Kysely<LedgerDatabase>;

export type HappeningRow = Selectable<LedgerDatabase['happenings']>;
export type NewRevisionRow = Insertable<LedgerDatabase['happening_revisions']>;

/** A report as re-counting reads it: the event, with its document's outlet and signature. */
export type RecountRow = ReportRow & Pick<EventRow, 'place_name' | 'country'> & { outlet: string | null; signature: string | null };

export interface RecountContext {
  documentId: number;
  reason: string;
  at: string;
}

/** The fields whose changes the revision log records, as comparable text. */
interface Tracked {
  verification: string;
  sources: string;
  fatalities: string | null;
  date: string | null;
  location: string | null;
}

const dateText = (start: string | null, end: string | null) => (start ? (end && end !== start ? `${start}..${end}` : start) : null);
const placeText = (name: string | null, lat: number | null, lon: number | null) =>
  lat === null || lon === null ? name : `${name ?? '?'} (${lat.toFixed(4)}, ${lon.toFixed(4)})`;
const figuresText = (figures: Array<{ fatalities: number; claimant: string | null }>) =>
  figures.length ? figures.map((f) => `${f.fatalities}${f.claimant ? ` per ${f.claimant}` : ''}`).join('; ') : null;

function tracked(h: HappeningRow): Tracked {
  return {
    verification: h.verification,
    sources: String(h.independent_sources),
    fatalities: figuresText(JSON.parse(h.figures) as Array<{ fatalities: number; claimant: string | null }>),
    date: dateText(h.day_start, h.day_end),
    location: placeText(h.place_name, h.lat, h.lon),
  };
}

/**
 * The happening as its reports make it (reports in event id order). With no reports left (every one
 * withdrawn by its document's re-annotation) it stays, empty, with its place, date and history.
 */
export function recounted(before: HappeningRow, reports: readonly RecountRow[], at: string): HappeningRow {
  if (reports.length === 0) return { ...before, best_event_id: null, report_count: 0, independent_sources: 0, updated_at: at };
  const events = reports.map((r) => JSON.parse(r.json) as JsonObject);
  const c = corroborate(reports.map((r, i) => sourcedReportOf(r, r.outlet, r.signature, events[i])));
  const bestIndex = reports.map((_, i) => i).sort((a, b) => compareReports(reports[a]!, reports[b]!))[0]!;
  const best = reports[bestIndex]!;
  return {
    ...before,
    best_event_id: Number(best.id),
    type: best.type,
    family: typeFamily(best.type),
    day_start: best.day_start,
    day_end: best.day_end,
    place_name: best.place_name,
    admin1: best.admin1,
    country: best.country,
    lat: best.lat,
    lon: best.lon,
    geo_precision: best.geo_precision,
    actors: JSON.stringify(reportOf(best, events[bestIndex]).actors),
    verification: c.verification,
    independent_sources: c.independentSources,
    report_count: reports.length,
    fatalities_best: best.fatalities_best,
    figures: JSON.stringify(c.figures),
    updated_at: at,
  };
}

/** The revision rows for a happening going from `before` (null: it was just created) to `after`. */
export function revisionsOf(before: HappeningRow | null, after: HappeningRow, ctx: RecountContext): NewRevisionRow[] {
  const old = before ? tracked(before) : null;
  const now = tracked(after);
  return (Object.keys(now) as Array<keyof Tracked>)
    .filter((field) => (old ? now[field] !== old[field] : now[field] !== null))
    .map((field) => ({
      happening_id: after.id,
      document_id: ctx.documentId,
      at: ctx.at,
      field,
      before: old ? old[field] : null,
      after: now[field],
      reason: old ? ctx.reason : `first reported: ${ctx.reason}`,
    }));
}

/** Every report of the given happenings, grouped by happening, each group in event id order. */
export async function reportsOf(db: Db, happeningIds: readonly number[]): Promise<Map<number, RecountRow[]>> {
  const byHappening = new Map<number, RecountRow[]>(happeningIds.map((id) => [id, []]));
  for (const ids of inChunks(happeningIds, 500)) {
    const rows = await db
      .selectFrom('happening_reports as hr')
      .innerJoin('events as e', 'e.id', 'hr.event_id')
      .leftJoin('document_sources as ds', 'ds.document_id', 'e.document_id')
      .select(['hr.happening_id', 'e.id', 'e.document_id', 'e.type', 'e.day_start', 'e.day_end', 'e.day_span', 'e.lat', 'e.lon', 'e.admin1', 'e.geo_precision'])
      .select(['e.modality', 'e.verification', 'e.fatalities_best', 'e.confidence', 'e.date_precision', 'e.json', 'e.place_name', 'e.country'])
      .select(['ds.outlet', 'ds.signature'])
      .where('hr.happening_id', 'in', ids)
      .orderBy('hr.happening_id')
      .orderBy('e.id')
      .execute();
    for (const { happening_id, ...row } of rows) byHappening.get(Number(happening_id))!.push({ ...row, outlet: row.outlet ?? null, signature: row.signature ?? null });
  }
  return byHappening;
}

/** Writes re-counted happenings back, all in one statement per chunk (an upsert on the id: every row exists). */
export async function writeHappenings(db: Db, rows: readonly HappeningRow[]): Promise<void> {
  for (const chunk of inChunks(rows, 200)) {
    await db
      .insertInto('happenings')
      .values(chunk.map((h) => ({ ...h })))
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          best_event_id: eb.ref('excluded.best_event_id'),
          type: eb.ref('excluded.type'),
          family: eb.ref('excluded.family'),
          day_start: eb.ref('excluded.day_start'),
          day_end: eb.ref('excluded.day_end'),
          place_name: eb.ref('excluded.place_name'),
          admin1: eb.ref('excluded.admin1'),
          country: eb.ref('excluded.country'),
          lat: eb.ref('excluded.lat'),
          lon: eb.ref('excluded.lon'),
          geo_precision: eb.ref('excluded.geo_precision'),
          actors: eb.ref('excluded.actors'),
          verification: eb.ref('excluded.verification'),
          independent_sources: eb.ref('excluded.independent_sources'),
          report_count: eb.ref('excluded.report_count'),
          fatalities_best: eb.ref('excluded.fatalities_best'),
          figures: eb.ref('excluded.figures'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
}

export async function writeRevisions(db: Db, rows: readonly NewRevisionRow[]): Promise<void> {
  for (const chunk of inChunks(rows, 500)) await db.insertInto('happening_revisions').values([...chunk]).execute();
}
