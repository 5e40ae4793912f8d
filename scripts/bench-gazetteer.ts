// npm run bench (first part): the gazetteer's cold start and lookups. Run in a fresh process so that the load is
// really cold: time and memory to be ready, then name lookups per second on the capitalised words of the news
// corpus (most are not places: a lookup must be cheap when it finds nothing, too).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteer } from '../src/annotate/places/gazetteer.js';
import { resolvePlaceName } from '../src/annotate/places/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NEWS = join(process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared'), 'corpora', 'news');

/** The budget for a cold gazetteer: ready in under 300 ms and 150 MB. */
const BUDGET = { ms: 300, mb: 150 };

/**
 * The anchor, run in the same process just before: parsing a fixed 4 MB JSON of 40,000 small rows, the
 * kind of work a load is. On a shared machine the load's milliseconds move with the other jobs; the ratio
 * to the anchor moves much less.
 */
function anchorMs(): number {
  const rows = Array.from({ length: 40_000 }, (_, i) => [i, `Place ${i}`, 48 + (i % 100) / 100, 30 + (i % 77) / 77, 'UA', String(i % 27), 'PPL', i * 7, ['Alt', `Name ${i}`]]);
  const text = JSON.stringify(rows);
  const t0 = performance.now();
  JSON.parse(text);
  return performance.now() - t0;
}

function main(): void {
  const anchor = anchorMs();
  const before = process.memoryUsage();
  const t0 = performance.now();
  gazetteer();
  const loadMs = performance.now() - t0;
  const after = process.memoryUsage();
  const rssMb = (after.rss - before.rss) / 1e6;
  const heapMb = (after.heapUsed - before.heapUsed) / 1e6;
  const within = loadMs < BUDGET.ms && rssMb < BUDGET.mb ? 'within' : 'OVER';
  console.log(`gazetteer        ready in ${loadMs.toFixed(0)} ms, +${rssMb.toFixed(0)} MB RSS (+${heapMb.toFixed(0)} MB heap), cold, in a fresh process: ${within} the ${BUDGET.ms} ms / ${BUDGET.mb} MB budget`);
  console.log(`gazetteer        anchor (JSON.parse of 40,000 small rows) ${anchor.toFixed(0)} ms: load = ${(loadMs / anchor).toFixed(1)} anchors`);

  if (!existsSync(NEWS)) return;
  const names = readdirSync(NEWS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(NEWS, f), 'utf8').match(/\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?/gu) ?? []);
  // The first pass meets every name cold (indexes and caches fill as a long run's would); the second is warm.
  let found = 0;
  const t1 = performance.now();
  for (const n of names) if (resolvePlaceName(n)) found++;
  const coldMs = performance.now() - t1;
  const t2 = performance.now();
  for (const n of names) resolvePlaceName(n);
  const warmMs = performance.now() - t2;
  const rss = (process.memoryUsage().rss - before.rss) / 1e6;
  const perS = (ms: number) => (names.length / (ms / 1000)).toFixed(0);
  console.log(`gazetteer lookup ${names.length} capitalised words of the news corpus (${found} resolve): ${perS(coldMs)} lookups/s cold, ${perS(warmMs)} warm; +${rss.toFixed(0)} MB RSS in all`);
}

main();
