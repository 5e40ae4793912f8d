// Two worker processes drain one queue; one is killed with SIGKILL part-way. Every document must still be
// annotated exactly once, none lost, and only the genuinely bad documents may end in the dead-letter list.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import { openPostgresKysely, postgresStore } from '../../src/ledger/postgres.js';
import type { LedgerDatabase } from '../../src/ledger/schema.js';
import { ANNOTATE_QUEUE, BOSS_SCHEMA, openBoss } from '../../src/queue/boss.js';
import { deadLetters } from '../../src/queue/dead.js';
import { enqueueSources } from '../../src/queue/enqueue.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';
import { blankReport, generatedReport, itemsOf } from './fixtures.js';

// About 400 documents by default: enough that the kill lands mid-run with both workers busy, few enough to
// finish in well under a minute on two idle cores (it takes longer when other jobs share the machine).
// SITREP_KILL_DOCUMENTS=10000 runs the acceptance-sized version (about 3 minutes on two cores), printing
// its figures; every assertion is the same.
const GOOD = Number(process.env.SITREP_KILL_DOCUMENTS ?? 400);
const BAD = Math.max(4, Math.round(GOOD / 1000));
/** Annotated documents before the kill: a fifth of the run, so both workers are well into the queue. */
const KILL_AT = Math.max(80, Math.round(GOOD / 5));
/** Generous bounds for a loaded machine: about 60 ms per document, at least the default test's. */
const RUN_MS = Math.max(150_000, GOOD * 60);
const MAIN = fileURLToPath(new URL('../../src/edges/cli/main.ts', import.meta.url));

function startWorker(url: string): ChildProcess {
  const code = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main(process.argv.slice(1));`;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code, '--', 'worker', '--db', url, '--drain', '--quiet'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

describePostgres('worker fleet under SIGKILL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Kysely<LedgerDatabase>;
  let boss: PgBoss;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openPostgresKysely(database.url);
    // A lost job (its worker killed) comes back after 4 s.
    boss = await openBoss(database.url, { supervise: false, configure: true, settings: { jobTimeoutSeconds: 4, retryLimit: 3, retryDelaySeconds: 1 } });
  });
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await boss?.stop({ graceful: false, wait: true });
    await db?.destroy();
    await database?.drop();
  });

  it('annotates every document exactly once and dead-letters only the bad ones', { timeout: RUN_MS + 90_000 }, async () => {
    const good = Array.from({ length: GOOD }, (_, i) => generatedReport(i));
    const bad = Array.from({ length: BAD }, (_, i) => blankReport(i));
    // Bad documents spread through the queue, not bunched at one end.
    const every = Math.floor(GOOD / BAD);
    const docs = good.flatMap((d, i) => (i % every === every >> 1 && i < every * BAD ? [d, bad[Math.floor(i / every)]!] : [d]));
    const store = postgresStore(db, database.url);
    const t0 = performance.now();
    expect(await enqueueSources({ db, store, boss }, itemsOf(docs))).toMatchObject({ new: GOOD + BAD });
    const queuedMs = performance.now() - t0;

    const victim = startWorker(database.url);
    const survivor = startWorker(database.url);
    children.push(victim, survivor);
    let survivorErr = '';
    survivor.stderr!.on('data', (b) => (survivorErr += String(b)));
    const annotated = async () => Number((await db.selectFrom('annotations').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    // Kill one worker once both are well into the queue.
    const t1 = performance.now();
    await expect.poll(annotated, { timeout: RUN_MS, interval: 100 }).toBeGreaterThanOrEqual(KILL_AT);
    victim.kill('SIGKILL');
    const [victimCode, victimSignal] = await once(victim, 'exit');
    expect([victimCode, victimSignal]).toEqual([null, 'SIGKILL']);
    const killedAt = await annotated();
    expect(killedAt).toBeLessThan(GOOD + BAD);

    const [code] = await once(survivor, 'exit');
    const runMs = performance.now() - t1;
    expect(survivorErr).toBe('');
    expect(code).toBe(0);

    // None lost: every document annotated, the good ones ok and the bad ones failed.
    const states = await db.selectFrom('documents as d').leftJoin('annotations as a', 'a.document_id', 'd.id').select(['d.hash', 'a.status']).execute();
    expect(states).toHaveLength(GOOD + BAD);
    const status = new Map(states.map((s) => [s.hash, s.status]));
    for (const d of good) expect(status.get(d.hash)).toBe('ok');
    for (const d of bad) expect(status.get(d.hash)).toBe('failed');
    // Exactly once: one job per document annotated it ("updated": its bytes were stored at enqueue). A
    // job completes inside its document's save transaction, so a worker killed mid-save leaves neither: the
    // job reruns and saves once. Any other rerun found the document done ("unchanged") and saved nothing.
    const { rows: outcomes } = await sql<{ outcome: string | null; hash: string; n: number }>`
      select output->>'outcome' as outcome, data->>'hash' as hash, count(*)::int as n from (
        select output, data from ${sql.table(`${BOSS_SCHEMA}.job`)} where name = ${ANNOTATE_QUEUE} and state = 'completed'
        union all select output, data from ${sql.table(`${BOSS_SCHEMA}.archive`)} where name = ${ANNOTATE_QUEUE} and state = 'completed') j
      where output->>'outcome' in ('new', 'updated') group by 1, 2`.execute(db);
    expect(outcomes.filter((o) => o.outcome !== 'updated' || o.n !== 1)).toEqual([]);
    expect(outcomes.length).toBe(GOOD);
    // One annotation per document, none replaced: no document was annotated twice.
    const { rows: [history] } = await sql<{ n: number }>`select count(*)::int as n from annotation_history`.execute(db);
    expect(history!.n).toBe(0);
    // The events table holds each stored line's events once.
    const { rows: [events] } = await sql<{ stored: number; listed: number }>`
      select (select count(*)::int from events) as stored,
             (select coalesce(sum(json_array_length((line::json)->'events')), 0)::int from annotations where status = 'ok') as listed`.execute(db);
    expect(events!.stored).toBe(events!.listed);
    expect(events!.stored).toBeGreaterThanOrEqual(GOOD);
    // Nothing left queued, retrying or active; only the bad documents are dead.
    expect(await boss.getQueueSize(ANNOTATE_QUEUE, { before: 'completed' })).toBe(0);
    expect((await deadLetters(db)).map((l) => l.hash).sort()).toEqual(bad.map((d) => d.hash).sort());
    if (process.env.SITREP_KILL_DOCUMENTS) {
      const { rows: [h] } = await sql<{ happenings: number; reports: number }>`
        select (select count(*)::int from happenings) as happenings, (select count(*)::int from happening_reports) as reports`.execute(db);
      console.log(
        `worker-kill: ${GOOD} good + ${BAD} bad documents queued in ${(queuedMs / 1000).toFixed(1)} s; victim killed at ${killedAt} annotated; ` +
          `all ${GOOD + BAD} annotated in ${(runMs / 1000).toFixed(1)} s (${((GOOD + BAD) / (runMs / 1000)).toFixed(1)} documents/s); ` +
          `${events!.stored} events in ${h!.happenings} happenings (${h!.reports} reports); dead letters: ${BAD}, all of them the bad documents`,
      );
    }
  });
});
