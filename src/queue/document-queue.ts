// A long-lived handle for queuing documents on a PostgreSQL ledger: what `sitrep watch` (every poll) and
// `sitrep serve` (every POST /api/documents) hold open, so each document costs its own statements only,
// not a pool and a pg-boss start. `sitrep ingest` opens one for its single run.
import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import type { SourceItem } from '../ingest/source.js';
import { openPostgresKysely, postgresStore } from '../ledger/postgres.js';
import type { LedgerDatabase } from '../ledger/schema.js';
import type { LedgerStore } from '../ledger/store.js';
import { openBoss } from './boss.js';
import { enqueueSources, type EnqueueOptions, type EnqueueSummary } from './enqueue.js';

export interface DocumentQueue {
  /** Stores each document read (its bytes, once per hash) and queues it for the workers. */
  enqueue(items: AsyncIterable<SourceItem>, opts?: EnqueueOptions): Promise<EnqueueSummary>;
  close(): Promise<void>;
}

export async function openDocumentQueue(url: string, opts: { applicationName: string }): Promise<DocumentQueue> {
  const db: Kysely<LedgerDatabase> = await openPostgresKysely(url, { poolSize: 2, applicationName: opts.applicationName });
  const store: LedgerStore = postgresStore(db, url);
  let boss: PgBoss;
  try {
    // The producer sets the queue's retry and timeout settings (from the environment), as ingest does.
    boss = await openBoss(url, { supervise: false, configure: true });
  } catch (err) {
    await store.close();
    throw err;
  }
  return {
    enqueue: (items, enqueueOpts) => enqueueSources({ db, store, boss }, items, enqueueOpts),
    async close() {
      try {
        await boss.stop({ graceful: false, wait: true });
      } finally {
        await store.close();
      }
    },
  };
}
