// The CLI on PostgreSQL: `ingest` queues and `worker --drain` annotates, leaving the same `events --json`
// as inline ingest into SQLite; `migrate` copies either way with identical exports; `serve` reads a URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { samplesDir } from '../../src/edges/cli/commands/demo.js';
import { serve } from '../../src/edges/cli/commands/serve.js';
import { openPostgresLedger } from '../../src/ledger/postgres.js';
import { runCli } from '../cli/memory-io.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';
import { textDocument, contractLineFor } from '../ledger/fixtures.js';

const sitrep = (...argv: string[]) => runCli(argv);

describePostgres('sitrep on PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-cli-'));
  const sqlite = join(dir, 'ledger.db');
  const databases: Array<Awaited<ReturnType<typeof createTestDatabase>>> = [];
  let url: string;

  beforeAll(async () => {
    const db = await createTestDatabase();
    databases.push(db);
    url = db.url;
  });
  afterAll(async () => {
    for (const db of databases) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('queues on ingest, and a drained worker leaves the same events as SQLite', async () => {
    const queued = await sitrep('ingest', '--db', url, samplesDir());
    expect(queued.code).toBe(0);
    expect(queued.out).toMatch(/queued for annotation/);
    expect((await sitrep('events', '--db', url, '--json')).out).toBe('');

    const drained = await sitrep('worker', '--db', url, '--drain');
    expect(drained.code).toBe(0);
    expect(drained.out).toMatch(/jobs: \d+ annotated/);
    expect((await sitrep('ingest', '--db', sqlite, '--quiet', samplesDir())).code).toBe(0);

    const fromPostgres = (await sitrep('events', '--db', url, '--json')).out;
    expect(fromPostgres.split('\n').filter(Boolean).length).toBeGreaterThan(5);
    expect(fromPostgres).toBe((await sitrep('events', '--db', sqlite, '--json')).out);
    expect((await sitrep('worker', '--db', url, '--dead')).out).toBe('no dead letters\n');

    // Ingesting the same files again queues nothing.
    expect((await sitrep('ingest', '--db', url, samplesDir())).out).toMatch(/0 queued for annotation .* \d+ unchanged/);
  });

  it('migrates SQLite to PostgreSQL and back with identical exports, and the copy keeps numbering', async () => {
    const target = await createTestDatabase();
    databases.push(target);
    const back = join(dir, 'back.db');
    const there = await sitrep('migrate', '--quiet', '--from', sqlite, '--to', target.url);
    expect(there.err).toBe('');
    expect(there.code).toBe(0);
    expect((await sitrep('migrate', '--quiet', '--from', target.url, '--to', back)).code).toBe(0);
    const exported = await Promise.all([sqlite, target.url, back].map(async (db) => (await sitrep('export', '--format', 'jsonl', '--db', db)).out));
    expect(exported[0]!.length).toBeGreaterThan(100);
    expect(exported[1]).toBe(exported[0]);
    expect(exported[2]).toBe(exported[0]);

    // A second copy into a ledger that has documents is refused.
    const again = await sitrep('migrate', '--from', sqlite, '--to', target.url);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/not empty/);

    // New rows after the copy take ids past the copied ones (the sequences were moved on).
    const store = await openPostgresLedger(target.url);
    try {
      const before = await store.counts();
      const doc = textDocument('A report saved after the migration.', 'after.txt');
      const saved = await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, 'after', []), ms: 0 });
      expect(saved.created).toBe(true);
      expect(saved.documentId).toBeGreaterThan(before.documents);
    } finally {
      await store.close();
    }
  });

  it('serves the ledger from a PostgreSQL URL', async () => {
    const stderr = new PassThrough();
    let log = '';
    stderr.on('data', (b) => (log += String(b)));
    const ctl = new AbortController();
    const done = serve({ db: url, port: '0', host: '127.0.0.1' }, { stdin: new PassThrough(), stdout: new PassThrough(), stderr, isTTY: false }, ctl.signal);
    await expect.poll(() => /at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1], { timeout: 20_000 }).toBeTruthy();
    const base = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)![1]!;
    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health.ledger.events).toBeGreaterThan(5);
    // Concurrent requests share the pool.
    const pages = await Promise.all(Array.from({ length: 8 }, () => fetch(`${base}/api/events?limit=3`).then((r) => r.status)));
    expect(pages).toEqual(Array(8).fill(200));
    ctl.abort();
    expect(await done).toBe(0);
  });

  it('refuses a worker on a SQLite ledger as a usage error', async () => {
    const r = await sitrep('worker', '--db', sqlite, '--drain');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PostgreSQL/);
  });
});
