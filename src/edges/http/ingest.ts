// POST /api/documents: one contract input document, validated, then ingested exactly as `sitrep ingest`
// does (src/ledger/ingest.ts), keeping the request body's bytes as the stored document. On PostgreSQL
// (a `queue` given) it is stored and queued for the workers, as `sitrep ingest` does there.
import { z } from 'zod/v4';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { toRawDocument } from '../../ingest/document.js';
import { contentHash } from '../../ingest/hash.js';
import type { SourceDocument, SourceItem } from '../../ingest/source.js';
import { ingestInto, type IngestOutcome } from '../../ledger/ingest.js';
import type { LedgerStore } from '../../ledger/store.js';
import type { DocumentQueue } from '../../queue/document-queue.js';

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
  /** "queued": stored, and waiting for a worker to annotate it (PostgreSQL). */
  outcome: IngestOutcome | 'queued';
  events: number;
}

export async function ingestBody(store: LedgerStore, body: Uint8Array, queue?: DocumentQueue): Promise<IngestResponse> {
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
  if (queue) {
    const queued = await queue.enqueue(one({ document: doc }));
    const documentId = queued.documentIds[0] ?? null;
    if (queued.unchanged === 0) return { documentId, outcome: 'queued', events: 0 };
    // Annotated by this pipeline version already: answered as inline ingest answers it.
    return { documentId, outcome: 'unchanged', events: (await store.documentState(doc.hash))?.events ?? 0 };
  }
  let result: IngestResponse = { documentId: null, outcome: 'failed', events: 0 };
  let failure: { code: string; message: string } | null = null;
  await ingestInto(store, one({ document: doc }), {
    onDocument: (r) => (result = { documentId: r.documentId, outcome: r.outcome, events: r.events }),
    onFailure: (f) => (failure = f),
  });
  if (failure) {
    const f = failure as { code: string; message: string };
    const code = (Object.values(ERROR_CODES) as string[]).includes(f.code) ? (f.code as SitrepError['code']) : ERROR_CODES.INTERNAL;
    throw new SitrepError(code, f.message, { documentId: result.documentId });
  }
  return result;
}

async function* one(item: SourceItem): AsyncGenerator<SourceItem> {
  yield item;
}
