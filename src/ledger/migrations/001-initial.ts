// Migration 001: documents (raw bytes), their cleaned form, their annotation (the contract line and the
// pipeline version that made it), and one row per event with the contract fields broken out.
import type { Kysely, Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

export function initial(flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('documents')
        .addColumn('id', flavor.autoId, (c) => (flavor.autoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('hash', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('container', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('source_path', 'text')
        .addColumn('source_line', 'integer')
        .addColumn('url', 'text')
        .addColumn('given_published', 'text')
        .addColumn('raw', flavor.bytes, (c) => c.notNull())
        .addColumn('byte_length', 'integer', (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('cleaned_documents')
        .addColumn('document_id', flavor.refId, (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
        .addColumn('title', 'text')
        .addColumn('byline', 'text')
        .addColumn('published', 'text')
        .addColumn('published_source', 'text')
        .addColumn('site_name', 'text')
        .addColumn('language', 'text')
        .addColumn('canonical_url', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('annotations')
        .addColumn('document_id', flavor.refId, (c) => c.primaryKey().references('documents.id').onDelete('cascade'))
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('error_code', 'text')
        .addColumn('error_message', 'text')
        .addColumn('line', 'text', (c) => c.notNull())
        .addColumn('annotated_at', 'text', (c) => c.notNull())
        .addColumn('ms', 'double precision', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('events')
        .addColumn('id', flavor.autoId, (c) => (flavor.autoIncrement ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('document_id', flavor.refId, (c) => c.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('acled_event_type', 'text')
        .addColumn('acled_sub_event_type', 'text')
        .addColumn('plover', 'text')
        .addColumn('date_value', 'text')
        .addColumn('date_precision', 'text')
        .addColumn('date_start', 'text')
        .addColumn('date_end', 'text')
        .addColumn('day_start', 'text')
        .addColumn('day_end', 'text')
        .addColumn('place_name', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lon', 'double precision')
        .addColumn('admin1', 'text')
        .addColumn('country', 'text')
        .addColumn('geoname_id', 'integer')
        .addColumn('geo_precision', 'integer')
        .addColumn('modality', 'text', (c) => c.notNull())
        .addColumn('verification', 'text', (c) => c.notNull())
        .addColumn('source_name', 'text')
        .addColumn('confidence', 'double precision', (c) => c.notNull())
        .addColumn('fatalities_best', 'integer')
        .addColumn('json', 'text', (c) => c.notNull())
        .addUniqueConstraint('events_document_ordinal', ['document_id', 'ordinal'])
        .execute();

      await db.schema.createIndex('events_type').on('events').column('type').execute();
      await db.schema.createIndex('events_days').on('events').columns(['day_start', 'day_end']).execute();
      await db.schema.createIndex('events_document').on('events').column('document_id').execute();
      await db.schema.createIndex('annotations_status').on('annotations').column('status').execute();
    },
  };
}
