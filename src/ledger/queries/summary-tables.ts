// The write side of migration 006's query tables: every save keeps event_day_counts, event_source_counts
// and event_actors in step with the events it replaced and the events it stored, in the save's own
// transaction, so a reader never sees counts that disagree with the events.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { EventRow, LedgerDatabase } from '../schema.js';
import { inChunks } from '../happenings/chunks.js';
import { type JsonObject } from '../../contract/read.js';

type Db = Kysely<LedgerDatabase> | Transaction<LedgerDatabase>;

/** One document's events grouped by the summary keys ('' for an undated event's days). */
export interface EventCount {
  day_start: string;
  day_end: string;
  type: string;
  verification: string;
  source_name: string | null;
  events: number;
  fatalities: number;
}

/** The lowercased names of an event's actors (every role), each once: what the `actor` filter matches. */
export function actorKeysOf(event: JsonObject): string[] {
  const actors = Array.isArray(event.actors) ? event.actors : [];
  const names = actors.map((a) => (typeof a === 'object' && a !== null ? (a as JsonObject).name : null)).filter((n): n is string => typeof n === 'string' && n.length > 0);
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

const REBUILD_PAGE = 2000;

/**
 * Fills the query tables from the events alone, for events stored without the save hook: a ledger from
 * before migration 006, or the API bench's bulk load. The counts in one pass each; the actors in pages,
 * in JavaScript rather than SQL, so the keys are lowercased exactly as the save hook and the filter do
 * (SQLite's lower() folds ASCII only).
 */
export async function rebuildQuerySummaries(db: Kysely<any>, opts: { beforeCandidates?: boolean } = {}): Promise<void> {
  // Candidates (migration 008) are never counted; migration 006 runs before that column exists, when
  // every stored event was a shown one.
  const shown = opts.beforeCandidates ? sql`1 = 1` : sql`candidate = 0`;
  for (const table of ['event_day_counts', 'event_source_counts', 'event_actors']) await db.deleteFrom(table).execute();
  await sql`insert into event_day_counts (day_start, day_end, type, verification, events, fatalities)
    select coalesce(day_start, ''), coalesce(day_end, ''), type, verification, count(*), sum(coalesce(fatalities_best, 0))
    from events where ${shown} group by coalesce(day_start, ''), coalesce(day_end, ''), type, verification`.execute(db);
  await sql`insert into event_source_counts (source_name, type, verification, events)
    select source_name, type, verification, count(*) from events where source_name is not null and ${shown} group by source_name, type, verification`.execute(db);
  for (let after = 0; ; ) {
    const rows = (await db.selectFrom('events').select(['id', 'json']).where('id', '>', after).orderBy('id').limit(REBUILD_PAGE).execute()) as Array<{ id: number | string; json: string }>;
    if (rows.length === 0) break;
    const values = rows.flatMap((r) => actorKeysOf(JSON.parse(r.json) as JsonObject).map((actor) => ({ event_id: Number(r.id), actor })));
    for (let i = 0; i < values.length; i += 500) await db.insertInto('event_actors').values(values.slice(i, i + 500)).execute();
    after = Number(rows[rows.length - 1]!.id);
  }
}

/** How the (shown) events of a document count now: read before a save deletes them (the save counts what it stores itself). */
export async function documentEventCounts(db: Db, documentId: number): Promise<EventCount[]> {
  const rows = await sql<EventCount>`
    select coalesce(day_start, '') as day_start, coalesce(day_end, '') as day_end, type, verification, source_name,
      count(*) as events, sum(coalesce(fatalities_best, 0)) as fatalities
    from events where document_id = ${documentId} and candidate = 0
    group by coalesce(day_start, ''), coalesce(day_end, ''), type, verification, source_name`.execute(db);
  return rows.rows.map((r) => ({ ...r, events: Number(r.events), fatalities: Number(r.fatalities) }));
}

/** A stored event's columns that the summaries count, and its contract JSON (for its actors). */
export type SummarisedEvent = Pick<EventRow, 'id' | 'candidate' | 'day_start' | 'day_end' | 'type' | 'verification' | 'source_name' | 'fatalities_best' | 'json'>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as the database holds it once stored: both drivers write UTF-8, in which a lone surrogate becomes
 * U+FFFD. Counts made here are keyed as the ones read back from the database are, so the two cancel.
 */
function asStored(text: string): string {
  return /[\uD800-\uDFFF]/.test(text) ? text.replace(LONE_SURROGATE, '\uFFFD') : text;
}

/**
 * The events a save has just stored, counted as documentEventCounts() would read them back (grouped by
 * the same keys, '' for an undated event's days, no fatalities as 0), made from the rows in hand instead
 * of a statement.
 */
export function countEvents(events: readonly SummarisedEvent[]): EventCount[] {
  const out = new Map<string, EventCount>();
  for (const e of events) {
    const c: EventCount = {
      day_start: asStored(e.day_start ?? ''),
      day_end: asStored(e.day_end ?? ''),
      type: asStored(e.type),
      verification: asStored(e.verification),
      source_name: e.source_name === null ? null : asStored(e.source_name),
      events: 1,
      fatalities: e.fatalities_best ?? 0,
    };
    const id = JSON.stringify([c.day_start, c.day_end, c.type, c.verification, c.source_name]);
    const seen = out.get(id);
    if (seen) {
      seen.events += 1;
      seen.fatalities += c.fatalities;
    } else out.set(id, c);
  }
  return [...out.values()];
}

interface Delta {
  key: string[];
  events: number;
  fatalities: number;
}

function deltas(retired: EventCount[], stored: EventCount[], keyOf: (c: EventCount) => string[] | null): Delta[] {
  const out = new Map<string, Delta>();
  const add = (c: EventCount, sign: number) => {
    const key = keyOf(c);
    if (!key) return;
    const id = JSON.stringify(key);
    const d = out.get(id) ?? { key, events: 0, fatalities: 0 };
    d.events += sign * c.events;
    d.fatalities += sign * c.fatalities;
    out.set(id, d);
  };
  for (const c of retired) add(c, -1);
  for (const c of stored) add(c, +1);
  // Sorted, so two PostgreSQL transactions take the summary rows' locks in the same order (no deadlock).
  return [...out.entries()].filter(([, d]) => d.events !== 0 || d.fatalities !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

/** Rows per multi-row upsert: few enough bound parameters for any driver (see happenings/chunks.ts). */
const UPSERT_ROWS = 500;

/**
 * The save hook: applies the difference between the document's events before (`retired`) and after this
 * save (`stored`, the rows it has just inserted) to the count tables, and indexes the stored events'
 * actors (the retired ones' rows went with their events, by ON DELETE CASCADE). Call it after the save has
 * stored its events, in its transaction. Each table takes one multi-row upsert (its rows in the sorted
 * order of deltas(), in which PostgreSQL inserts and locks them) and, when counts fell, one delete of the
 * rows left at zero: a few statements a save, however many days and sources its events have. Concurrent
 * PostgreSQL saves may meet on a count row: each upsert adds its own difference, and every save takes the
 * rows in the same sorted order, so they wait for one another but never deadlock.
 */
export async function updateQuerySummaries(trx: Transaction<LedgerDatabase>, retired: EventCount[], stored: readonly SummarisedEvent[]): Promise<void> {
  // Candidates are not counted (the summaries answer default reads); their actors are indexed, so a
  // listing that asks for candidates can filter them by actor too.
  const counts = countEvents(stored.filter((e) => !e.candidate));
  const days = deltas(retired, counts, (c) => [c.day_start, c.day_end, c.type, c.verification]).map((d) => {
    const [day_start, day_end, type, verification] = d.key as [string, string, string, string];
    return { row: { day_start, day_end, type, verification, events: d.events, fatalities: d.fatalities }, fell: d.events < 0 };
  });
  for (const chunk of inChunks(days, UPSERT_ROWS)) {
    await trx
      .insertInto('event_day_counts')
      .values(chunk.map((d) => d.row))
      .onConflict((oc) =>
        oc.columns(['day_start', 'day_end', 'type', 'verification']).doUpdateSet((eb) => ({
          events: eb('event_day_counts.events', '+', eb.ref('excluded.events')),
          fatalities: eb('event_day_counts.fatalities', '+', eb.ref('excluded.fatalities')),
        })),
      )
      .execute();
  }
  for (const chunk of inChunks(days.filter((d) => d.fell), UPSERT_ROWS)) {
    await trx
      .deleteFrom('event_day_counts')
      .where('events', '<=', 0)
      .where((eb) =>
        eb.or(chunk.map(({ row: r }) => eb.and([eb('day_start', '=', r.day_start), eb('day_end', '=', r.day_end), eb('type', '=', r.type), eb('verification', '=', r.verification)]))),
      )
      .execute();
  }
  const sources = deltas(retired, counts, (c) => (c.source_name === null ? null : [c.source_name, c.type, c.verification]))
    .filter((d) => d.events !== 0)
    .map((d) => {
      const [source_name, type, verification] = d.key as [string, string, string];
      return { row: { source_name, type, verification, events: d.events }, fell: d.events < 0 };
    });
  for (const chunk of inChunks(sources, UPSERT_ROWS)) {
    await trx
      .insertInto('event_source_counts')
      .values(chunk.map((d) => d.row))
      .onConflict((oc) => oc.columns(['source_name', 'type', 'verification']).doUpdateSet((eb) => ({ events: eb('event_source_counts.events', '+', eb.ref('excluded.events')) })))
      .execute();
  }
  for (const chunk of inChunks(sources.filter((d) => d.fell), UPSERT_ROWS)) {
    await trx
      .deleteFrom('event_source_counts')
      .where('events', '<=', 0)
      .where((eb) => eb.or(chunk.map(({ row: r }) => eb.and([eb('source_name', '=', r.source_name), eb('type', '=', r.type), eb('verification', '=', r.verification)]))))
      .execute();
  }
  const actors = stored.flatMap((e) => actorKeysOf(JSON.parse(e.json) as JsonObject).map((actor) => ({ event_id: Number(e.id), actor })));
  for (const chunk of inChunks(actors, UPSERT_ROWS)) await trx.insertInto('event_actors').values(chunk).execute();
}
