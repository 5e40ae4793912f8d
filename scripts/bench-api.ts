// npm run bench:api: the HTTP API under load. Builds a SQLite ledger of N synthetic events (BENCH_EVENTS,
// default 1,000,000; BENCH_DB=FILE keeps and reuses it), serves it on 127.0.0.1 from a child process (so the
// load generator does not share the server's event loop), and runs 100 concurrent autocannon clients for
// BENCH_SECONDS (default 10) per query (BENCH_ONLY=regex picks queries by name), reporting p50/p99
// latency and throughput of /api/events.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { contentHash } from '../src/ingest/hash.js';
import { openSqliteLedger } from '../src/ledger/sqlite.js';
import { eventRow } from '../src/ledger/event-row.js';
import { startServer } from '../src/edges/http/server.js';

const TYPES: Array<[string, string, string]> = [
  ['attack.shelling', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['strike.drone', 'Explosions/Remote violence', 'Air/drone strike'],
  ['strike.missile', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['battle.armed_clash', 'Battles', 'Armed clash'],
  ['retreat.withdrawal', 'Strategic developments', 'Non-violent transfer of territory'],
  ['advance.capture', 'Battles', 'Non-state actor overtakes territory'],
  ['protest.peaceful', 'Protests', 'Peaceful protest'],
  ['attack.civilians', 'Violence against civilians', 'Attack'],
];
const PLACES: Array<[string, number, number, string]> = [
  ['Kyiv', 50.45, 30.52, 'Kyiv City'], ['Kharkiv', 49.99, 36.23, 'Kharkiv'], ['Kherson', 46.64, 32.62, 'Kherson'],
  ['Odesa', 46.48, 30.73, 'Odesa'], ['Zaporizhzhia', 47.84, 35.14, 'Zaporizhzhia'], ['Dnipro', 48.47, 35.04, 'Dnipropetrovsk'],
  ['Bakhmut', 48.6, 38.0, 'Donetsk'], ['Avdiivka', 48.14, 37.74, 'Donetsk'], ['Sumy', 50.91, 34.8, 'Sumy'], ['Lviv', 49.84, 24.03, 'Lviv'],
];
const VERIFICATION = ['unconfirmed', 'confirmed', 'disputed', 'unknown'];
const SOURCES = Array.from({ length: 40 }, (_, i) => `Source ${i + 1}`);
const ACTORS = ['Russian forces', 'Ukrainian forces', 'Civilians', 'Wagner Group', 'Air defence'];
const PER_DOC = 500;

/** A tiny seeded PRNG so every run builds the same ledger. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Fills the (migrated, empty) SQLite ledger at `path` with `n` synthetic events: one transaction and
 * prepared statements straight through better-sqlite3, rows made by the store's own eventRow. The store's
 * save would also link every report into happenings, which random reports do not need (the bench
 * measures event listing); through it a million events took 5 minutes, this way about a tenth of that.
 */
function fill(path: string, n: number): void {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const body = 'Synthetic report. Something happened at a place on a day, a source said.';
  const t0 = performance.now();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insertDocument = db.prepare(
    `insert into documents (hash, kind, container, name, source_path, source_line, url, given_published, raw, byte_length, ingested_at) values (?, 'text', 'jsonl', ?, null, null, null, null, ?, ?, ?)`,
  );
  const insertCleaned = db.prepare(`insert into cleaned_documents (document_id, title, body) values (?, ?, ?)`);
  const insertText = db.prepare(`insert into documents_fts (rowid, title, body) values (?, ?, ?)`);
  const insertAnnotation = db.prepare(`insert into annotations (document_id, pipeline_version, status, line, annotated_at, ms) values (?, 'bench', 'ok', ?, ?, 0)`);
  const columns = Object.keys(eventRow(0, 0, {}));
  const insertEvent = db.prepare(`insert into events (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let d = 0; d * PER_DOC < n; d++) {
      const count = Math.min(PER_DOC, n - d * PER_DOC);
      const events = Array.from({ length: count }, () => {
        const [type, et, st] = pick(TYPES);
        const [name, lat, lon, admin1] = pick(PLACES);
        const day = new Date(Date.UTC(2022, 1, 24) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
        const dead = rand() < 0.3 ? Math.floor(rand() * 20) : null;
        return {
          type, acled: { event_type: et, sub_event_type: st }, plover: null,
          date: { value: day, precision: 'day' },
          location: { name, lat: lat + (rand() - 0.5) * 0.2, lon: lon + (rand() - 0.5) * 0.2, admin1, country: 'UA', geonameId: null, precision: 1 },
          actors: [{ name: pick(ACTORS), role: 'actor1' }],
          fatalities: dead === null ? null : { best: dead, low: dead, high: null },
          modality: 'asserted', source: { name: pick(SOURCES) }, verification: pick(VERIFICATION),
          trigger: { start: 18, end: 27, text: 'happened' }, evidence: [{ start: 0, end: body.length }], confidence: 0.7,
        };
      });
      const raw = Buffer.from(JSON.stringify({ id: `bench-${d}`, text: body + d }));
      const id = Number(insertDocument.run(contentHash(raw), `bench-${d}`, raw, raw.byteLength, now).lastInsertRowid);
      insertCleaned.run(id, `Synthetic ${d}`, body);
      insertText.run(id, `Synthetic ${d}`, body);
      insertAnnotation.run(id, JSON.stringify({ id: `bench-${d}`, document: { title: `Synthetic ${d}`, body, items: [] }, events }), now);
      events.forEach((e, i) => insertEvent.run(eventRow(id, i, e)));
      if (d % 200 === 199) process.stderr.write(`bench: ${((d + 1) * PER_DOC).toLocaleString('en')} events made (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
    }
    db.prepare(`update ledger_meta set value = value + 1 where key = 'revision'`).run();
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  process.stderr.write(`bench: ${n.toLocaleString('en')} events stored in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const QUERIES: Array<[string, string]> = [
  ['first page, no filter', '/api/events?limit=100'],
  ['type prefix', '/api/events?type=strike&limit=100'],
  ['one month', '/api/events?since=2023-03-01&until=2023-03-31&limit=100'],
  ['type + verification + month', '/api/events?type=attack.shelling&verification=confirmed&since=2023-03-01&until=2023-03-31&limit=100'],
  ['place substring', '/api/events?place=kharkiv&limit=100'],
  ['near 25 km (HTTP-layer filter)', '/api/events?near=50.45,30.52&radius_km=25&limit=100'],
  ['source (HTTP-layer filter)', '/api/events?source=Source%2017&since=2023-03-01&until=2023-03-31&limit=100'],
  ['deep page (offset 5000)', '/api/events?type=strike&offset=5000&limit=100'],
  ['next page (keyset cursor)', '/api/events?type=strike&limit=100&cursor=NEXT'],
  ['one event', '/api/events/12345'],
  ['stats, no filter', '/api/stats'],
  ['stats, type + month', '/api/stats?type=strike&since=2023-03-01&until=2023-03-31'],
];

/** The `next` cursor of the first page of the same listing, put where the path says NEXT. */
async function withCursor(base: string, path: string): Promise<string> {
  if (!path.includes('NEXT')) return path;
  const first = (await (await fetch(base + path.replace(/&cursor=NEXT/, ''))).json()) as { next: string | null };
  return path.replace('NEXT', encodeURIComponent(first.next ?? ''));
}

async function timedAlone(url: string): Promise<number> {
  await fetch(url).then((r) => r.arrayBuffer()); // drains the queue left by an earlier run
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

async function serveChild(db: string): Promise<void> {
  const store = await openSqliteLedger(db);
  const server = await startServer({ store, host: '127.0.0.1', port: 0 });
  process.send!({ url: server.url });
}

async function main(): Promise<void> {
  if (process.argv[2] === '--serve') return serveChild(process.argv[3]!);
  const n = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
  const keep = process.env.BENCH_DB;
  const dir = keep ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const db = keep ?? join(dir!, 'ledger.db');
  const store = await openSqliteLedger(db);
  const have = (await store.counts()).events;
  if (have !== n) {
    if (have > 0) throw new Error(`${db} holds ${have} events, not ${n}: remove it or set BENCH_EVENTS=${have}`);
    await store.close();
    fill(db, n);
  } else {
    process.stderr.write(`bench: reusing ${db} (${n.toLocaleString('en')} events)\n`);
    await store.close();
  }

  const child = fork(fileURLToPath(import.meta.url), ['--serve', db], { stdio: 'inherit' });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  console.log(`events ${n} · ${connections} connections · ${seconds} s per query · node ${process.version}`);
  console.log('| query | alone ms (median of 5) | p50 ms | p99 ms | req/s | non-2xx | errors/timeouts |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  try {
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    for (const [name, template] of QUERIES.filter(([name]) => !only || only.test(name))) {
      const path = await withCursor(url, template);
      // One client at a time first: the query's own cost, and it waits out any backlog of the last run.
      const alone = await timedAlone(url + path);
      const r = await autocannon({ url: url + path, connections, duration: seconds, timeout: 30 });
      console.log(`| ${name} | ${alone.toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${Math.round(r.requests.average)} | ${r.non2xx} | ${r.errors}/${r.timeouts} |`);
    }
  } finally {
    child.kill('SIGTERM');
    if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
