// `sitrep ingest` on a PostgreSQL ledger: store and queue, and say so; `sitrep worker` annotates.
import { openPostgresKysely, postgresStore } from '../ledger/postgres.js';
import type { SourceItem } from '../ingest/source.js';
import { openBoss } from './boss.js';
import { enqueueSources, type EnqueueOptions, type EnqueueSummary } from './enqueue.js';

export async function ingestToQueue(url: string, items: AsyncIterable<SourceItem>, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const db = await openPostgresKysely(url, { poolSize: 2, applicationName: 'sitrep-ingest' });
  const store = postgresStore(db, url);
  try {
    const boss = await openBoss(url, { supervise: false, configure: true });
    try {
      return await enqueueSources({ db, store, boss }, items, opts);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  } finally {
    await store.close();
  }
}

export function enqueueSummaryText(s: EnqueueSummary, location: string): string {
  const queued = s.new + s.requeued;
  return [
    `read ${s.documents} documents: ${queued} queued for annotation (${s.new} new, ${s.requeued} stored before), ${s.unchanged} unchanged, ${s.failed} unreadable`,
    `ledger ${location}: run \`sitrep worker --drain\` (or workers that keep running) to annotate the queue`,
    `${(s.ms / 1000).toFixed(2)} s`,
  ].join('\n') + '\n';
}
