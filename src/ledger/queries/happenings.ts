// Reading happenings: the listing (one row per happening, shown through its best report), each with its
// sources (documents, outlets, report ids), and one happening in full with its reports and revision log.
import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from '../schema.js';
import type { EventFilter, HappeningDetail, HappeningFigure, HappeningRevision, HappeningSource, StoredEvent, StoredHappening } from '../store.js';
import { applyEventFilter, type FilterTarget } from './event-filter.js';
import { eventColumns, toStoredEvent, type EventSelection } from './events.js';

type Db = Kysely<LedgerDatabase>;

interface HappeningRow extends EventSelection {
  happening_id: number;
  report_count: number;
  independent_sources: number;
  happening_verification: string;
  figures: string;
}

function happeningQuery(db: Db) {
  return db
    .selectFrom('happenings as h')
    .innerJoin('events as e', 'e.id', 'h.best_event_id')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .leftJoin('cleaned_documents as c', 'c.document_id', 'e.document_id')
    .select(eventColumns)
    .select(['h.id as happening_id', 'h.report_count', 'h.independent_sources', 'h.verification as happening_verification', 'h.figures'])
    .where('h.report_count', '>', 0);
}

/** The documents reporting each happening, with their outlets and report ids. */
async function sourcesOf(db: Db, ids: number[]): Promise<Map<number, HappeningSource[]>> {
  const out = new Map<number, HappeningSource[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('happening_reports as hr')
      .innerJoin('events as e', 'e.id', 'hr.event_id')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .leftJoin('cleaned_documents as c', 'c.document_id', 'd.id')
      .leftJoin('document_sources as ds', 'ds.document_id', 'd.id')
      .select(['hr.happening_id', 'e.id as event_id', 'd.id as document_id', 'd.name', 'd.url', 'c.title', 'c.published', 'c.canonical_url', 'ds.outlet'])
      .where('hr.happening_id', 'in', ids.slice(i, i + 500))
      .orderBy('d.id')
      .orderBy('e.id')
      .execute();
    for (const r of rows) {
      const list = out.get(Number(r.happening_id)) ?? [];
      let src = list.find((s) => s.documentId === Number(r.document_id));
      if (!src) {
        src = { documentId: Number(r.document_id), name: r.name, outlet: r.outlet ?? null, title: r.title, url: r.url ?? r.canonical_url ?? null, published: r.published, eventIds: [] };
        list.push(src);
      }
      src.eventIds.push(Number(r.event_id));
      out.set(Number(r.happening_id), list);
    }
  }
  return out;
}

/** What each report of a happening carries of it (StoredEvent.happening). */
const happeningOf = (row: HappeningRow) => ({ id: Number(row.happening_id), verification: row.happening_verification, independentSources: Number(row.independent_sources) });

function toHappening(row: HappeningRow, sources: HappeningSource[]): StoredHappening {
  return {
    id: Number(row.happening_id),
    best: { ...toStoredEvent(row), happening: happeningOf(row) },
    reportCount: Number(row.report_count),
    independentSources: Number(row.independent_sources),
    verification: row.happening_verification,
    figures: JSON.parse(row.figures) as HappeningFigure[],
    sources,
  };
}

export function happeningTarget(base: Omit<FilterTarget, 'verification' | 'id' | 'documentsIn' | 'candidateRows'>): FilterTarget {
  return {
    ...base,
    verification: 'h.verification',
    id: 'h.id',
    candidateRows: false,
    documentsIn: (docs) =>
      sql`h.id in (select hr.happening_id from happening_reports hr inner join events x on x.id = hr.event_id where x.document_id in (${docs}))`,
  };
}

export async function listHappenings(db: Db, f: EventFilter, target: FilterTarget): Promise<StoredHappening[]> {
  // Newest first, as a reader of the news wants them (undated last), by the happening's own copy of its
  // best report's day, so the happenings_order index serves it (read backwards).
  let q = applyEventFilter(happeningQuery(db), f, target).orderBy(sql`h.day_start desc nulls last`).orderBy('h.id', 'desc');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = (await q.execute()) as HappeningRow[];
  const sources = await sourcesOf(db, rows.map((r) => Number(r.happening_id)));
  return rows.map((r) => toHappening(r, sources.get(Number(r.happening_id)) ?? []));
}

export async function readHappening(db: Db, id: number): Promise<HappeningDetail | null> {
  const row = (await happeningQuery(db).where('h.id', '=', id).executeTakeFirst()) as HappeningRow | undefined;
  if (!row) return null;
  const sources = (await sourcesOf(db, [id])).get(id) ?? [];
  const reports: StoredEvent[] = (
    await db
      .selectFrom('happening_reports as hr')
      .innerJoin('events as e', 'e.id', 'hr.event_id')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .leftJoin('cleaned_documents as c', 'c.document_id', 'e.document_id')
      .select(eventColumns)
      .where('hr.happening_id', '=', id)
      .orderBy('e.id')
      .execute()
  ).map((r) => ({ ...toStoredEvent(r), happening: happeningOf(row) }));
  const revisions: HappeningRevision[] = (
    await db.selectFrom('happening_revisions').selectAll().where('happening_id', '=', id).orderBy('id').execute()
  ).map((r) => ({ id: Number(r.id), at: r.at, field: r.field, before: r.before, after: r.after, reason: r.reason, documentId: r.document_id === null ? null : Number(r.document_id) }));
  return { ...toHappening(row, sources), reports, revisions };
}
