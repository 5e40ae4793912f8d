// The queue's own reads and writes of the documents table: a document's bytes are stored once, by hash,
// before its job is queued, and a worker reads them back by that hash. Everything else goes through the
// LedgerStore (annotation, events), so the queue never writes what the store owns.
import type { Kysely } from 'kysely';
import type { SourceDocument } from '../ingest/source.js';
import type { LedgerDatabase } from '../ledger/schema.js';
import { documentFromRow, putDocument as putStoredDocument } from '../ledger/put-document.js';

/** Stores the document's bytes unless that hash is already there (Buffer: what pg binds as bytea). */
export function putDocument(db: Kysely<LedgerDatabase>, doc: SourceDocument): Promise<{ documentId: number; created: boolean }> {
  return putStoredDocument(db, doc, (raw) => Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
}

/** The document as it was read, rebuilt from its stored row; null when no document has that hash. */
export async function loadDocument(db: Kysely<LedgerDatabase>, hash: string): Promise<SourceDocument | null> {
  const row = await db
    .selectFrom('documents')
    .select(['hash', 'kind', 'container', 'name', 'source_path', 'source_line', 'url', 'given_published', 'raw'])
    .where('hash', '=', hash)
    .executeTakeFirst();
  return row ? documentFromRow(row) : null;
}
