// The server against DNS rebinding (the Host header) and against showing where it keeps files (names).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from '../../src/edges/http/app.js';
import { hostAllowed, hostNameOf } from '../../src/edges/http/host-check.js';
import { startServer, type RunningServer } from '../../src/edges/http/server.js';
import { publicName } from '../../src/edges/http/views.js';
import { ingestInto } from '../../src/ledger/ingest.js';
import { readSources } from '../../src/ingest/reader.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { tempDir } from '../ledger/fixtures.js';
import { fixtureStore } from './fixtures.js';

/** A GET with the Host header we choose (fetch does not let a caller set it). */
function getWithHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Host header', () => {
  let store: LedgerStore;
  let server: RunningServer;
  let named: RunningServer;
  beforeAll(async () => {
    store = await fixtureStore();
    server = await startServer({ store, host: '127.0.0.1', port: 0, readers: 0 });
    named = await startServer({ store, host: '127.0.0.1', port: 0, readers: 0, allowedHosts: ['ledger.example'] });
  });
  afterAll(async () => {
    await server.close();
    await named.close();
    await store.close();
  });

  it('refuses a name the server is not known by (a rebound attacker name) with 421, in JSON', async () => {
    const res = await getWithHost(`${server.url}/api/stats`, 'attacker.example:8080');
    expect(res.status).toBe(421);
    expect(JSON.parse(res.body).error.code).toBe('unknown_host');
    expect(res.body).not.toContain('"total"');
  });

  it('answers for addresses, localhost and the names configured', async () => {
    const port = new URL(server.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'LOCALHOST', `[::1]:${port}`]) {
      expect((await getWithHost(`${server.url}/api/stats`, host)).status, host).toBe(200);
    }
    expect((await getWithHost(`${named.url}/api/stats`, 'ledger.example')).status).toBe(200);
    expect((await getWithHost(`${named.url}/api/stats`, 'other.example')).status).toBe(421);
  });

  it('parses Host headers and allows any host with "*"', () => {
    expect(hostNameOf('Example.ORG:8080')).toBe('example.org');
    expect(hostNameOf('[::1]:80')).toBe('::1');
    expect(hostNameOf('news.example.')).toBe('news.example');
    expect(hostAllowed('evil.example', new Set(['*']))).toBe(true);
    expect(hostAllowed('evil.example', new Set(['good.example']))).toBe(false);
    expect(hostAllowed('10.1.2.3:80', new Set())).toBe(true);
  });
});

describe('document names', () => {
  it('show a file name, never the absolute path the server read it from', async () => {
    const tmp = tempDir();
    const store = await fixtureStore();
    try {
      const file = join(tmp.dir, 'invented-report.txt');
      writeFileSync(file, 'Kherson, 4 March 2024. Shelling damaged a school in Kherson on Monday, officials said.');
      const lines = join(tmp.dir, 'batch.jsonl');
      writeFileSync(lines, JSON.stringify({ text: 'no id on this line' }) + '\n');
      const ids: number[] = [];
      await ingestInto(store, readSources([file, lines]), { onDocument: (r) => r.documentId !== null && ids.push(r.documentId) });
      const app = createApp({ store });
      const shown = await Promise.all(ids.map(async (id) => (await (await app.request(`/api/documents/${id}`)).json()) as { name: string; events: Array<{ document: { name: string } }> }));
      expect(shown.map((d) => d.name)).toEqual(['invented-report.txt', 'batch.jsonl:1']);
      const body = JSON.stringify(shown) + JSON.stringify(await (await app.request('/api/events')).json());
      expect(body).not.toContain(tmp.dir);
    } finally {
      await store.close();
      tmp.cleanup();
    }
  });

  it('keeps ids, URLs and relative names as they are', () => {
    expect(publicName('posted-1')).toBe('posted-1');
    expect(publicName('https://news.example/a/b')).toBe('https://news.example/a/b');
    expect(publicName('reports/a.txt')).toBe('reports/a.txt');
    expect(publicName('/srv/data/a.jsonl:12')).toBe('a.jsonl:12');
    expect(publicName('C:\\data\\a.txt')).toBe('a.txt');
  });
});
