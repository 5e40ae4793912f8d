// The job queue on PostgreSQL, in process: documents are stored once and queued, a worker annotates them
// through the same ingest logic as inline ingest, bad documents end in the dead-letter list, and a job
// run again stores nothing twice.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import { openPostgresKysely, postgresStore } from '../../src/ledger/postgres.js';
import type { LedgerDatabase } from '../../src/ledger/schema.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { ANNOTATE_QUEUE, openBoss } from '../../src/queue/boss.js';
import { deadLetters } from '../../src/queue/dead.js';
import { enqueueSources } from '../../src/queue/enqueue.js';
import { orderedJobId } from '../../src/queue/job-id.js';
import { runWorker } from '../../src/queue/worker.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';
import { blankReport, generatedReport, itemsOf } from './fixtures.js';

const SETTINGS = { jobTimeoutSeconds: 30, retryLimit: 2, retryDelaySeconds: 1 };

describePostgres('job queue', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Kysely<LedgerDatabase>;
  let store: LedgerStore;
  let boss: PgBoss;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openPostgresKysely(database.url);
    store = postgresStore(db, database.url);
    boss = await openBoss(database.url, { supervise: false, configure: true, settings: SETTINGS });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true });
    await store?.close();
    await database?.drop();
  });

  const drain = () => runWorker({ url: database.url, drain: true, pollMs: 100 });
  const waiting = () => boss.getQueueSize(ANNOTATE_QUEUE, { before: 'completed' });

  it('stores then queues each document once, and a drained worker annotates them all', async () => {
    const good = Array.from({ length: 10 }, (_, i) => generatedReport(i));
    const bad = [blankReport(0), blankReport(1)];
    const queued = await enqueueSources({ db, store, boss }, itemsOf([...good, good[3]!, ...bad]));
    expect(queued).toMatchObject({ documents: 13, new: 12, requeued: 1, unchanged: 0, failed: 0 });
    // Stored before any annotation, in reading order; the repeated document is one row and one queued job.
    expect(await store.counts()).toEqual({ documents: 12, failed: 0, events: 0 });
    expect(await waiting()).toBe(12);

    const summary = await drain();
    expect(summary).toMatchObject({ jobs: 12, annotated: 10, dead: 2, retried: 0 });
    expect(await waiting()).toBe(0);
    const counts = await store.counts();
    expect(counts).toMatchObject({ documents: 12, failed: 2 });
    expect(counts.events).toBeGreaterThanOrEqual(10);
    for (const d of good) expect(await store.documentState(d.hash)).toMatchObject({ status: 'ok', pipelineVersion: expect.stringMatching(/^sitrep@/) });

    const dead = await deadLetters(db);
    expect(dead.map((l) => l.hash).sort()).toEqual(bad.map((d) => d.hash).sort());
    for (const l of dead) expect(l).toMatchObject({ code: 'empty', name: expect.stringMatching(/^blank-/), documentId: expect.any(Number) });
  });

  it('queues nothing for documents this version already annotated, unless forced', async () => {
    const good = Array.from({ length: 10 }, (_, i) => generatedReport(i));
    const again = await enqueueSources({ db, store, boss }, itemsOf(good));
    expect(again).toMatchObject({ new: 0, requeued: 0, unchanged: 10 });
    expect(await waiting()).toBe(0);

    const before = await store.counts();
    const forced = await enqueueSources({ db, store, boss }, itemsOf(good.slice(0, 3)), { force: true });
    expect(forced).toMatchObject({ requeued: 3 });
    expect(await drain()).toMatchObject({ jobs: 3, annotated: 3 });
    // Re-annotation replaces: the same documents and events, none twice.
    expect(await store.counts()).toEqual(before);
  });

  it('stores nothing twice when a job for an annotated document runs again', async () => {
    const before = await store.counts();
    const doc = generatedReport(4);
    await boss.insert([
      { id: orderedJobId(), name: ANNOTATE_QUEUE, data: { hash: doc.hash } },
      { id: orderedJobId(), name: ANNOTATE_QUEUE, data: { hash: doc.hash } },
    ]);
    const summary = await drain();
    expect(summary).toMatchObject({ annotated: 0, unchanged: summary.jobs });
    expect(summary.jobs).toBeGreaterThanOrEqual(1);
    expect(await store.counts()).toEqual(before);
  });

  it('dead-letters a job whose document is not stored', async () => {
    const hash = 'a'.repeat(64);
    await boss.insert([{ id: orderedJobId(), name: ANNOTATE_QUEUE, data: { hash } }]);
    expect(await drain()).toMatchObject({ jobs: 1, dead: 1 });
    expect((await deadLetters(db)).find((l) => l.hash === hash)).toMatchObject({ code: 'not_found', documentId: null });
  });

  it('stops after the batch of jobs in hand when told to, leaving no job active', async () => {
    const docs = Array.from({ length: 6 }, (_, i) => generatedReport(100 + i));
    await enqueueSources({ db, store, boss }, itemsOf(docs));
    const ctl = new AbortController();
    // Told to stop during the first job of a batch of two: it finishes both, and takes no more.
    const summary = await runWorker({ url: database.url, signal: ctl.signal, pollMs: 100, batchSize: 2, onJob: () => ctl.abort() });
    expect(summary.jobs).toBe(2);
    expect(await boss.getQueueSize(ANNOTATE_QUEUE, { before: 'active' })).toBe(4);
    expect(await waiting()).toBe(4); // none left active: 4 still queued
    expect(await drain()).toMatchObject({ jobs: 4, annotated: 4 });
  });
});
