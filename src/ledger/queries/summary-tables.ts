// The write side of migration 006's query tables: every save keeps event_day_counts, event_source_counts
// and event_actors in step with the events it replaced and the events it stored, in the save's own
// transaction, so a reader never sees counts that disagree with the events.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { LedgerDatabase } from '../schema.js';

type Db = Kysely<LedgerDatabase> | Transaction<LedgerDatabase>;
type Json = Record<string, unknown>;

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
export function actorKeysOf(event: Json): string[] {
  const actors = Array.isArray(event.actors) ? event.actors : [];
  const names = actors.map((a) => (typeof a === 'object' && a !== null ? (a as Json).name : null)).filter((n): n is string => typeof n === 'string' && n.length > 0);
  return [...new Set(names.map((n) => n.toLowerCase()))];
}

const REBUILD_PAGE = 2000;

/**
 * Fills the query tables from the events alone, for events stored without the save hook: a ledger from
 * before migration 006, or the API bench's bulk load. The counts in one pass each; the actors in pages,
 * in JavaScript rather than SQL, so the keys are lowercased exactly as the save hook and the filter do
 * (SQLite's lower() folds ASCII only).
 */
export async function rebuildQuerySummaries(db: Kysely<any>): Promise<void> {
  for (const table of ['event_day_counts', 'event_source_counts', 'event_actors']) await db.deleteFrom(table).execute();
  await sql`insert into event_day_counts (day_start, day_end, type, verification, events, fatalities)
    select coalesce(day_start, ''), coalesce(day_end, ''), type, verification, count(*), sum(coalesce(fatalities_best, 0))
    from events group by coalesce(day_start, ''), coalesce(day_end, ''), type, verification`.execute(db);
  await sql`insert into event_source_counts (source_name, type, verification, events)
    select source_name, type, verification, count(*) from events where source_name is not null group by source_name, type, verification`.execute(db);
  for (let after = 0; ; ) {
    const rows = (await db.selectFrom('events').select(['id', 'json']).where('id', '>', after).orderBy('id').limit(REBUILD_PAGE).execute()) as Array<{ id: number | string; json: string }>;
    if (rows.length === 0) break;
    const values = rows.flatMap((r) => actorKeysOf(JSON.parse(r.json) as Json).map((actor) => ({ event_id: Number(r.id), actor })));
    for (let i = 0; i < values.length; i += 500) await db.insertInto('event_actors').values(values.slice(i, i + 500)).execute();
    after = Number(rows[rows.length - 1]!.id);
  }
}

/** How the events of a document count now: read before a save deletes them, and again after it stores new ones. */
export async function documentEventCounts(db: Db, documentId: number): Promise<EventCount[]> {
  const rows = await sql<EventCount>`
    select coalesce(day_start, '') as day_start, coalesce(day_end, '') as day_end, type, verification, source_name,
      count(*) as events, sum(coalesce(fatalities_best, 0)) as fatalities
    from events where document_id = ${documentId}
    group by coalesce(day_start, ''), coalesce(day_end, ''), type, verification, source_name`.execute(db);
  return rows.rows.map((r) => ({ ...r, events: Number(r.events), fatalities: Number(r.fatalities) }));
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

/**
 * The save hook: applies the difference between the document's events before (`retired`) and after this
 * save to the count tables, and indexes the stored events' actors (the retired ones' rows went with their
 * events, by ON DELETE CASCADE). Call it after the save has stored its events, in its transaction.
 * Concurrent PostgreSQL saves may meet on a count row: each upsert adds its own difference, and every save
 * takes the rows in the same sorted order, so they wait for one another but never deadlock.
 */
export async function updateQuerySummaries(trx: Transaction<LedgerDatabase>, documentId: number, retired: EventCount[]): Promise<void> {
  const stored = await documentEventCounts(trx, documentId);
  for (const d of deltas(retired, stored, (c) => [c.day_start, c.day_end, c.type, c.verification])) {
    const [day_start, day_end, type, verification] = d.key as [string, string, string, string];
    await trx
      .insertInto('event_day_counts')
      .values({ day_start, day_end, type, verification, events: d.events, fatalities: d.fatalities })
      .onConflict((oc) =>
        oc.columns(['day_start', 'day_end', 'type', 'verification']).doUpdateSet((eb) => ({
          events: eb('event_day_counts.events', '+', eb.ref('excluded.events')),
          fatalities: eb('event_day_counts.fatalities', '+', eb.ref('excluded.fatalities')),
        })),
      )
      .execute();
    if (d.events < 0) {
      await trx.deleteFrom('event_day_counts').where('day_start', '=', day_start).where('day_end', '=', day_end).where('type', '=', type).where('verification', '=', verification).where('events', '<=', 0).execute();
    }
  }
  for (const d of deltas(retired, stored, (c) => (c.source_name === null ? null : [c.source_name, c.type, c.verification]))) {
    if (d.events === 0) continue;
    const [source_name, type, verification] = d.key as [string, string, string];
    await trx
      .insertInto('event_source_counts')
      .values({ source_name, type, verification, events: d.events })
      .onConflict((oc) => oc.columns(['source_name', 'type', 'verification']).doUpdateSet((eb) => ({ events: eb('event_source_counts.events', '+', eb.ref('excluded.events')) })))
      .execute();
    if (d.events < 0) {
      await trx.deleteFrom('event_source_counts').where('source_name', '=', source_name).where('type', '=', type).where('verification', '=', verification).where('events', '<=', 0).execute();
    }
  }
  const events = await trx.selectFrom('events').select(['id', 'json']).where('document_id', '=', documentId).execute();
  const actors = events.flatMap((e) => actorKeysOf(JSON.parse(e.json) as Json).map((actor) => ({ event_id: Number(e.id), actor })));
  for (let i = 0; i < actors.length; i += 500) await trx.insertInto('event_actors').values(actors.slice(i, i + 500)).execute();
}
