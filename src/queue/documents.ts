// The queue's own reads and writes of the documents table: a document's bytes are stored once, by hash,
// before its job is queued, and a worker reads them back by that hash. Everything else goes through the
// LedgerStore (annotation, events), so the queue never writes what the store owns.
import type { Kysely } from 'kysely';
import type { SourceDocument } from '../ingest/source.js';
import type { LedgerDatabase } from '../ledger/schema.js';

/** Stores the document's bytes unless that hash is already there; returns its id and whether it is new. */
export async function putDocument(db: Kysely<LedgerDatabase>, doc: SourceDocument): Promise<{ documentId: number; created: boolean }> {
  const inserted = await db
    .insertInto('documents')
    .values({
      hash: doc.hash,
      kind: doc.kind,
      container: doc.container,
      name: doc.name,
      source_path: doc.sourcePath,
      source_line: doc.sourceLine,
      url: doc.url,
      given_published: doc.givenPublished,
      raw: Buffer.from(doc.raw.buffer, doc.raw.byteOffset, doc.raw.byteLength),
      byte_length: doc.raw.byteLength,
      ingested_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column('hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { documentId: Number(inserted.id), created: true };
  const existing = await db.selectFrom('documents').select('id').where('hash', '=', doc.hash).executeTakeFirstOrThrow();
  return { documentId: Number(existing.id), created: false };
}

/** The document as it was read, rebuilt from its stored row; null when no document has that hash. */
export async function loadDocument(db: Kysely<LedgerDatabase>, hash: string): Promise<SourceDocument | null> {
  const row = await db
    .selectFrom('documents')
    .select(['hash', 'kind', 'container', 'name', 'source_path', 'source_line', 'url', 'given_published', 'raw'])
    .where('hash', '=', hash)
    .executeTakeFirst();
  if (!row) return null;
  return {
    hash: row.hash,
    kind: row.kind,
    container: row.container,
    name: row.name,
    sourcePath: row.source_path,
    sourceLine: row.source_line,
    url: row.url,
    givenPublished: row.given_published,
    raw: new Uint8Array(row.raw),
  };
}
