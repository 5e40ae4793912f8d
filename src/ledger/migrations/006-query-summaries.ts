// Migration 006: what lets the API answer from indexes and small tables instead of reading events.
// - events_listing: one index over every column the listing filters on, in listing order (day_start, id),
//   so a page is found from index entries alone and only the rows of the page are read. It replaces
//   events_order (its prefix), events_stats (the counts now come from the summaries below, or from this
//   index) and events_verification (the SQLite planner took it for `verification=` and then sorted a
//   quarter of the ledger: 0.5 s for one page at a million events). events_by_source replaces
//   events_source: the same lead columns, covering what a source's listing and counts read.
// - event_day_counts, event_source_counts: event counts per (days, type, verification) and per (source,
//   type, verification), kept in step by every save (queries/summary-tables.ts) so /api/stats reads a few
//   thousand rows instead of a million. '' stands for "undated", because a NULL would not match itself in
//   the primary key an upsert relies on.
// - event_actors: each event's actor names, lowercased, so the `actor` filter is SQL (an EXISTS probe by
//   event id) instead of JSON read and filtered in the HTTP layer.
import type { Kysely, Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';
import { rebuildQuerySummaries } from '../queries/summary-tables.js';

export function querySummaries(flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('events_listing')
        .on('events')
        .columns(['day_start', 'id', 'day_end', 'type', 'verification', 'source_name', 'lat', 'lon', 'document_id', 'place_name', 'admin1', 'country', 'day_span', 'fatalities_best'])
        .execute();
      // A source's events in listing order, with what its counts need: `source` finds them by name.
      await db.schema
        .createIndex('events_by_source')
        .on('events')
        .columns(['source_name', 'day_start', 'id', 'day_end', 'type', 'verification', 'day_span', 'fatalities_best'])
        .execute();
      for (const old of ['events_order', 'events_stats', 'events_verification', 'events_source']) await db.schema.dropIndex(old).ifExists().execute();

      await db.schema
        .createTable('event_day_counts')
        .addColumn('day_start', 'text', (c) => c.notNull())
        .addColumn('day_end', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('verification', 'text', (c) => c.notNull())
        .addColumn('events', 'bigint', (c) => c.notNull())
        .addColumn('fatalities', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_day_counts_key', ['day_start', 'day_end', 'type', 'verification'])
        .execute();
      await db.schema
        .createTable('event_source_counts')
        .addColumn('source_name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('verification', 'text', (c) => c.notNull())
        .addColumn('events', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_source_counts_key', ['source_name', 'type', 'verification'])
        .execute();
      await db.schema
        .createTable('event_actors')
        .addColumn('event_id', flavor.refId, (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('actor', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_actors_key', ['event_id', 'actor'])
        .execute();

      // A ledger made before this migration holds events the save hook never saw.
      await rebuildQuerySummaries(db, { beforeCandidates: true });
    },
  };
}
