// A worker: takes one document job at a time from the queue, annotates and saves it through the same
// ingestInto() as inline ingest, and marks the job done. A job run twice stores nothing twice: the store
// replaces by hash, and ingestInto() skips a document this pipeline version already annotated. A
// document the pipeline rejects goes to the dead-letter queue at once (trying again cannot help); a job
// that throws (a lost connection) is retried with backoff, and dead-lettered by pg-boss when retries run
// out. A job whose worker died is expired after the job timeout and retried.
import type PgBoss from 'pg-boss';
import { asSitrepError } from '../errors.js';
import type { SourceItem } from '../ingest/source.js';
import type { IngestFailure, IngestOutcome } from '../ledger/ingest.js';
import { openPostgresKysely, postgresStore } from '../ledger/postgres.js';
import { ANNOTATE_QUEUE, DEAD_QUEUE, openBoss, type AnnotateJob, type DeadLetter } from './boss.js';
import { loadDocument } from './documents.js';

export interface WorkerOptions {
  url: string;
  /** Stop once the queue is empty (nothing queued, waiting for a retry, or active anywhere). */
  drain?: boolean;
  /** Stops the worker after the job in hand. */
  signal?: AbortSignal;
  /** Milliseconds between looks at an empty queue. */
  pollMs?: number;
  onJob?: (report: { hash: string; outcome: IngestOutcome | 'missing' | 'retry'; events: number; message?: string }) => void;
}

export interface WorkerSummary {
  jobs: number;
  annotated: number;
  unchanged: number;
  dead: number;
  retried: number;
  ms: number;
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const summary: WorkerSummary = { jobs: 0, annotated: 0, unchanged: 0, dead: 0, retried: 0, ms: 0 };
  // Loaded before the first job: the pipeline's models and gazetteer take a moment to load.
  const { ingestInto } = await import('../ledger/ingest.js');
  const db = await openPostgresKysely(opts.url, { poolSize: 2, applicationName: 'sitrep-worker' });
  const store = postgresStore(db, opts.url);
  let boss: PgBoss | null = null;
  try {
    boss = await openBoss(opts.url, { supervise: true });
    const pollMs = opts.pollMs ?? 500;
    while (!opts.signal?.aborted) {
      const [job] = await boss.fetch<AnnotateJob>(ANNOTATE_QUEUE, { batchSize: 1, includeMetadata: true });
      if (!job) {
        if (opts.drain) {
          if ((await boss.getQueueSize(ANNOTATE_QUEUE, { before: 'completed' })) === 0) break;
          // Only jobs held by other (perhaps dead) workers or waiting to retry are left: expire the lost.
          await boss.expire();
        }
        await sleep(pollMs, opts.signal);
        continue;
      }
      summary.jobs++;
      await handle(boss, job);
    }
  } finally {
    // Whatever job was in hand has been finished above; nothing is left active by this worker.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    await store.close();
  }
  summary.ms = performance.now() - t0;
  return summary;

  async function handle(boss: PgBoss, job: PgBoss.JobWithMetadata<AnnotateJob>): Promise<void> {
    const { hash, force } = job.data;
    try {
      const doc = await loadDocument(db, hash);
      if (!doc) {
        await deadLetter(boss, job, { hash, code: 'not_found', message: `no stored document has hash ${hash}` });
        opts.onJob?.({ hash, outcome: 'missing', events: 0 });
        return;
      }
      let failure: IngestFailure | null = null;
      let outcome: IngestOutcome = 'unchanged';
      let events = 0;
      await ingestInto(store, one({ document: doc }), {
        force: Boolean(force),
        onFailure: (f) => (failure = f),
        onDocument: (r) => ((outcome = r.outcome), (events = r.events)),
      });
      if (failure) {
        const f: IngestFailure = failure;
        await deadLetter(boss, job, { hash, name: doc.name, code: f.code, message: f.message });
        opts.onJob?.({ hash, outcome: 'failed', events: 0, message: `${f.code}: ${f.message}` });
        return;
      }
      await boss.complete(ANNOTATE_QUEUE, job.id, { outcome, events });
      summary[outcome === 'unchanged' ? 'unchanged' : 'annotated']++;
      opts.onJob?.({ hash, outcome, events });
    } catch (err) {
      // A passing failure (the database went away mid-save): pg-boss retries with backoff, and moves the
      // job to the dead-letter queue, with this error as its output, once the retries are spent.
      const e = asSitrepError(err);
      await boss.fail(ANNOTATE_QUEUE, job.id, { code: e.code, message: e.message });
      summary.retried++;
      opts.onJob?.({ hash, outcome: 'retry', events: 0, message: `${e.code}: ${e.message}` });
    }
  }

  async function deadLetter(boss: PgBoss, job: PgBoss.Job<AnnotateJob>, letter: DeadLetter): Promise<void> {
    await boss.send(DEAD_QUEUE, letter);
    await boss.complete(ANNOTATE_QUEUE, job.id, { dead: letter.code });
    summary.dead++;
  }
}

async function* one(item: SourceItem): AsyncGenerator<SourceItem> {
  yield item;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
