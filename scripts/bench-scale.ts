// npm run bench:scale: ingest + annotate throughput on PostgreSQL with 1 and with 2 worker processes over
// the same corpus (../shared/corpora/news, repeated to a few hundred documents, each copy made distinct by
// trailing blank lines), and the inline SQLite ingest beside them. Throughput is documents over the
// processing span the ledger records (first annotation start to last annotation end), so process start-up
// (models, gazetteer) is left out of all three alike; wall times are printed too. The PostgreSQL runs
// alternate (1, 2, then 2, 1 workers, ...) so that a machine whose load drifts during the bench (other
// people's jobs) weighs on both alike; the ratio is of the summed throughputs. Beside each run: the CPU
// its worker processes used (start-up included) and its PostgreSQL backends used, per document, since
// on two cores the ratio is bounded by the whole CPU a document costs.
//
// Six copies by default (1,050 documents), because a worker's first few hundred documents are not what a
// fleet, which runs for hours, spends per document: V8 is still compiling the pipeline's hot code on its
// background threads then (sampled per thread, one worker spends ~7 ms/doc of background CPU over its first
// 150 documents, ~2 ms/doc after 850), and each worker process pays that warm-up itself. With 350 documents
// each of two workers saw only 175, all of them cold, so the two-worker run measured mostly warm-up on
// two cores and understated how a fleet scales. BENCH_COPIES=2 still gives the short, cold figure.
//   SITREP_BENCH_PG   a database the bench may create others from (default postgres://postgres@127.0.0.1:5432/test)
//   BENCH_COPIES      copies of the corpus (default 6: 1,050 documents)
//   BENCH_ROUNDS      rounds of the two PostgreSQL runs (default 2)
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
const COPIES = Number(process.env.BENCH_COPIES ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

/** The CLI as this script runs: compiled (bin/sitrep.js) or from source through tsx. */
function cli(args: string[]): { cmd: string; argv: string[] } {
  if (!FROM_SOURCE) return { cmd: process.execPath, argv: [join(ROOT, 'bin', 'sitrep.js'), ...args] };
  const main = join(ROOT, 'src', 'edges', 'cli', 'main.ts');
  const code = `import { main } from ${JSON.stringify(main)}; process.exitCode = await main(process.argv.slice(1));`;
  return { cmd: process.execPath, argv: ['--import', 'tsx', '--input-type=module', '-e', code, '--', ...args] };
}

/** Runs the CLI; returns what it printed. */
async function run(args: string[]): Promise<string> {
  const { cmd, argv } = cli(args);
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (b) => (out += String(b)));
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`sitrep ${args.join(' ')} exited with ${code}`);
  return out;
}

/** CPU seconds a process has used, from /proc (Linux); null where it cannot be read. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null; // not Linux, or the backend runs on another machine: the figure is left out
  }
}

/**
 * Samples the CPU of the database's backends while `work` runs: each backend's last reading counts (a
 * backend ends with its worker, losing at most one sampling interval). Null when the server's processes
 * cannot be read (PostgreSQL on another machine).
 */
async function backendCpu(url: string, work: Promise<unknown>): Promise<number | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const last = new Map<number, number>();
  let readable = true;
  let done = false;
  const finished = work.finally(() => (done = true));
  try {
    while (!done) {
      const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      for (const { pid } of rows) {
        const cpu = cpuSeconds(pid);
        if (cpu === null) readable = false;
        else last.set(pid, cpu);
      }
      await Promise.race([finished, new Promise((r) => setTimeout(r, 100))]);
    }
    await finished;
  } finally {
    await client.end();
  }
  return readable ? [...last.values()].reduce((a, b) => a + b, 0) : null;
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
function spanOf(rows: Array<{ annotated_at: string; ms: number }>): Span & { annotateMs: number } {
  let first = Infinity;
  let last = -Infinity;
  let ms = 0;
  for (const r of rows) {
    const end = Date.parse(r.annotated_at);
    first = Math.min(first, end - Number(r.ms));
    last = Math.max(last, end);
    ms += Number(r.ms);
  }
  return { documents: rows.length, spanMs: last - first, annotateMs: ms / rows.length };
}

async function postgresSpan(url: string): Promise<Span & { annotateMs: number }> {
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
  /** Mean pipeline milliseconds per document (rises when the cores are shared). */
  annotateMs: number;
  /** CPU seconds of the worker processes (start-up included) and of their PostgreSQL backends. */
  workerCpu?: number;
  serverCpu?: number | null;
}

async function postgresRun(dir: string, workers: number): Promise<Result> {
  const db = await freshDatabase();
  try {
    let t = performance.now();
    await run(['ingest', '--db', db.url, '--quiet', dir]);
    const enqueueMs = performance.now() - t;
    t = performance.now();
    const fleet = Promise.all(Array.from({ length: workers }, () => run(['worker', '--db', db.url, '--drain'])));
    const serverCpu = await backendCpu(db.url, fleet);
    const summaries = await fleet;
    const wallMs = performance.now() - t;
    const workerCpu = summaries.reduce((sum, out) => sum + Number(/cpu ([\d.]+) s/.exec(out)?.[1] ?? NaN), 0);
    return { label: `PostgreSQL, ${workers} worker${workers > 1 ? 's' : ''}`, ...(await postgresSpan(db.url)), wallMs, enqueueMs, workerCpu, serverCpu };
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
    const results = [await sqliteRun(dir, work)];
    for (let round = 0; round < ROUNDS; round++) {
      for (const workers of round % 2 === 0 ? [1, 2] : [2, 1]) results.push(await postgresRun(dir, workers));
    }
    const perDoc = (s: number | null | undefined, n: number) => (s === null || s === undefined || Number.isNaN(s) ? 'n/a' : ((s * 1000) / n).toFixed(1));
    console.log('\n| run | documents | processing span s | documents/s | wall s (with start-up) | pipeline ms/doc | worker CPU ms/doc | PostgreSQL CPU ms/doc |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      const rate = r.documents / (r.spanMs / 1000);
      console.log(
        `| ${r.label} | ${r.documents} | ${(r.spanMs / 1000).toFixed(2)} | ${rate.toFixed(1)} | ${(r.wallMs / 1000).toFixed(2)}${r.enqueueMs ? ` (+${(r.enqueueMs / 1000).toFixed(2)} enqueue)` : ''} | ` +
          `${r.annotateMs.toFixed(1)} | ${r.workerCpu === undefined ? '-' : perDoc(r.workerCpu, r.documents)} | ${r.serverCpu === undefined ? '-' : perDoc(r.serverCpu, r.documents)} |`,
      );
    }
    const rate = (label: string) => {
      const runs = results.filter((r) => r.label === label);
      return runs.reduce((n, r) => n + r.documents, 0) / runs.reduce((ms, r) => ms + r.spanMs, 0);
    };
    const ratio = rate('PostgreSQL, 2 workers') / rate('PostgreSQL, 1 worker');
    console.log(
      `\n2 workers / 1 worker throughput: ${ratio.toFixed(2)} over ${ROUNDS} round${ROUNDS > 1 ? 's' : ''} (target >= 1.8 on 2 idle cores); ` +
        `SQLite ${(results[0]!.documents / (results[0]!.spanMs / 1000)).toFixed(1)} documents/s; load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
