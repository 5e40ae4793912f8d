// Counts for the timeline and the filter menus, made by the database. Filters on type, days and
// verification alone (the timeline's and the menus' own) are answered from the count tables every save
// keeps (summary-tables.ts): a few thousand rows at a million events. Any other filter counts the
// matching events, read from the events_listing index (it holds every column counted or filtered).
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { shownVerification } from '../linking/corroborate.js';
import type { LedgerDatabase } from '../schema.js';
import type { SqlFlavor } from '../migrations/flavor.js';
import type { EventFilter, EventStats } from '../store.js';
import { UNLINKED_VERIFICATION, applyEventFilter, typeCondition, type FilterTarget } from './event-filter.js';

type Db = Kysely<LedgerDatabase>;
type Row = { key: string | null; count: number | string };

const num = (v: unknown) => Number(v ?? 0);
const n = sql<number>`count(*)`;

/**
 * Whether the count tables can answer: they are keyed by days and type (and source). Their verification
 * is each report's own; a filter on verification means the happening's (the one every edge shows), which
 * only the events can answer.
 */
const summarised = (f: EventFilter) => Object.entries(f).every(([k, v]) => v === undefined || ['type', 'since', 'until', 'after', 'limit', 'offset'].includes(k));

/** The filter as conditions on a count table (`s`); its undated rows hold '' as their days. */
function summaryConditions(flavor: SqlFlavor, f: EventFilter, days: boolean): Array<RawBuilder<SqlBool>> {
  const conds: Array<RawBuilder<SqlBool>> = [];
  if (f.type) conds.push(typeCondition(flavor, 's.type', f.type));
  if (f.verification) conds.push(sql<SqlBool>`s.verification = ${f.verification}`);
  if (days && f.since) conds.push(sql<SqlBool>`s.day_end >= ${f.since}`);
  if (days && f.until) conds.push(sql<SqlBool>`(s.day_start <= ${f.until} and s.day_start <> '')`);
  return conds;
}

function where<QB extends SelectQueryBuilder<any, any, any>>(q: QB, conds: Array<RawBuilder<SqlBool>>): QB {
  let out = q;
  for (const c of conds) out = out.where(c) as QB;
  return out;
}

async function statsFromSummaries(db: Db, flavor: SqlFlavor, f: EventFilter, eventsBase: () => SelectQueryBuilder<any, any, any>): Promise<EventStats> {
  const days = () => where(db.selectFrom('event_day_counts as s'), summaryConditions(flavor, f, true));
  const total = sql<number>`sum(s.events)`;
  const totals = await days()
    .select([
      total.as('total'),
      sql<number>`sum(case when s.day_start = '' then s.events else 0 end)`.as('undated'),
      sql<number>`sum(case when s.day_start <> '' and s.day_start <> s.day_end then s.events else 0 end)`.as('coarse'),
      sql<number>`sum(s.fatalities)`.as('fatalities'),
    ])
    .executeTakeFirst();
  const perDay = await days().where(sql<SqlBool>`s.day_start <> '' and s.day_start = s.day_end`).select(['s.day_start as key', total.as('count')]).groupBy('s.day_start').orderBy('s.day_start').execute();
  const grouped = (column: 's.type') => days().select([`${column} as key`, total.as('count')]).groupBy(column).orderBy(sql`sum(s.events) desc`).orderBy(column).execute() as Promise<Row[]>;
  // Sources are counted per type and verification only: with days in the filter they come from the events.
  const sources: Row[] =
    f.since || f.until
      ? await eventSources(eventsBase)
      : ((await where(db.selectFrom('event_source_counts as s'), summaryConditions(flavor, f, false))
          .select(['s.source_name as key', total.as('count')])
          .groupBy('s.source_name')
          .orderBy(sql`sum(s.events) desc`)
          .orderBy('s.source_name')
          .limit(50)
          .execute()) as Row[]);
  return {
    total: num(totals?.total),
    days: perDay.map((d) => ({ day: d.key, count: num(d.count) })),
    coarse: num(totals?.coarse),
    undated: num(totals?.undated),
    types: (await grouped('s.type')).map((r) => ({ type: r.key ?? 'unknown', count: num(r.count) })),
    verification: Object.keys(f).some((k) => ['type', 'since', 'until'].includes(k) && f[k as keyof EventFilter] !== undefined)
      ? await verificationCounts(eventsBase)
      : await wholeLedgerVerification(db, num(totals?.total), eventsBase),
    sources: sources.map((r) => ({ source: r.key!, count: num(r.count) })),
    fatalities: num(totals?.fatalities),
  };
}

/**
 * Events per verification, the verification being their happening's (the one every edge shows): read
 * through each event's happening, since the count tables hold each report's own cue.
 */
function verificationCounts(base: () => SelectQueryBuilder<any, any, any>): Promise<Array<{ verification: string; count: number }>> {
  const shown = sql<string>`coalesce(vh.verification, ${UNLINKED_VERIFICATION})`;
  return base()
    .leftJoin('happening_reports as vhr', 'vhr.event_id', 'e.id')
    .leftJoin('happenings as vh', 'vh.id', 'vhr.happening_id')
    .select([shown.as('key'), n.as('count')])
    .groupBy(shown)
    .orderBy(sql`count(*) desc`)
    .orderBy(shown)
    .execute()
    .then((rows) => (rows as Row[]).map((r) => ({ verification: r.key ?? 'unknown', count: num(r.count) })));
}

/**
 * The same counts for the whole ledger without reading every event: each happening holds its reports'
 * count, so when every event is a report of one (a ledger saved with linking, as every save does) the
 * happenings' counts are the answer; when none is (a synthetic bulk load) each event is its own single
 * source, counted from the count tables. A ledger part linked and part not is counted event by event.
 */
async function wholeLedgerVerification(db: Db, total: number, eventsBase: () => SelectQueryBuilder<any, any, any>): Promise<Array<{ verification: string; count: number }>> {
  const linked = (await db
    .selectFrom('happenings')
    .where('report_count', '>', 0)
    .select(['verification as key', sql<number>`sum(report_count)`.as('count')])
    .groupBy('verification')
    .execute()) as Row[];
  const linkedTotal = linked.reduce((n, r) => n + num(r.count), 0);
  const sorted = (rows: Array<{ verification: string; count: number }>) => rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count || (a.verification < b.verification ? -1 : 1));
  if (linkedTotal === total) return sorted(linked.map((r) => ({ verification: r.key ?? 'unknown', count: num(r.count) })));
  if (linkedTotal > 0) return verificationCounts(eventsBase);
  const own = (await db.selectFrom('event_day_counts').select(['verification as key', sql<number>`sum(events)`.as('count')]).groupBy('verification').execute()) as Row[];
  const counts = new Map<string, number>();
  for (const r of own) {
    const shown = shownVerification({ event: { verification: r.key ?? 'unknown' } });
    counts.set(shown, (counts.get(shown) ?? 0) + num(r.count));
  }
  return sorted([...counts].map(([verification, count]) => ({ verification, count })));
}

function eventSources(base: () => SelectQueryBuilder<any, any, any>): Promise<Row[]> {
  return base()
    .where('e.source_name', 'is not', null)
    .select(['e.source_name as key', n.as('count')])
    .groupBy('e.source_name')
    .orderBy(sql`count(*) desc`)
    .orderBy('e.source_name')
    .limit(50)
    .execute() as Promise<Row[]>;
}

async function statsFromEvents(base: () => SelectQueryBuilder<any, any, any>): Promise<EventStats> {
  const totals = await base()
    .select([
      n.as('total'),
      sql<number>`sum(case when e.day_start is null then 1 else 0 end)`.as('undated'),
      sql<number>`sum(case when e.day_span > 0 then 1 else 0 end)`.as('coarse'),
      sql<number>`sum(coalesce(e.fatalities_best, 0))`.as('fatalities'),
    ])
    .executeTakeFirst();
  const days = (await base().whereRef('e.day_start', '=', 'e.day_end').select(['e.day_start as key', n.as('count')]).groupBy('e.day_start').orderBy('e.day_start').execute()) as Row[];
  const grouped = (column: 'e.type') => base().select([`${column} as key`, n.as('count')]).groupBy(column).orderBy(sql`count(*) desc`).orderBy(column).execute() as Promise<Row[]>;
  return {
    total: num(totals?.total),
    days: days.map((d) => ({ day: d.key as string, count: num(d.count) })),
    coarse: num(totals?.coarse),
    undated: num(totals?.undated),
    types: (await grouped('e.type')).map((r) => ({ type: r.key ?? 'unknown', count: num(r.count) })),
    verification: await verificationCounts(base),
    sources: (await eventSources(base)).map((r) => ({ source: r.key!, count: num(r.count) })),
    fatalities: num(totals?.fatalities),
  };
}

export async function eventStats(db: Db, f: EventFilter, target: FilterTarget): Promise<EventStats> {
  const { after: _after, limit: _limit, offset: _offset, ...filter } = f;
  const base = () => applyEventFilter(db.selectFrom('events as e'), filter, target);
  return summarised(filter) ? statsFromSummaries(db, target.flavor, filter, base) : statsFromEvents(base);
}
