// One half of npm run bench's first-sight figure, in a process of its own: warms sitrep and wink-nlp up on
// the other half of the news corpus (six passes), then times one pass of each over this half, which the
// process has never seen. Repeating a corpus flatters anything that remembers text (the timex scan's
// paragraph cache, name lookups, wink-nlp's token cache); a stream of new documents meets them once.
// Prints one JSON line: { docs, sitrepCpuMs, winkCpuMs }.
// Usage: node dist/scripts/bench-first-sight.js NEWS_DIR HALF   (HALF 0: the even-numbered files, 1: the odd)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { processDocument } from '../src/pipeline.js';
import { contractLine } from '../src/edges/contract.js';
import { toRawDocument } from '../src/ingest/document.js';

const [dir, halfArg] = process.argv.slice(2);
const half = Number(halfArg);
const texts = readdirSync(dir!)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(dir!, f), 'utf8') }));
const unseen = texts.filter((_, i) => i % 2 === half);
const seen = texts.filter((_, i) => i % 2 !== half);

/** Passes over the other half first: about 500 documents, as many as V8 takes to compile sitrep's hot code. */
const WARMUP_PASSES = 6;

const nlp = winkNLP(model);
const wink = (docs: typeof texts) => {
  for (const t of docs) nlp.readDoc(t.text).tokens().out(nlp.its.pos);
};
const sitrep = (docs: typeof texts) => {
  for (const t of docs) contractLine(processDocument(toRawDocument(t)));
};
const cpuMs = (fn: () => void) => {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

for (let pass = 0; pass < WARMUP_PASSES; pass++) {
  wink(seen);
  sitrep(seen);
}
const winkCpuMs = cpuMs(() => wink(unseen));
const sitrepCpuMs = cpuMs(() => sitrep(unseen));
console.log(JSON.stringify({ docs: unseen.length, sitrepCpuMs, winkCpuMs }));
