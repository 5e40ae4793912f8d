// npm run bench:scale: ingest + annotate throughput on PostgreSQL with 1 and with 2 worker processes over
// the same corpus (../shared/corpora/news, repeated to a few hundred documents, each copy made distinct by
// trailing blank lines), and the inline SQLite ingest beside them. Throughput is documents over the
// processing span the ledger records (first annotation start to last annotation end), so process start-up
// (models, gazetteer) is left out of all three alike; wall times are printed too.
//   SITREP_BENCH_PG   a database the bench may create others from (default postgres://postgres@127.0.0.1:5432/test)
//   BENCH_COPIES      copies of the corpus (default 2: 350 documents)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ROOT = FROM_SOURCE ? join(HERE, '..') : join(HERE, '..', '..');
const NEWS = join(process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared'), 'corpora', 'news');
const ADMIN_URL = process.env.SITREP_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const COPIES = Number(process.env.BENCH_COPIES ?? 2);

/** The CLI as this script runs: compiled (bin/sitrep.js) or from source through tsx. */
function cli(args: string[]): { cmd: string; argv: string[] } {
  if (!FROM_SOURCE) return { cmd: process.execPath, argv: [join(ROOT, 'bin', 'sitrep.js'), ...args] };
  const main = join(ROOT, 'src', 'edges', 'cli', 'main.ts');
  const code = `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(process.argv.slice(1));`;
  return { cmd: process.execPath, argv: ['--import', 'tsx', '--input-type=module', '-e', code, '--', ...args] };
}

async function run(args: string[]): Promise<void> {
  const { cmd, argv } = cli(args);
  const child = spawn(cmd, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`sitrep ${args.join(' ')} exited with ${code}`);
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let databases = 0;
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `sitrep_bench_${process.pid}_${++databases}`;
  await admin(`create database "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

interface Span {
  documents: number;
  spanMs: number;
}

/** Documents annotated, and the span from the first annotation's start to the last one's end. */
function spanOf(rows: Array<{ annotated_at: string; ms: number }>): Span {
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    const end = Date.parse(r.annotated_at);
    first = Math.min(first, end - Number(r.ms));
    last = Math.max(last, end);
  }
  return { documents: rows.length, spanMs: last - first };
}

async function postgresSpan(url: string): Promise<Span> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return spanOf((await client.query<{ annotated_at: string; ms: number }>('select annotated_at, ms from annotations where status = $1', ['ok'])).rows);
  } finally {
    await client.end();
  }
}

interface Result {
  label: string;
  documents: number;
  spanMs: number;
  wallMs: number;
  enqueueMs?: number;
}

async function postgresRun(dir: string, workers: number): Promise<Result> {
  const db = await freshDatabase();
  try {
    let t = performance.now();
    await run(['ingest', '--db', db.url, '--quiet', dir]);
    const enqueueMs = performance.now() - t;
    t = performance.now();
    await Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', db.url, '--drain', '--quiet'])));
    const wallMs = performance.now() - t;
    return { label: `PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}`, ...(await postgresSpan(db.url)), wallMs, enqueueMs };
  } finally {
    await db.drop();
  }
}

async function sqliteRun(dir: string, work: string): Promise<Result> {
  const file = join(work, 'ledger.db');
  const t = performance.now();
  await run(['ingest', '--db', file, '--quiet', dir]);
  const wallMs = performance.now() - t;
  const sqlite = new Database(file, { readonly: true });
  try {
    const rows = sqlite.prepare('select annotated_at, ms from annotations where status = ?').all('ok') as Array<{ annotated_at: string; ms: number }>;
    return { label: 'SQLite, inline ingest', ...spanOf(rows), wallMs };
  } finally {
    sqlite.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(NEWS)) {
    console.error(`bench:scale: ${NEWS} is absent; nothing to measure`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-scale-'));
  try {
    const dir = join(work, 'corpus');
    mkdirSync(dir);
    const files = readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort();
    for (let copy = 0; copy < COPIES; copy++) {
      for (const f of files) writeFileSync(join(dir, `${copy}-${f}`), readFileSync(join(NEWS, f), 'utf8') + '\n'.repeat(copy + 1));
    }
    console.log(`bench:scale: ${files.length * COPIES} documents (${files.length} news articles x ${COPIES}), ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const results = [await sqliteRun(dir, work), await postgresRun(dir, 1), await postgresRun(dir, 2)];
    console.log('\n| run | documents | processing span s | documents/s | wall s (with start-up) |');
    console.log('|---|---:|---:|---:|---:|');
    for (const r of results) {
      const rate = r.documents / (r.spanMs / 1000);
      console.log(`| ${r.label} | ${r.documents} | ${(r.spanMs / 1000).toFixed(2)} | ${rate.toFixed(1)} | ${(r.wallMs / 1000).toFixed(2)}${r.enqueueMs ? ` (+${(r.enqueueMs / 1000).toFixed(2)} enqueue)` : ''} |`);
    }
    const [, one, two] = results as [Result, Result, Result];
    const ratio = two.documents / two.spanMs / (one.documents / one.spanMs);
    console.log(`\n2 workers / 1 worker throughput: ${ratio.toFixed(2)} (target >= 1.8 on 2 idle cores); load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
