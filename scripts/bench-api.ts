// npm run bench:api: the HTTP API under load. Builds a SQLite ledger of N synthetic events (BENCH_EVENTS,
// default 1,000,000; BENCH_DB=FILE keeps and reuses it), serves it on 127.0.0.1 from a child process (so the
// load generator does not share the server's event loop), and measures each query of /api/events and
// /api/stats (BENCH_ONLY=regex picks them by name) over a pool of parameter variants (types, months,
// points, sources, offsets, cursors, ids), so the response cache cannot answer one URL over and over:
// - cold: each of up to 20 variants once, alone, on a server just started (nothing cached): the query's cost;
// - warm: the same variants again, alone (cache hits);
// - load: 100 concurrent autocannon clients (BENCH_CONNECTIONS) for BENCH_SECONDS (default 10), each
//   request a random variant, on another fresh server, so every variant's first request is a miss inside
//   the measured run. The clients send no Accept-Encoding, so every answer goes uncompressed;
// - compressed load (BENCH_COMPRESSED=1, the default; 0 skips it): the same with the clients sending
//   `Accept-Encoding: gzip, deflate, br` as a browser does, so they get the brotli answers (~5 KB for a
//   page of 100 events instead of ~70 KB). autocannon does not decompress, but it does turn every body into
//   a JavaScript string, which for binary bytes costs it more than for plain JSON: on this 2-core machine the
//   load generator, not the server, then sets the pace, so the plain run is the one the p99 figures quote;
// - uncached load (BENCH_UNCACHED=1, the default; 0 skips it): the same with the response cache off, every
//   request answered by the store.
// BENCH_PG=postgres://… serves the same ledger from PostgreSQL instead: the SQLite ledger is copied into that
// (empty) database first, as `sitrep migrate` does, and analysed; a database already holding N events is reused.
import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { contentHash } from '../src/ingest/hash.js';
import { Kysely, SqliteDialect } from 'kysely';
import { openSqliteLedger } from '../src/ledger/sqlite.js';
import { openPostgresKysely, openPostgresLedger, redactUrl } from '../src/ledger/postgres.js';
import { copyLedger } from '../src/ledger/postgres-copy.js';
import { sql } from 'kysely';
import { rebuildQuerySummaries } from '../src/ledger/queries/summary-tables.js';
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

/** The count and actor tables a save keeps (migration 007), made once for the bulk-loaded events. */
async function summarise(path: string): Promise<void> {
  const t0 = performance.now();
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(path) }) });
  try {
    await db.transaction().execute((trx) => rebuildQuerySummaries(trx));
  } finally {
    await db.destroy();
  }
  process.stderr.write(`bench: count and actor tables made in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const MONTHS = Array.from({ length: 24 }, (_, i) => {
  const d = new Date(Date.UTC(2022, 2 + i, 1));
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return [d.toISOString().slice(0, 10), end.toISOString().slice(0, 10)] as const;
});
const TYPE_FILTERS = [...new Set(TYPES.flatMap(([t]) => [t, t.split('.')[0]!]))];
const enc = encodeURIComponent;
/** Every combination of the lists, each as a query string fragment. */
const cross = (...lists: string[][]): string[] => lists.reduce<string[]>((acc, xs) => acc.flatMap((a) => xs.map((x) => (a ? `${a}&${x}` : x))), ['']);
/** `count` variants spread evenly over a longer list (deterministic). */
const spread = <T>(xs: T[], count: number): T[] => (xs.length <= count ? xs : Array.from({ length: count }, (_, i) => xs[Math.floor((i * xs.length) / count)]!));

interface Query {
  name: string;
  /** The pool of paths the clients pick from (at most 200, so a warmed cache of 256 entries holds them). */
  variants: (base: string) => Promise<string[]>;
}

const fixed = (name: string, paths: string[]): Query => ({ name, variants: async () => paths });
const month = (m: readonly [string, string]) => `since=${m[0]}&until=${m[1]}`;

/** Cursors deep into listings: each type's first pages, followed by their `next`. */
async function cursors(base: string): Promise<string[]> {
  const out: string[] = [];
  for (const type of TYPE_FILTERS) {
    let path = `/api/events?type=${enc(type)}&limit=100`;
    for (let page = 0; page < 12; page++) {
      const next = ((await (await fetch(base + path)).json()) as { next: string | null }).next;
      if (!next) break;
      path = `/api/events?type=${enc(type)}&limit=100&cursor=${enc(next)}`;
      out.push(path);
    }
  }
  return spread(out, 200);
}

const QUERIES: Query[] = [
  fixed('first page, no filter (limit 80..120)', Array.from({ length: 41 }, (_, i) => `/api/events?limit=${80 + i}`)),
  fixed('type or family', TYPE_FILTERS.map((t) => `/api/events?type=${enc(t)}&limit=100`)),
  fixed('one month', MONTHS.map((m) => `/api/events?${month(m)}&limit=100`)),
  fixed('type + verification + month', spread(cross(TYPES.map(([t]) => `type=${t}`), VERIFICATION.map((v) => `verification=${v}`), MONTHS.map(month)), 200).map((q) => `/api/events?${q}&limit=100`)),
  fixed('place substring', PLACES.flatMap(([name, , , admin1]) => [name.toLowerCase(), admin1.slice(0, 5)]).map((p) => `/api/events?place=${enc(p)}&limit=100`)),
  fixed('near point, 10/25/50 km', spread(cross(PLACES.flatMap(([, lat, lon]) => [`near=${lat},${lon}`, `near=${(lat + 0.05).toFixed(2)},${(lon - 0.05).toFixed(2)}`]), ['radius_km=10', 'radius_km=25', 'radius_km=50']), 200).map((q) => `/api/events?${q}&limit=100`)),
  fixed('source + month', spread(cross(SOURCES.map((x) => `source=${enc(x)}`), MONTHS.map(month)), 200).map((q) => `/api/events?${q}&limit=100`)),
  fixed('actor (+ type)', cross(['russian', 'ukrainian', 'civilians', 'wagner', 'air defence', 'forces'].map((a) => `actor=${enc(a)}`), ['', ...TYPE_FILTERS.slice(0, 4).map((t) => `type=${enc(t)}`)]).map((q) => `/api/events?${q.replace(/&$/, '')}&limit=100`)),
  fixed('full text q + type', cross(['q=synthetic', 'q=synthetic%20report', 'q=source%20said', 'q=place%20day'], TYPE_FILTERS.map((t) => `type=${enc(t)}`)).map((q) => `/api/events?${q}&limit=100`)),
  fixed('deep page (offset 1000..20000)', spread(cross(TYPE_FILTERS.map((t) => `type=${enc(t)}`), Array.from({ length: 20 }, (_, i) => `offset=${(i + 1) * 1000}`)), 200).map((q) => `/api/events?${q}&limit=100`)),
  { name: 'next page (keyset cursor, pages 2..13)', variants: cursors },
  fixed('one event (random ids)', Array.from({ length: 200 }, (_, i) => `/api/events/${1 + Math.floor(((i * 7919) % 1000) * 997 + i)}`)),
  fixed('stats, no filter', ['/api/stats']),
  fixed('stats, type + month', spread(cross(TYPE_FILTERS.map((t) => `type=${enc(t)}`), MONTHS.map(month)), 200).map((q) => `/api/stats?${q}`)),
  fixed('stats, verification or type', [...VERIFICATION.map((v) => `/api/stats?verification=${v}`), ...TYPE_FILTERS.map((t) => `/api/stats?type=${enc(t)}`)]),
];

async function timed(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return performance.now() - t0;
}

/** Bytes per response over a load run, headers included (compressed bodies as sent). */
const bytesPer = (r: autocannon.Result) => Math.round(r.throughput.total / Math.max(1, r.requests.total)).toLocaleString('en');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function serveChild(db: string, cacheEntries: number): Promise<void> {
  // PostgreSQL with a pool of connections, as `sitrep serve` opens it.
  const store = db.startsWith('postgres') ? await openPostgresLedger(db, { poolSize: 10, applicationName: 'sitrep-bench' }) : await openSqliteLedger(db);
  const server = await startServer({ store, host: '127.0.0.1', port: 0, cacheEntries });
  process.send!({ url: server.url });
}

/** A server of its own (nothing cached), in a child process; stop() ends it. */
async function startChild(db: string, cacheEntries = 256): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = fork(fileURLToPath(import.meta.url), ['--serve', db, String(cacheEntries)], { stdio: 'inherit' });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: { url: string }) => resolve(m.url));
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

/** What the compressed load's clients send, as a browser does. */
const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br';

async function load(url: string, paths: string[], connections: number, seconds: number, acceptEncoding: string | null = null) {
  let i = 0;
  const rand = rng(99);
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    ...(acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {}),
    requests: [{ setupRequest: (req: any) => ({ ...req, path: paths[i++ < paths.length ? i - 1 : Math.floor(rand() * paths.length)] }) }],
  });
  return r;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--serve') return serveChild(process.argv[3]!, Number(process.argv[4]));
  const n = Number(process.env.BENCH_EVENTS ?? 1_000_000);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
  const uncached = process.env.BENCH_UNCACHED !== '0';
  const compressed = process.env.BENCH_COMPRESSED !== '0';
  const keep = process.env.BENCH_DB;
  const dir = keep ? null : mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const db = keep ?? join(dir!, 'ledger.db');
  const store = await openSqliteLedger(db);
  const have = (await store.counts()).events;
  if (have !== n) {
    if (have > 0) throw new Error(`${db} holds ${have} events, not ${n}: remove it or set BENCH_EVENTS=${have}`);
    await store.close();
    fill(db, n);
    await summarise(db);
  } else {
    process.stderr.write(`bench: reusing ${db} (${n.toLocaleString('en')} events)\n`);
    await store.close();
  }
  const pgUrl = process.env.BENCH_PG;
  const served = pgUrl ?? db;
  if (pgUrl) {
    const pg = await openPostgresLedger(pgUrl);
    const there = (await pg.counts()).events;
    await pg.close();
    if (there !== n) {
      const t0 = performance.now();
      await copyLedger(db, pgUrl);
      process.stderr.write(`bench: copied into ${redactUrl(pgUrl)} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
    }
    // Planner statistics and the visibility map (index-only scans) for the bulk-copied rows.
    const k = await openPostgresKysely(pgUrl);
    await sql`vacuum analyze`.execute(k);
    await k.destroy();
  }

  console.log(`${pgUrl ? 'PostgreSQL' : 'SQLite'} · events ${n} · ${connections} connections · ${seconds} s per query · node ${process.version}`);
  console.log('cold/warm: one request alone per variant (up to 20), median and worst; load: random variants, fresh server, misses included,');
  console.log(`bytes: per response, headers included, as autocannon received them${compressed ? `; compressed: the same load sending Accept-Encoding: ${BROWSER_ACCEPT_ENCODING}` : ''}`);
  console.log(
    '| query | variants | cold ms median / max | warm ms median | load p50 ms | load p99 ms | req/s | bytes | non-2xx | errors/timeouts |' +
      (compressed ? ' compressed p50 / p99 ms | compressed req/s | compressed bytes |' : '') +
      (uncached ? ' uncached p50 / p99 ms | uncached req/s |' : ''),
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|' + (compressed ? '---:|---:|---:|' : '') + (uncached ? '---:|---:|' : ''));
  try {
    const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
    for (const q of QUERIES.filter(({ name }) => !only || only.test(name))) {
      // The variants are found on a server of their own, so the measured ones start with nothing cached.
      const helper = await startChild(served);
      const paths = await q.variants(helper.url).finally(() => helper.stop());
      const probe = await startChild(served);
      const sample = spread(paths, 20);
      const cold: number[] = [];
      const warm: number[] = [];
      try {
        for (const p of sample) cold.push(await timed(probe.url + p));
        for (const p of sample) warm.push(await timed(probe.url + p));
      } finally {
        await probe.stop();
      }
      const server = await startChild(served);
      const r = await load(server.url, paths, connections, seconds).finally(() => server.stop());
      let extra = '';
      if (compressed) {
        const browser = await startChild(served);
        const u = await load(browser.url, paths, connections, seconds, BROWSER_ACCEPT_ENCODING).finally(() => browser.stop());
        const failed = u.non2xx || u.errors || u.timeouts ? ` (non-2xx ${u.non2xx}, errors ${u.errors}/${u.timeouts})` : '';
        extra += ` ${u.latency.p50} / ${u.latency.p99}${failed} | ${Math.round(u.requests.average)} | ${bytesPer(u)} |`;
      }
      if (uncached) {
        const bare = await startChild(served, 0);
        const u = await load(bare.url, paths, connections, seconds).finally(() => bare.stop());
        extra += ` ${u.latency.p50} / ${u.latency.p99} | ${Math.round(u.requests.average)} |`;
      }
      console.log(
        `| ${q.name} | ${paths.length} | ${median(cold).toFixed(1)} / ${Math.max(...cold).toFixed(1)} | ${median(warm).toFixed(1)} | ${r.latency.p50} | ${r.latency.p99} | ${Math.round(r.requests.average)} | ${bytesPer(r)} | ${r.non2xx} | ${r.errors}/${r.timeouts} |${extra}`,
      );
    }
  } finally {
    if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
