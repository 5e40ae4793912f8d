// Ingest on PostgreSQL: each document read is stored (its bytes, once per hash) and queued for the
// workers, instead of being annotated here. A document this pipeline version has already annotated is
// left alone unless forced; a path that cannot be read is reported as with inline ingest.
import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import type { SourceItem } from '../ingest/source.js';
import type { LedgerDatabase } from '../ledger/schema.js';
import type { LedgerStore } from '../ledger/store.js';
import { pipelineVersion } from '../ledger/project.js';
import { addSkipped } from '../ledger/ingest.js';
import { ANNOTATE_QUEUE, type AnnotateJob } from './boss.js';
import { putDocument } from './documents.js';
import { orderedJobId } from './job-id.js';

export interface EnqueueSummary {
  documents: number;
  /** Documents stored for the first time and queued. */
  new: number;
  /** Documents already stored but not annotated by this version (or forced), queued again. */
  requeued: number;
  unchanged: number;
  /** Paths that could not be read. */
  failed: number;
  failures: Array<{ where: string; code: string; message: string }>;
  /** Entries passed over on purpose, by kind (an export's service messages). */
  skipped: Record<string, number>;
  documentIds: number[];
  ms: number;
}

export interface EnqueueOptions {
  force?: boolean;
  pipelineVersion?: string;
  onFailure?: (failure: { where: string; code: string; message: string }) => void;
  /** After each item: its document queued, left alone (already annotated), or unreadable. */
  onDocument?: (report: { outcome: 'queued' | 'unchanged' | 'failed'; documentId: number | null }) => void;
  /**
   * Jobs sent per insert (default 200). 1 queues each document before the next item is asked for, which
   * a source that remembers what it handed over (a feed's seen entries) needs.
   */
  batchSize?: number;
}

export async function enqueueSources(
  handles: { db: Kysely<LedgerDatabase>; store: LedgerStore; boss: PgBoss },
  items: AsyncIterable<SourceItem>,
  opts: EnqueueOptions = {},
): Promise<EnqueueSummary> {
  const t0 = performance.now();
  const version = opts.pipelineVersion ?? pipelineVersion();
  const summary: EnqueueSummary = { documents: 0, new: 0, requeued: 0, unchanged: 0, failed: 0, failures: [], skipped: {}, documentIds: [], ms: 0 };
  let pending: PgBoss.JobInsert<AnnotateJob>[] = [];
  const flush = async () => {
    if (pending.length) await handles.boss.insert(pending);
    pending = [];
  };
  for await (const item of items) {
    if ('skipped' in item) {
      addSkipped(summary.skipped, item.skipped.counts);
      continue;
    }
    summary.documents++;
    if ('failure' in item) {
      const failure = { where: item.failure.where, code: item.failure.error.code, message: item.failure.error.message };
      summary.failed++;
      summary.failures.push(failure);
      opts.onFailure?.(failure);
      opts.onDocument?.({ outcome: 'failed', documentId: null });
      continue;
    }
    const doc = item.document;
    const state = await handles.store.documentState(doc.hash);
    if (state && !opts.force && state.status === 'ok' && state.pipelineVersion === version) {
      summary.unchanged++;
      summary.documentIds.push(state.documentId);
      opts.onDocument?.({ outcome: 'unchanged', documentId: state.documentId });
      continue;
    }
    const { documentId, created } = await putDocument(handles.db, doc);
    summary.documentIds.push(documentId);
    summary[created ? 'new' : 'requeued']++;
    const data: AnnotateJob = opts.force ? { hash: doc.hash, force: true } : { hash: doc.hash };
    pending.push({ id: orderedJobId(), name: ANNOTATE_QUEUE, data, singletonKey: doc.hash });
    if (pending.length >= (opts.batchSize ?? 200)) await flush();
    opts.onDocument?.({ outcome: 'queued', documentId });
  }
  await flush();
  summary.ms = performance.now() - t0;
  return summary;
}
