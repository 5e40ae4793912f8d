// The compiled `sitrep serve` on a SQLite file answers cache misses from reader threads (read-pool.ts):
// its answers must be the ones the in-process app gives, errors included, and a save must show at once.
// Runs dist/ (CI builds before testing; reader threads cannot load the TypeScript sources).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import { contentHash } from '../../src/ingest/hash.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { fixtureStore } from './fixtures.js';

const BIN = join(PROJECT_ROOT, 'bin', 'sitrep.js');
const dir = mkdtempSync(join(tmpdir(), 'sitrep-readers-'));
const db = join(dir, 'ledger.db');
let store: LedgerStore;
let server: ChildProcess;
let url: string;

beforeAll(async () => {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'edges', 'http', 'read-worker.js'))) throw new Error('dist/ is not built: run npx tsc -p . first');
  store = await fixtureStore(db);
  server = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (b: Buffer) => (log += b.toString()));
  server.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (m) {
        clearInterval(timer);
        resolve(m[1]!);
      }
    }, 50);
    server.once('exit', (code) => (clearInterval(timer), reject(new Error(`serve exited (${code}): ${log}`))));
  });
}, 30_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reader threads', () => {
  it('answer as the in-process app does, errors included', async () => {
    const app = createApp({ store });
    const first = (await (await fetch(`${url}/api/events?limit=2`)).json()) as any;
    const paths = [
      '/api/events?limit=2',
      `/api/events?limit=2&cursor=${encodeURIComponent(first.next)}`,
      '/api/events?actor=russian&near=50.45,30.52&radius_km=10',
      '/api/events?q=general%20staff&type=retreat',
      `/api/events/${first.events[0].id}`,
      '/api/stats',
      '/api/stats?type=strike&since=2024-03-10',
      '/api/events/999999',
      '/api/events?cursor=bm9wZQ',
    ];
    for (const p of paths) {
      const [served, local] = await Promise.all([fetch(url + p), app.request(p)]);
      expect(served.status, p).toBe(local.status);
      expect(await served.json(), p).toEqual(await local.json());
    }
  });

  it('answer compressed forms that decompress to the in-process answer', async () => {
    const app = createApp({ store });
    for (const coding of ['br', 'gzip']) {
      // fetch decompresses what it asked for; the headers still tell which form came.
      const [served, local] = await Promise.all([fetch(`${url}/api/events?limit=3`, { headers: { 'accept-encoding': coding } }), app.request('/api/events?limit=3')]);
      expect(served.headers.get('content-encoding')).toBe(coding);
      expect(served.headers.get('vary')).toBe('Accept-Encoding');
      expect(await served.json()).toEqual(await local.json());
    }
  });

  it('see a save made by another connection at the next request', async () => {
    const before = ((await (await fetch(`${url}/api/stats`)).json()) as any).total;
    const raw = new TextEncoder().encode('A later page.');
    await store.save(
      { hash: contentHash(raw), kind: 'text', container: 'file', name: 'fx-later', sourcePath: null, sourceLine: null, url: null, givenPublished: null, raw },
      { pipelineVersion: 't', ms: 0, line: { id: 'fx-later', document: { title: null, body: 'A later page.', items: [] }, events: [{ type: 'strike.drone', date: { value: '2024-03-21' }, actors: [], modality: 'asserted', verification: 'unknown', confidence: 0.5 }] } },
    );
    expect(((await (await fetch(`${url}/api/stats`)).json()) as any).total).toBe(before + 1);
    const latest = ((await (await fetch(`${url}/api/events?since=2024-03-21`)).json()) as any).events;
    expect(latest.map((e: any) => e.document.name)).toContain('fx-later');
  });
});
