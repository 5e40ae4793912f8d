// `sitrep ingest` on a PostgreSQL ledger: store and queue, and say so; `sitrep worker` annotates.
import type { SourceItem } from '../ingest/source.js';
import { skippedText } from '../ledger/ingest.js';
import type { IngestSummary } from '../ledger/ingest.js';
import { openDocumentQueue } from './document-queue.js';
import type { EnqueueOptions, EnqueueSummary } from './enqueue.js';

export async function ingestToQueue(url: string, items: AsyncIterable<SourceItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const queue = await openDocumentQueue(url, { applicationName: 'sitrep-ingest' });
  try {
    return await queue.enqueue(items, opts);
  } finally {
    await queue.close();
  }
}

export function enqueueSummaryText(s: EnqueueSummary, location: string): string {
  const queued = s.new + s.requeued;
  return [
    `read ${s.documents} documents: ${queued} queued for annotation (${s.new} new, ${s.requeued} stored before), ${s.unchanged} unchanged, ${s.failed} unreadable${skippedText(s.skipped)}`,
    `ledger ${location}: run \`sitrep worker --drain\` (or workers that keep running) to annotate the queue`,
    `${(s.ms / 1000).toFixed(2)} s`,
  ].join('\n') + '\n';
}

/** The queue's summary in ingest's terms, so ingest, demo and watch treat both backends alike (no events yet). */
export function asIngestSummary(q: EnqueueSummary): IngestSummary {
  return { documents: q.documents, new: q.new, updated: q.requeued, unchanged: q.unchanged, failed: q.failed, events: 0, undated: 0, skipped: q.skipped, ms: q.ms, failures: q.failures };
}
