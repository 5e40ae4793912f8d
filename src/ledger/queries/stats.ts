// Counts for the timeline and the filter menus, made by the database (grouped queries over the event
// columns) instead of by reading every event into the process.
import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from '../schema.js';
import type { EventFilter, EventStats } from '../store.js';
import { applyEventFilter, type FilterTarget } from './event-filter.js';

export async function eventStats(db: Kysely<LedgerDatabase>, f: EventFilter, target: FilterTarget): Promise<EventStats> {
  const { after: _after, limit: _limit, ...filter } = f;
  const base = () => applyEventFilter(db.selectFrom('events as e'), filter, target);
  const n = sql<number>`count(*)`;
  const totals = await base()
    .select([
      n.as('total'),
      sql<number>`sum(case when e.day_start is null then 1 else 0 end)`.as('undated'),
      sql<number>`sum(case when e.day_span > 0 then 1 else 0 end)`.as('coarse'),
      sql<number>`sum(coalesce(e.fatalities_best, 0))`.as('fatalities'),
    ])
    .executeTakeFirst();
  // start = end rather than day_span = 0: the equality on day_span would pick its index and then fetch every
  // row for its day; this way the covering events_stats index is read in day order.
  const days = await base().whereRef('e.day_start', '=', 'e.day_end').select(['e.day_start as key', n.as('count')]).groupBy('e.day_start').orderBy('e.day_start').execute();
  const grouped = async (column: 'e.type' | 'e.verification' | 'e.source_name', limit?: number) => {
    let q = base().select([`${column} as key`, n.as('count')] as any).groupBy(column).orderBy(sql`count(*) desc`).orderBy(column);
    if (column === 'e.source_name') q = q.where('e.source_name', 'is not', null);
    if (limit) q = q.limit(limit);
    return (await q.execute()) as Array<{ key: string | null; count: number | string }>;
  };
  const num = (v: unknown) => Number(v ?? 0);
  return {
    total: num(totals?.total),
    days: days.map((d) => ({ day: d.key as string, count: num(d.count) })),
    coarse: num(totals?.coarse),
    undated: num(totals?.undated),
    types: (await grouped('e.type')).map((r) => ({ type: r.key ?? 'unknown', count: num(r.count) })),
    verification: (await grouped('e.verification')).map((r) => ({ verification: r.key ?? 'unknown', count: num(r.count) })),
    sources: (await grouped('e.source_name', 50)).map((r) => ({ source: r.key!, count: num(r.count) })),
    fatalities: num(totals?.fatalities),
  };
}
