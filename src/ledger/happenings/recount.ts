// Re-counting one happening from all its reports: independent sources, verification and competing
// figures (linking/corroborate.ts), the report that speaks for it, and a revision row for each field a
// change of reports moved (verification, sources, fatalities, date, location), saying which document did it.
import type { Kysely } from 'kysely';
import { corroborate } from '../linking/corroborate.js';
import { typeFamily } from '../linking/link.js';
import type { LedgerDatabase } from '../schema.js';
import { compareReports, reportOf, sourcedReportOf } from './report.js';

type Db = Kysely<LedgerDatabase>;

export interface RecountContext {
  documentId: number;
  reason: string;
  at: string;
  created: boolean;
}

type Json = Record<string, unknown>;

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

export async function recountHappening(db: Db, happeningId: number, ctx: RecountContext): Promise<void> {
  const before = await db.selectFrom('happenings').selectAll().where('id', '=', happeningId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('happening_reports as hr')
    .innerJoin('events as e', 'e.id', 'hr.event_id')
    .leftJoin('document_sources as ds', 'ds.document_id', 'e.document_id')
    .select(['e.id', 'e.document_id', 'e.type', 'e.day_start', 'e.day_end', 'e.day_span', 'e.lat', 'e.lon', 'e.admin1', 'e.geo_precision'])
    .select(['e.modality', 'e.verification', 'e.fatalities_best', 'e.confidence', 'e.date_precision', 'e.json', 'e.place_name', 'e.country'])
    .select(['ds.outlet', 'ds.signature'])
    .where('hr.happening_id', '=', happeningId)
    .execute();
  const old: Tracked = {
    verification: before.verification,
    sources: String(before.independent_sources),
    fatalities: figuresText(JSON.parse(before.figures) as Array<{ fatalities: number; claimant: string | null }>),
    date: dateText(before.day_start, before.day_end),
    location: placeText(before.place_name, before.lat, before.lon),
  };
  let now: Tracked;
  if (rows.length === 0) {
    // Every report was withdrawn (its document re-annotated): the happening stays, empty, with its history.
    await db.updateTable('happenings').set({ best_event_id: null, report_count: 0, independent_sources: 0, updated_at: ctx.at }).where('id', '=', happeningId).execute();
    now = { ...old, sources: '0' };
  } else {
    const events = rows.map((r) => JSON.parse(r.json) as Json);
    const c = corroborate(rows.map((r, i) => sourcedReportOf(r, r.outlet ?? null, r.signature ?? null, events[i])));
    const bestIndex = rows.map((_, i) => i).sort((a, b) => compareReports(rows[a]!, rows[b]!))[0]!;
    const best = rows[bestIndex]!;
    await db
      .updateTable('happenings')
      .set({
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
        report_count: rows.length,
        fatalities_best: best.fatalities_best,
        figures: JSON.stringify(c.figures),
        updated_at: ctx.at,
      })
      .where('id', '=', happeningId)
      .execute();
    now = {
      verification: c.verification,
      sources: String(c.independentSources),
      fatalities: figuresText(c.figures),
      date: dateText(best.day_start, best.day_end),
      location: placeText(best.place_name, best.lat, best.lon),
    };
  }
  const revisions = (Object.keys(now) as Array<keyof Tracked>)
    .filter((field) => ctx.created ? now[field] !== null : now[field] !== old[field])
    .map((field) => ({
      happening_id: happeningId,
      document_id: ctx.documentId,
      at: ctx.at,
      field,
      before: ctx.created ? null : old[field],
      after: now[field],
      reason: ctx.created ? `first reported: ${ctx.reason}` : ctx.reason,
    }));
  if (revisions.length) await db.insertInto('happening_revisions').values(revisions).execute();
}
