// A document row written and read back: shared by the store and the PostgreSQL queue, which stores the
// bytes (once per content hash) before it queues the job that annotates them, and reads them back in it.
import type { Kysely } from 'kysely';
import type { DocumentInput } from './store.js';
import type { LedgerDatabase } from './schema.js';

/** Inserts the document unless its hash is stored already; returns its id and whether it is new. */
export async function putDocument(
  db: Kysely<LedgerDatabase>,
  doc: DocumentInput,
  toBytes: (raw: Uint8Array) => Uint8Array = (raw) => raw,
): Promise<{ documentId: number; created: boolean }> {
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
      raw: toBytes(doc.raw),
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

type DocumentColumns = Pick<
  LedgerDatabase['documents'],
  'hash' | 'kind' | 'container' | 'name' | 'source_path' | 'source_line' | 'url' | 'given_published'
> & { raw: Uint8Array };

/** The document as it was read, rebuilt from its stored row. */
export function documentFromRow(row: DocumentColumns): DocumentInput {
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
