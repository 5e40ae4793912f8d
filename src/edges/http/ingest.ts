// POST /api/documents: one contract input document, validated, then annotated as `sitrep ingest` does,
// keeping the request body's bytes as the stored document, but never in the server's thread: on SQLite it
// goes to the uploads' document thread (uploads.ts), on PostgreSQL (a `queue` given) it is stored and
// queued for the workers, as `sitrep ingest` does there. Either way the answer is 202 and the document's
// status is read later; a document this pipeline version annotated already is answered 200 at once.
import { z } from 'zod/v4';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { toRawDocument } from '../../ingest/document.js';
import { contentHash } from '../../ingest/hash.js';
import type { SourceDocument, SourceItem } from '../../ingest/source.js';
import type { IngestOutcome } from '../../ledger/ingest.js';
import type { LedgerStore } from '../../ledger/store.js';
import type { DocumentQueue } from '../../queue/document-queue.js';
import type { UploadStatus, Uploads } from './uploads.js';

export const documentInputSchema = z
  .object({
    id: z.union([z.string().min(1).max(500), z.number()]),
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().url().max(4000).nullish(),
    published: z.string().max(40).nullish(),
  })
  .passthrough()
  .refine((d) => (d.text === undefined) !== (d.html === undefined), { message: 'exactly one of "text" or "html"', path: ['text'] });

export interface IngestResponse {
  documentId: number | null;
  /** "queued": waiting to be annotated, by a worker (PostgreSQL) or the server's document thread (SQLite). */
  outcome: IngestOutcome | 'queued';
  events: number;
  /** Where the status of a queued upload is read (SQLite). */
  status?: string;
  hash?: string;
}

export interface IngestTargets {
  /** PostgreSQL: store and queue for the workers. */
  queue?: DocumentQueue | undefined;
  /** SQLite: annotate in the uploads' document thread. */
  uploads?: Uploads | undefined;
  pipelineVersion: string;
}

export const uploadStatusPath = (hash: string) => `/api/uploads/${hash}`;

export async function ingestBody(store: LedgerStore, body: Uint8Array, targets: IngestTargets): Promise<IngestResponse> {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch (err) {
    throw new SitrepError(ERROR_CODES.BAD_JSON, `the body is not a UTF-8 JSON document (${(err as Error).message})`);
  }
  const input = documentInputSchema.parse(value);
  toRawDocument(input); // the pipeline's own checks (sizes, dates), so a bad document is a 400 and is not stored
  const raw = Uint8Array.from(body);
  const doc: SourceDocument = {
    hash: contentHash(raw),
    kind: input.html !== undefined ? 'html' : 'text',
    container: 'jsonl',
    name: String(input.id),
    sourcePath: null,
    sourceLine: null,
    url: input.url ?? null,
    givenPublished: input.published?.trim() || null,
    raw,
  };
  if (targets.queue) {
    const queued = await targets.queue.enqueue(one({ document: doc }));
    const documentId = queued.documentIds[0] ?? null;
    if (queued.unchanged === 0) return { documentId, outcome: 'queued', events: 0 };
    // Annotated by this pipeline version already: answered as inline ingest answers it.
    return { documentId, outcome: 'unchanged', events: (await store.documentState(doc.hash))?.events ?? 0 };
  }
  if (!targets.uploads) throw new SitrepError(ERROR_CODES.INTERNAL, 'no way to annotate uploads is set up');
  const state = await store.documentState(doc.hash);
  if (state && state.status === 'ok' && state.pipelineVersion === targets.pipelineVersion) {
    return { documentId: state.documentId, outcome: 'unchanged', events: state.events };
  }
  const status: UploadStatus = targets.uploads.submit(doc, state?.documentId ?? null);
  return { documentId: status.documentId, outcome: 'queued', events: 0, hash: doc.hash, status: uploadStatusPath(doc.hash) };
}

async function* one(item: SourceItem): AsyncGenerator<SourceItem> {
  yield item;
}
