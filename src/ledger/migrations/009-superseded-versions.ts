// Migration 009: a document that a newer version of the same URL replaced (an edited Telegram post, a page
// fetched again after it changed) names that version in `superseded_by`; its events leave the ledger's
// happenings, its annotation and text stay for the record. The URL index finds a URL's earlier versions.
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

export function supersededVersions(flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('documents').addColumn('superseded_by', flavor.refId).execute();
      await db.schema.createIndex('documents_by_url').on('documents').column('url').execute();
      await sql`update ledger_meta set value = value + 1 where key = 'revision'`.execute(db);
    },
  };
}
