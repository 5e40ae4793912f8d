// The compiled CLI killed mid-ingest (SIGKILL: no clean-up runs) and run again: every document must end up
// stored exactly once, with its annotation, and nothing lost. Also: `watch` stops cleanly on SIGTERM.
// Runs dist/ (CI builds before testing); builds it here when it is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHash } from '../../src/ingest/hash.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { tempDir } from '../ledger/fixtures.js';
import { newsPage, send, startServer } from './local-server.js';

const BIN = join(PROJECT_ROOT, 'bin', 'sitrep.js');
const DOCUMENTS = 240;
const PLACES = ['Kharkiv', 'Kherson', 'Odesa', 'Sumy', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Chernihiv'];

let tmp: ReturnType<typeof tempDir>;
let folder: string;

beforeAll(() => {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'edges', 'cli', 'commands', 'watch.js'))) {
    execFileSync('npx', ['tsc', '-p', '.'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  }
  tmp = tempDir();
  folder = join(tmp.dir, 'docs');
  for (let i = 0; i < DOCUMENTS; i++) {
    const place = PLACES[i % PLACES.length]!;
    const dir = join(folder, `batch-${Math.floor(i / 100)}`);
    mkdirSync(dir, { recursive: true });
    const day = (i % 28) + 1;
    writeFileSync(
      join(dir, `report-${String(i).padStart(4, '0')}.txt`),
      `Shelling in ${place}, report ${i}\n\nRussian forces shelled ${place} on ${day} March 2024, the regional administration said. ` +
        `${(i % 5) + 1} houses were damaged and ${(i % 3) + 1} people were wounded in attack number ${i}.\n`,
    );
  }
});
afterAll(() => tmp?.cleanup());

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function runToEnd(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  return exited(child).then(({ code }) => ({ code, out, err }));
}

async function statesByHash(db: string) {
  const store = await openSqliteLedger(db);
  try {
    const counts = await store.counts();
    const states = await Promise.all(files(folder).map(async (f) => [f, await store.documentState(contentHash(readFileSync(f)))] as const));
    return { counts, states };
  } finally {
    await store.close();
  }
}

describe('ingest killed with SIGKILL half-way, then run again', () => {
  // Three runs of the CLI: seconds on an idle machine, but give a busy one room.
  it('stores every document exactly once, annotated, losing nothing', { timeout: 180_000 }, async () => {
    const db = join(tmp.dir, 'killed.db');
    const child = spawn(process.execPath, [BIN, 'ingest', '--db', db, '--progress', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    const ended = exited(child);
    let killedAt = -1;
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const done = [...stderr.matchAll(/^(\d+)\/\d+ documents/gm)].map((m) => Number(m[1]));
      const last = done[done.length - 1] ?? 0;
      if (killedAt < 0 && last >= DOCUMENTS / 3) {
        killedAt = last;
        child.kill('SIGKILL');
      }
    });
    const first = await ended;
    expect(first.signal).toBe('SIGKILL');
    expect(stderr).toMatch(new RegExp(`^\\d+/${DOCUMENTS} documents`, 'm'));

    const afterKill = await statesByHash(db);
    expect(afterKill.counts.documents).toBeGreaterThanOrEqual(killedAt);
    expect(afterKill.counts.documents).toBeLessThan(DOCUMENTS);
    const storedBefore = afterKill.states.filter(([, s]) => s !== null).length;
    expect(storedBefore).toBe(afterKill.counts.documents);
    // What the killed run stored, it stored whole: each such document has its annotation.
    for (const [, s] of afterKill.states) if (s) expect(s.status).toBe('ok');

    // The resumed run, and beside it the reference: the same folder ingested without interruption.
    const reference = join(tmp.dir, 'reference.db');
    const [second, whole] = await Promise.all([runToEnd(['ingest', '--db', db, folder]), runToEnd(['ingest', '--db', reference, '--quiet', folder])]);
    expect(second.code).toBe(0);
    expect(second.out).toContain(`ingested ${DOCUMENTS} documents: ${DOCUMENTS - storedBefore} new, 0 updated, ${storedBefore} unchanged, 0 failed`);
    expect(whole.code).toBe(0);
    const resumed = await statesByHash(db);
    const uninterrupted = await statesByHash(reference);
    expect(resumed.counts).toEqual(uninterrupted.counts);
    expect(resumed.counts.documents).toBe(DOCUMENTS);
    const eventsOf = (states: typeof resumed.states) => Object.fromEntries(states.map(([f, s]) => [f, s && { status: s.status, events: s.events }]));
    expect(eventsOf(resumed.states)).toEqual(eventsOf(uninterrupted.states));
  });
});

describe('watch under a signal', () => {
  it('stops cleanly on SIGTERM, between polls, with exit code 0', { timeout: 120_000 }, async () => {
    const server = await startServer({ '/sumy': send(newsPage('Strike on Sumy', 'A missile hit Sumy on 2 March 2024, the governor said.')) });
    server.routes.set('/feed.xml', send(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Strike on Sumy</title><link>${server.url('/sumy')}</link><guid>s-1</guid></item></channel></rss>`, 'application/rss+xml'));
    try {
      const db = join(tmp.dir, 'watch.db');
      const child = spawn(process.execPath, [BIN, 'watch', '--db', db, '--allow-host', '127.0.0.1', '--interval', '60', server.url('/feed.xml')], { stdio: ['ignore', 'pipe', 'pipe'] });
      const ended = exited(child);
      let out = '';
      let err = '';
      child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
      await new Promise<void>((resolve) =>
        child.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          if (/^poll 1:/m.test(out)) resolve();
        }),
      );
      const t0 = performance.now();
      child.kill('SIGTERM');
      const { code } = await ended;
      expect(code).toBe(0);
      expect(performance.now() - t0).toBeLessThan(10_000);
      expect(out).toMatch(/poll 1: 1\/1 feeds read, 1 new entries: 1 new/);
      expect(out).toMatch(/watched 1 polls: 1 documents stored/);
      expect(err).toMatch(/stopping/);
    } finally {
      await server.close();
    }
  });
});
