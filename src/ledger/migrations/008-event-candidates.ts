// Migration 008: the ledger keeps the candidates the learned decision put below its threshold, marked by
// `candidate` (1), beside the events it shows (0, what every stored row was). Default reads filter on it,
// so the two listing indexes are rebuilt with it as their last column: a default page still tells shown
// rows from candidates from index entries alone, in the (day_start, id) order the indexes keep.
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

export function eventCandidates(_flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('events').addColumn('candidate', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.dropIndex('events_listing').execute();
      await db.schema
        .createIndex('events_listing')
        .on('events')
        .columns(['day_start', 'id', 'day_end', 'type', 'verification', 'source_name', 'lat', 'lon', 'document_id', 'place_name', 'admin1', 'country', 'day_span', 'fatalities_best', 'candidate'])
        .execute();
      await db.schema.dropIndex('events_by_source').execute();
      await db.schema
        .createIndex('events_by_source')
        .on('events')
        .columns(['source_name', 'day_start', 'id', 'day_end', 'type', 'verification', 'day_span', 'fatalities_best', 'candidate'])
        .execute();
      // Cached answers (the HTTP API's) are keyed by the revision: they must not outlive the change.
      await sql`update ledger_meta set value = value + 1 where key = 'revision'`.execute(db);
    },
  };
}
