// Migration 003: happenings. Reports (events) of one happening from several documents join one happening
// row; each document's outlet and MinHash signature are kept so corroboration can tell copies and
// same-outlet articles from independent sources; every change a new report makes to a happening is
// logged as a revision; an annotation replaced by a newer pipeline version is kept in annotation_history.
// The per-event day span bounds date-overlap queries (an event starting more than the longest span
// before `since` cannot overlap it).
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

export function happenings(flavor: SqlFlavor): Migration {
  const autoId = (c: any) => (flavor.autoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey());
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('document_sources')
        .addColumn('document_id', flavor.refId, (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
        .addColumn('outlet', 'text')
        /** 64 MinHash values, 8 hex digits each. */
        .addColumn('signature', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('happenings')
        .addColumn('id', flavor.autoId, autoId)
        .addColumn('best_event_id', flavor.refId)
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('family', 'text', (c) => c.notNull())
        .addColumn('day_start', 'text')
        .addColumn('day_end', 'text')
        .addColumn('place_name', 'text')
        .addColumn('admin1', 'text')
        .addColumn('country', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('geo_precision', 'integer')
        /** The best report's actor names, as a JSON array: what a new report must not contradict. */
        .addColumn('actors', 'text', (c) => c.notNull())
        .addColumn('verification', 'text', (c) => c.notNull())
        .addColumn('independent_sources', 'integer', (c) => c.notNull())
        .addColumn('report_count', 'integer', (c) => c.notNull())
        .addColumn('fatalities_best', 'integer')
        /** Competing fatality figures with who gives each, as JSON. */
        .addColumn('figures', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('happenings_family_days').on('happenings').columns(['family', 'day_start']).execute();
      await db.schema.createIndex('happenings_order').on('happenings').columns(['day_start', 'id']).execute();

      await db.schema
        .createTable('happening_reports')
        .addColumn('event_id', flavor.refId, (c) => c.primaryKey().references('events.id').onDelete('cascade'))
        .addColumn('happening_id', flavor.refId, (c) => c.notNull().references('happenings.id').onDelete('cascade'))
        .execute();
      await db.schema.createIndex('happening_reports_happening').on('happening_reports').column('happening_id').execute();

      await db.schema
        .createTable('happening_revisions')
        .addColumn('id', flavor.autoId, autoId)
        .addColumn('happening_id', flavor.refId, (c) => c.notNull().references('happenings.id').onDelete('cascade'))
        /** The document whose arrival (or re-annotation) made the change; no foreign key, so history outlives it. */
        .addColumn('document_id', flavor.refId)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('happening_revisions_happening').on('happening_revisions').columns(['happening_id', 'id']).execute();

      await db.schema
        .createTable('annotation_history')
        .addColumn('id', flavor.autoId, autoId)
        .addColumn('document_id', flavor.refId, (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('line', 'text', (c) => c.notNull())
        .addColumn('annotated_at', 'text', (c) => c.notNull())
        .addColumn('replaced_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('annotation_history_document').on('annotation_history').column('document_id').execute();

      await db.schema.alterTable('events').addColumn('day_span', 'integer').execute();
      // Ledgers made before this migration: spans of the events they hold (julianday/date arithmetic
      // differs between SQLite and PostgreSQL, hence the two spellings).
      if (flavor.name === 'sqlite') {
        await sql`update events set day_span = cast(julianday(day_end) - julianday(day_start) as integer) where day_start is not null`.execute(db);
      } else {
        await sql`update events set day_span = (day_end::date - day_start::date) where day_start is not null`.execute(db);
      }
      await db.schema.createIndex('events_source').on('events').columns(['source_name', 'day_start']).execute();
      // max(day_span) from the index, not a scan: the bound every date-overlap query starts from.
      await db.schema.createIndex('events_span').on('events').column('day_span').execute();
    },
  };
}
