// The queue's own reads and writes of the documents table: a document's bytes are stored once, by hash,
// before its job is queued, and a worker reads them back by that hash. Everything else goes through the
// LedgerStore (annotation, events), so the queue never writes what the store owns.
import type { Kysely } from 'kysely';
import type { SourceDocument } from '../ingest/source.js';
import type { LedgerDatabase } from '../ledger/schema.js';
import type { DocumentState } from '../ledger/store.js';
import { documentFromRow, putDocument as putStoredDocument } from '../ledger/put-document.js';

/** Stores the document's bytes unless that hash is already there (Buffer: what pg binds as bytea). */
export function putDocument(db: Kysely<LedgerDatabase>, doc: SourceDocument): Promise<{ documentId: number; created: boolean }> {
  return putStoredDocument(db, doc, (raw) => Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
}

/** A queued document as a worker reads it back: the document as it was read, and where it stands. */
export interface QueuedDocument {
  doc: SourceDocument;
  state: DocumentState;
}

/** Documents by hash, each with where it stands in the ledger: one statement for a worker's whole batch. */
export async function loadDocumentsWithState(db: Kysely<LedgerDatabase>, hashes: readonly string[]): Promise<Map<string, QueuedDocument>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .selectFrom('documents as d')
    .leftJoin('annotations as a', 'a.document_id', 'd.id')
    .select(['d.id', 'd.hash', 'd.kind', 'd.container', 'd.name', 'd.source_path', 'd.source_line', 'd.url', 'd.given_published', 'd.raw', 'a.pipeline_version', 'a.status'])
    .select((eb) => eb.selectFrom('events as e').whereRef('e.document_id', '=', 'd.id').select(eb.fn.countAll<number>().as('n')).as('events'))
    .where('d.hash', 'in', [...hashes])
    .execute();
  return new Map(
    rows.map((row) => [
      row.hash,
      {
        doc: documentFromRow(row),
        state: { documentId: Number(row.id), pipelineVersion: row.pipeline_version, status: row.status, events: Number(row.events ?? 0) },
      },
    ]),
  );
}
