// `sitrep serve`: opens the ledger named by --db, serves it on 127.0.0.1, stops cleanly when told to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePort, serve } from '../../src/edges/cli/commands/serve.js';
import { fixtureStore } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep serve', () => {
  it('serves the ledger from --db until aborted, with ingest only when a token is given', async () => {
    const db = join(dir, 'ledger.db');
    await (await fixtureStore(db)).close();
    const stderr = new PassThrough();
    let log = '';
    stderr.on('data', (b) => (log += String(b)));
    const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr, isTTY: false };
    const ctl = new AbortController();
    const done = serve({ db, port: '0', host: '127.0.0.1', token: 'tok' }, io, ctl.signal);
    await expect.poll(() => /at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1], { timeout: 20_000 }).toBeTruthy();
    const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)![1]!;
    expect(log).toContain('ingest enabled');
    const health = await (await fetch(`${url}/healthz`)).json();
    expect(health.ledger.events).toBe(6);
    const spec = await (await fetch(`${url}/openapi.json`)).json();
    expect(spec.paths['/api/documents'].post).toBeDefined();
    ctl.abort();
    expect(await done).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('rejects a port out of range as a usage error', () => {
    expect(() => parsePort('70000')).toThrow(/--port/);
    expect(() => parsePort('x')).toThrow(/--port/);
    expect(parsePort('8081')).toBe(8081);
  });
});
