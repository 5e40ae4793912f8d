// Migration 005: a ledger revision number, raised by every save in the same transaction. Readers that
// cache answers (the HTTP API) compare one primary-key row instead of counting a million events to learn
// whether the ledger changed. And a covering index for the counts (eventStats): with every column they
// group or sum in it, counting a date range or the whole ledger reads the index alone, never the rows.
import type { Kysely, Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

export function ledgerRevision(_flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('ledger_meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'bigint', (c) => c.notNull())
        .execute();
      await db.insertInto('ledger_meta').values({ key: 'revision', value: 0 }).execute();
      await db.schema
        .createIndex('events_stats')
        .on('events')
        .columns(['day_start', 'day_end', 'day_span', 'type', 'verification', 'source_name', 'fatalities_best'])
        .execute();
      // Counting per verification status from its own small index rather than sorting the covering one.
      await db.schema.createIndex('events_verification').on('events').column('verification').execute();
    },
  };
}
