// One half of npm run bench's first-sight figure, in a process of its own: warms sitrep and wink-nlp up on
// other war news (the other half of the news corpus, the ISW reports and the ACLED notes of ../shared), then
// times one pass of each over this half, which the process has never seen. Repeating a corpus flatters
// anything that remembers text (the timex scan's paragraph cache, name lookups, wink-nlp's token cache),
// and V8's compiled code is tuned to the texts it ran on (43 deoptimisations in a first pass over new
// documents after six passes over the other half, 2 in the second): a long-running process has seen
// thousands of different documents, which the broad warm-up stands in for.
// Prints one JSON line: { docs, sitrepCpuMs, winkCpuMs }.
// Usage: node dist/scripts/bench-first-sight.js NEWS_DIR HALF   (HALF 0: the even-numbered files, 1: the odd)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { processDocument } from '../src/pipeline.js';
import { contractLine } from '../src/contract/line.js';
import { toRawDocument } from '../src/ingest/document.js';
import { iswAndAcledNotes } from './war-news.js';

const [dir, halfArg] = process.argv.slice(2);
const half = Number(halfArg);
const texts = readdirSync(dir!)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f, text: readFileSync(join(dir!, f), 'utf8') }));
const unseen = texts.filter((_, i) => i % 2 === half);
const seen = texts.filter((_, i) => i % 2 !== half);

const otherWarNews = iswAndAcledNotes(join(dir!, '..'));
/** Warm-up rounds: each the other half of the news, the ISW reports and the ACLED notes (about 650 documents). */
const WARMUP_ROUNDS = 3;

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

for (let round = 0; round < WARMUP_ROUNDS; round++) {
  for (const docs of [seen, otherWarNews]) {
    wink(docs);
    sitrep(docs);
  }
}
// The other half last, so that the news-shaped code is what V8 has just compiled.
wink(seen);
sitrep(seen);
const winkCpuMs = cpuMs(() => wink(unseen));
const sitrepCpuMs = cpuMs(() => sitrep(unseen));
console.log(JSON.stringify({ docs: unseen.length, sitrepCpuMs, winkCpuMs }));
