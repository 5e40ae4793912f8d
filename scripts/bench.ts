// npm run bench: annotate throughput on ../shared/corpora/news, each stage's share of the time, and the
// anchor run side by side in this same process: wink-nlp's own tokenising + POS tagging of the same texts.
// Figures are ratios against that anchor, so they mean the same on a slow or a busy machine.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { processDocument, type StageTimings } from '../src/pipeline.js';
import { contractLine } from '../src/edges/contract.js';
import { toRawDocument } from '../src/ingest/document.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NEWS = join(process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared'), 'corpora', 'news');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
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
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0) / 1e6;
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

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

  // Warm up both (model load, JIT, gazetteer) before timing anything.
  winkOnce();
  sitrepOnce();

  const winkMs: number[] = [];
  const sitrepMs: number[] = [];
  const timings: StageTimings = new Map();
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    winkOnce();
    winkMs.push(performance.now() - t0);
    t0 = performance.now();
    sitrepOnce(timings);
    sitrepMs.push(performance.now() - t0);
  }
  const sitrep = median(sitrepMs);
  const wink = median(winkMs);
  const total = [...timings].filter(([k]) => !k.includes(':')).reduce((a, [, b]) => a + b, 0);
  console.log(`news corpus: ${texts.length} documents, ${mb.toFixed(2)} MB, ${rounds} rounds (median)`);
  console.log(`sitrep annotate  ${(texts.length / (sitrep / 1000)).toFixed(1)} docs/s on one core (${(sitrep / texts.length).toFixed(2)} ms/doc)`);
  console.log(`wink-nlp tag     ${(texts.length / (wink / 1000)).toFixed(1)} docs/s on one core (${(wink / texts.length).toFixed(2)} ms/doc)`);
  console.log(`ratio            sitrep takes ${(sitrep / wink).toFixed(2)}x the time of wink-nlp tokenising + tagging alone`);
  console.log('stage shares:');
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(20)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / rounds / mb / 1000).toFixed(3)} s/MB`);
  const mem = process.memoryUsage();
  console.log(`memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
}

main();
