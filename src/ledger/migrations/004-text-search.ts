// Migration 004: full-text search over cleaned documents (title + body). SQLite uses an FTS5 table keyed
// by document id (kept in step by the store's save); PostgreSQL gets the same search from a GIN index
// over a tsvector expression, which the store's PostgreSQL query repeats verbatim.
import { sql, type Kysely, type Migration } from 'kysely';
import type { SqlFlavor } from './flavor.js';

/** The tsvector the PostgreSQL index is built on; the search query must use the same expression. */
export const POSTGRES_DOCUMENT_VECTOR = sql`to_tsvector('simple', coalesce(title, '') || ' ' || body)`;

export function textSearch(flavor: SqlFlavor): Migration {
  return {
    async up(db: Kysely<any>) {
      if (flavor.name === 'sqlite') {
        await sql`create virtual table documents_fts using fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
        await sql`insert into documents_fts (rowid, title, body) select document_id, coalesce(title, ''), body from cleaned_documents`.execute(db);
      } else {
        await sql`create index cleaned_documents_text on cleaned_documents using gin (${POSTGRES_DOCUMENT_VECTOR})`.execute(db);
      }
    },
  };
}
