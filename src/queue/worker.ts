// A worker: takes a few document jobs at a time from the queue (one fetch, and one read of their documents,
// for the batch), annotates and saves each through the same ingestDocument() as inline ingest, and
// completes each job inside its document's save transaction: the save and the job's completion commit
// together or not at all, so no document is saved twice and none is left saved with its job still open.
// A job run twice stores nothing twice: the store replaces by hash, and a document this pipeline version
// already annotated is skipped. A document the pipeline rejects goes to the dead-letter queue at once
// (trying again cannot help), in the same transaction; a job that throws (a lost connection) is retried
// with backoff, and dead-lettered by pg-boss when retries run out. A job whose worker died is expired
// after the job timeout and retried.
import type PgBoss from 'pg-boss';
import { asSitrepError } from '../errors.js';
import type { DocumentOutcome, IngestOutcome } from '../ledger/ingest.js';
import { openPostgresKysely, postgresStore } from '../ledger/postgres.js';
import { pipelineVersion } from '../ledger/project.js';
import type { TransactionSql } from '../ledger/store.js';
import { ANNOTATE_QUEUE, DEAD_QUEUE, openBoss, type AnnotateJob, type DeadLetter } from './boss.js';
import { loadDocumentsWithState, type QueuedDocument } from './documents.js';

/**
 * Jobs taken per fetch: fewer queue round trips and commits per document, while a batch stays short
 * enough that a worker stopping (it finishes the batch in hand) or the last batches of a queue left to
 * one worker cost little.
 */
export const DEFAULT_BATCH_SIZE = 4;

export interface WorkerOptions {
  url: string;
  /** Stop once the queue is empty (nothing queued, waiting for a retry, or active anywhere). */
  drain?: boolean;
  /** Stops the worker after the batch of jobs in hand. */
  signal?: AbortSignal;
  /** Milliseconds between looks at an empty queue. */
  pollMs?: number;
  /** Jobs taken per fetch (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
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

type Job = PgBoss.Job<AnnotateJob>;

export async function runWorker(opts: WorkerOptions): Promise<WorkerSummary> {
  const t0 = performance.now();
  const summary: WorkerSummary = { jobs: 0, annotated: 0, unchanged: 0, dead: 0, retried: 0, ms: 0 };
  // Loaded before the first job: the pipeline's models and gazetteer take a moment to load.
  const { ingestDocument } = await import('../ledger/ingest.js');
  const version = pipelineVersion();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const db = await openPostgresKysely(opts.url, { poolSize: 2, applicationName: 'sitrep-worker', preparedStatements: true, asyncCommit: true });
  const store = postgresStore(db, opts.url);
  let boss: PgBoss | null = null;
  try {
    boss = await openBoss(opts.url, { supervise: true });
    const pollMs = opts.pollMs ?? 500;
    while (!opts.signal?.aborted) {
      const jobs = await boss.fetch<AnnotateJob>(ANNOTATE_QUEUE, { batchSize });
      if (jobs.length === 0) {
        if (opts.drain) {
          if ((await boss.getQueueSize(ANNOTATE_QUEUE, { before: 'completed' })) === 0) break;
          // Only jobs held by other (perhaps dead) workers or waiting to retry are left: expire the lost.
          await boss.expire();
        }
        await sleep(pollMs, opts.signal);
        continue;
      }
      summary.jobs += jobs.length;
      await handleBatch(boss, jobs);
    }
  } finally {
    // The jobs in hand have been finished above; nothing is left active by this worker.
    if (boss) await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    await store.close();
  }
  summary.ms = performance.now() - t0;
  return summary;

  async function handleBatch(boss: PgBoss, jobs: Job[]): Promise<void> {
    let loaded;
    try {
      loaded = await loadDocumentsWithState(db, jobs.map((j) => j.data.hash));
    } catch (err) {
      for (const job of jobs) await retryLater(boss, job, err);
      return;
    }
    for (const job of jobs) await handle(boss, job, loaded.get(job.data.hash));
  }

  async function handle(boss: PgBoss, job: Job, stored: QueuedDocument | undefined): Promise<void> {
    const { hash, force } = job.data;
    try {
      if (!stored) {
        await boss.send(DEAD_QUEUE, { hash, code: 'not_found', message: `no stored document has hash ${hash}` } satisfies DeadLetter);
        await boss.complete(ANNOTATE_QUEUE, job.id, { dead: 'not_found' });
        summary.dead++;
        opts.onJob?.({ hash, outcome: 'missing', events: 0 });
        return;
      }
      const done = await ingestDocument(store, stored.doc, {
        pipelineVersion: version,
        state: stored.state,
        force: Boolean(force),
        inTransaction: (tx, outcome) => finish(boss, job, stored.doc.name, outcome, tx),
      });
      // Nothing was saved (this version had annotated it already): the job is done outside any save.
      if (done.outcome === 'unchanged') await finish(boss, job, stored.doc.name, done);
      if (done.error) {
        summary.dead++;
        opts.onJob?.({ hash, outcome: 'failed', events: 0, message: `${done.error.code}: ${done.error.message}` });
        return;
      }
      summary[done.outcome === 'unchanged' ? 'unchanged' : 'annotated']++;
      opts.onJob?.({ hash, outcome: done.outcome, events: done.events });
    } catch (err) {
      if (JobTakenOver.caused(err)) {
        summary.unchanged++;
        opts.onJob?.({ hash, outcome: 'unchanged', events: 0 });
        return;
      }
      await retryLater(boss, job, err);
    }
  }

  /**
   * Completes the job (in the save's transaction when `tx` is given), dead-lettering a rejected document.
   * A job no longer active was expired while this worker held it and completed by another run of it
   * (which saved the document): in a save's transaction that throws JobTakenOver, rolling this save back.
   */
  async function finish(boss: PgBoss, job: Job, name: string, done: DocumentOutcome, tx?: TransactionSql): Promise<void> {
    const on = tx ? { db: tx as PgBoss.Db } : {};
    if (done.error) await boss.send(DEAD_QUEUE, { hash: job.data.hash, name, code: done.error.code, message: done.error.message } satisfies DeadLetter, on);
    const output = done.error ? { dead: done.error.code } : { outcome: done.outcome, events: done.events };
    // pg-boss 10 returns how many jobs it completed, though its types say void.
    const completed = (await boss.complete(ANNOTATE_QUEUE, job.id, output, on)) as unknown as { affected?: number } | undefined;
    if (tx && completed?.affected === 0) throw new JobTakenOver(job.id);
  }

  /**
   * A passing failure (the database went away mid-save; the save rolled back): pg-boss retries with
   * backoff, and moves the job to the dead-letter queue, with this error as its output, once the retries
   * are spent.
   */
  async function retryLater(boss: PgBoss, job: Job, err: unknown): Promise<void> {
    const e = asSitrepError(err);
    await boss.fail(ANNOTATE_QUEUE, job.id, { code: e.code, message: e.message });
    summary.retried++;
    opts.onJob?.({ hash: job.data.hash, outcome: 'retry', events: 0, message: `${e.code}: ${e.message}` });
  }
}

/** The job was completed by another run of it while this one worked: this run's save must not commit. */
class JobTakenOver extends Error {
  constructor(jobId: string) {
    super(`job ${jobId} was completed by another run of it`);
  }

  /** Whether this is what made the save fail (the store wraps what a transaction throws as its cause). */
  static caused(err: unknown): boolean {
    for (let e = err; e instanceof Error; e = e.cause) if (e instanceof JobTakenOver) return true;
    return false;
  }
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
