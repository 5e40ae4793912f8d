// npm run bench: annotate throughput on ../shared/corpora/news, each stage's share of the time, and the
// anchor run side by side in this same process: wink-nlp's own tokenising + POS tagging of the same texts.
// The headline figure is documents per second per core: documents over the CPU time this process spent
// (user + system), so time spent waiting for a core on a busy machine does not count against it. The wall
// clock figure and the system load average are printed beside it, so a reader can judge both; the ratio
// to the anchor means the same on a slow or a busy machine.
// Both are measured in their steady state: V8 keeps compiling sitrep's few hundred functions for the first
// few hundred documents a process sees (over the first pass of the corpus a third of the CPU goes to its
// compiler threads), and a batch, a worker or a server runs for thousands. So each is first run over the
// corpus BENCH_WARMUP times (default 3), and the first of those passes, cold, is printed too. Repeating the
// same texts also flatters whatever remembers text (paragraph and name caches), so a last line times each
// half of the corpus on first sight, in a process warmed up on the other half (bench-first-sight.ts): what
// a stream of new documents gets.
// Last, the size slope: one page of 0.25, 0.5, 1, 2 and 4 MB annotated, each time against its length, and
// how much each doubling of the length multiplies the time (1.0x-2.0x is linear; the gate is 2.3x).
// Usage: BENCH_WARMUP=3 BENCH_ROUNDS=5 node dist/scripts/bench.js    (BENCH_ONLY=slope: the size slope alone)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { processDocument, type StageTimings } from '../src/pipeline.js';
import { contractLine } from '../src/contract/line.js';
import { toRawDocument } from '../src/ingest/document.js';
import { iswAndAcledNotes } from './war-news.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NEWS = join(process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared'), 'corpora', 'news');

/** One timed round: wall-clock and CPU milliseconds. */
interface Round {
  wallMs: number;
  cpuMs: number;
}

function timed(fn: () => void): Round {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const loadText = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

/** "119.3 docs/s per core (CPU time), 8.38 ms/doc; wall clock 101.2 docs/s, best round 110.0" */
function throughput(rounds: readonly Round[], docs: number): string {
  const cpu = median(rounds.map((r) => r.cpuMs));
  const wall = median(rounds.map((r) => r.wallMs));
  const bestWall = Math.min(...rounds.map((r) => r.wallMs));
  const perS = (ms: number) => (docs / (ms / 1000)).toFixed(1);
  return `${perS(cpu)} docs/s per core (CPU time, ${(cpu / docs).toFixed(2)} ms/doc); wall clock ${perS(wall)} docs/s, best round ${perS(bestWall)}`;
}

/** Sizes of the slope's page, in MB (10^6 characters). */
const SLOPE_SIZES = [0.25, 0.5, 1, 2, 4];
/** The most one doubling of a page's length may multiply its time by and still count as linear. */
const MAX_DOUBLING = 2.3;

/**
 * One page of `chars` characters from distinct war news (the news corpus, the ISW reports, the ACLED notes),
 * run together without line breaks: the worst shape for anything that scans a paragraph or a section per
 * sentence or per event. Past the distinct text it goes round again, each text numbered anew, so that no
 * paragraph cache sees a text it has seen.
 */
function slopePage(texts: readonly string[], chars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; size < chars; round++) {
    for (const t of texts) {
      const part = (round ? `(${round}) ${t}` : t).replace(/\s+/g, ' ');
      parts.push(part);
      size += part.length + 1;
      if (size >= chars) break;
    }
  }
  return parts.join(' ').slice(0, chars);
}

function sizeSlope(newsTexts: readonly string[]): void {
  const texts = [...newsTexts, ...iswAndAcledNotes(join(NEWS, '..')).map((t) => t.text)];
  // Warmed up on a page of its own, so the first size does not pay for loading and compiling.
  contractLine(processDocument(toRawDocument({ id: 'warm-up', text: slopePage(texts.slice().reverse(), 200_000) })));
  console.log(`size slope: one page without line breaks (news, ISW, ACLED notes), CPU time; linear when each doubling costs at most ${MAX_DOUBLING}x`);
  let previous: number | null = null;
  let worst = 0;
  for (const mb of SLOPE_SIZES) {
    const text = slopePage(texts, mb * 1e6);
    const round = timed(() => contractLine(processDocument(toRawDocument({ id: `slope-${mb}`, text }))));
    const growth = previous === null ? null : round.cpuMs / previous;
    if (growth !== null) worst = Math.max(worst, growth);
    console.log(`  ${String(mb).padStart(4)} MB  ${(round.cpuMs / 1000).toFixed(2).padStart(6)} CPU s  ${(round.cpuMs / 1000 / mb).toFixed(2)} s/MB${growth === null ? '' : `  x${growth.toFixed(2)} for twice the length`}`);
    previous = round.cpuMs;
  }
  console.log(`size slope: worst doubling x${worst.toFixed(2)}: ${worst <= MAX_DOUBLING ? 'linear' : `NOT linear (over ${MAX_DOUBLING}x)`}`);
}

function main(): void {
  if (!existsSync(NEWS)) {
    console.error(`bench: ${NEWS} is absent; nothing to measure`);
    return;
  }
  const texts = readdirSync(NEWS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: readFileSync(join(NEWS, f), 'utf8') }));
  if (process.env.BENCH_ONLY === 'slope') return sizeSlope(texts.map((t) => t.text));
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1e6;
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const warmup = Math.max(1, Number(process.env.BENCH_WARMUP ?? 3));

  const nlp = winkNLP(model);
  const winkOnce = () => {
    for (const t of texts) {
      const doc = nlp.readDoc(t.text);
      doc.tokens().out(nlp.its.pos);
    }
  };
  const sitrepOnce = (timings?: StageTimings) => {
    for (const t of texts) contractLine(processDocument(toRawDocument(t), timings));
  };

  const loadBefore = loadText();
  // Warm up both (model load, gazetteer, V8's compilation) before timing anything. The first pass of each
  // is timed alone, as the cold figure: it includes loading the models and the gazetteer.
  const cold = { wink: timed(winkOnce), sitrep: timed(() => sitrepOnce()) };
  for (let w = 1; w < warmup; w++) {
    winkOnce();
    sitrepOnce();
  }

  const winkRounds: Round[] = [];
  const sitrepRounds: Round[] = [];
  const timings: StageTimings = new Map();
  for (let r = 0; r < rounds; r++) {
    winkRounds.push(timed(winkOnce));
    sitrepRounds.push(timed(() => sitrepOnce(timings)));
  }
  const sitrep = median(sitrepRounds.map((r) => r.cpuMs));
  const wink = median(winkRounds.map((r) => r.cpuMs));
  const total = [...timings].filter(([k]) => !k.includes(':')).reduce((a, [, b]) => a + b, 0);
  console.log(`news corpus: ${texts.length} documents, ${mb.toFixed(2)} MB, ${rounds} rounds (median) after ${warmup} warm-up passes, one thread`);
  console.log(`system load (1/5/15 min): ${loadBefore} before, ${loadText()} after, on ${availableParallelism()} cores`);
  console.log(`sitrep annotate  ${throughput(sitrepRounds, texts.length)}`);
  console.log(`wink-nlp tag     ${throughput(winkRounds, texts.length)}`);
  console.log(`ratio            sitrep takes ${(sitrep / wink).toFixed(2)}x the CPU time of wink-nlp tokenising + tagging alone`);
  console.log(`first pass, cold (models and gazetteer loading, V8 compiling): sitrep ${throughput([cold.sitrep], texts.length)}; wink-nlp ${throughput([cold.wink], texts.length)}`);
  console.log('stage shares (wall clock):');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(20)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / rounds / mb / 1000).toFixed(3)} s/MB`);
  // The whole corpus as one page: a long page must cost about what its length costs in short ones.
  // Each paragraph numbered, so that no paragraph is one the time scan has seen in the rounds above.
  let n = 0;
  const long = { id: 'whole-corpus', text: texts.map((t) => t.text.replace(/^(?=\S)/gm, () => `(${++n}) `)).join('\n\n') };
  const longRound = timed(() => contractLine(processDocument(toRawDocument(long))));
  console.log(`one long page    the corpus as one ${mb.toFixed(2)} MB document: ${(longRound.cpuMs / 1000 / mb).toFixed(3)} CPU s/MB, ${(longRound.cpuMs / sitrep).toFixed(2)}x the cost of the same text as separate documents`);
  // First sight: each half of the corpus timed on its first pass, in a process warmed up on the other half.
  const script = fileURLToPath(new URL('./bench-first-sight.js', import.meta.url));
  const halves = [0, 1].map((half) => JSON.parse(execFileSync(process.execPath, [script, NEWS, String(half)], { encoding: 'utf8' })) as { docs: number; sitrepCpuMs: number; winkCpuMs: number });
  const sight = halves.reduce((a, h) => ({ docs: a.docs + h.docs, sitrepCpuMs: a.sitrepCpuMs + h.sitrepCpuMs, winkCpuMs: a.winkCpuMs + h.winkCpuMs }), { docs: 0, sitrepCpuMs: 0, winkCpuMs: 0 });
  const perCore = (ms: number) => (sight.docs / (ms / 1000)).toFixed(1);
  console.log(
    `first sight      sitrep ${perCore(sight.sitrepCpuMs)} docs/s per core (CPU time, ${(sight.sitrepCpuMs / sight.docs).toFixed(2)} ms/doc), wink-nlp ${perCore(sight.winkCpuMs)}, ratio ${(sight.sitrepCpuMs / sight.winkCpuMs).toFixed(2)}x: ` +
      'documents this process has never seen (each half of the corpus, after the other half, the ISW reports and the ACLED notes three times)',
  );
  sizeSlope(texts.map((t) => t.text));
  const mem = process.memoryUsage();
  console.log(`memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
}

main();
