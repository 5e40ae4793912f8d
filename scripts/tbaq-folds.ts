// TempEval-3 (TBAQ) figures by document folds, so that a time rule is judged on its spread over unseen
// documents and not on the total alone (issue 17). The documents are ordered by id and dealt round-robin into
// the folds; each fold is scored by the shared scorer on its own gold files.
//
//   node dist/scripts/eval.js --only tempeval3 --keep        prints the kept directory
//   node dist/scripts/tbaq-folds.js --pred DIR/tempeval3-out.jsonl [--folds 5]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared');
const GOLD = join(SHARED, 'corpora', 'tempeval3', 'train');
const SCORER = join(SHARED, 'eval', 'score-timex.mjs');

interface FoldFigures { fold: number; documents: number; value: number; type: number; relaxed: number }

/** Deals the prediction lines into `folds` folds and scores each one. */
export function scoreFolds(predPath: string, folds: number): FoldFigures[] {
  const lines = readFileSync(predPath, 'utf8').split('\n').filter((l) => l.trim());
  const ids = lines.map((l) => (JSON.parse(l) as { id: string }).id).sort();
  const foldOf = new Map(ids.map((id, i) => [id, i % folds]));
  const work = mkdtempSync(join(tmpdir(), 'sitrep-tbaq-folds-'));
  try {
    const figures: FoldFigures[] = [];
    for (let f = 0; f < folds; f++) {
      const goldDir = join(work, `gold-${f}`);
      const mine = lines.filter((l) => foldOf.get((JSON.parse(l) as { id: string }).id) === f);
      for (const l of mine) {
        const id = (JSON.parse(l) as { id: string }).id;
        mkdirSync(dirname(join(goldDir, id)), { recursive: true });
        symlinkSync(join(GOLD, id), join(goldDir, id));
      }
      const pred = join(work, `pred-${f}.jsonl`);
      writeFileSync(pred, mine.join('\n') + '\n');
      const r = spawnSync('node', [SCORER, '--gold', goldDir, '--pred', pred], { encoding: 'utf8', maxBuffer: 1 << 28 });
      const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, { f1: number }> & { documents: number };
      figures.push({ fold: f, documents: out.documents, value: out.value!.f1, type: out.type!.f1, relaxed: out.relaxed!.f1 });
    }
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  const { values } = parseArgs({ options: { pred: { type: 'string' }, folds: { type: 'string', default: '5' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help || !values.pred) {
    console.log(`usage: node dist/scripts/tbaq-folds.js --pred DIR/tempeval3-out.jsonl [--folds N]
  --pred   the batch output on TempEval-3 train (npm run eval -- --only tempeval3 --keep prints its directory)
  --folds  how many document folds (default 5); prints value, type and relaxed F1 per fold, mean and deviation`);
    process.exit(values.help ? 0 : 2);
  }
  const figures = scoreFolds(values.pred, Number(values.folds));
  console.log('fold  docs  value_f1  type_f1  relaxed_f1');
  for (const f of figures) console.log(`${String(f.fold).padEnd(4)}  ${String(f.documents).padEnd(4)}  ${f.value.toFixed(3)}     ${f.type.toFixed(3)}    ${f.relaxed.toFixed(3)}`);
  const mean = (k: 'value' | 'type') => figures.reduce((a, f) => a + f[k], 0) / figures.length;
  const sd = (k: 'value' | 'type') => Math.sqrt(figures.reduce((a, f) => a + (f[k] - mean(k)) ** 2, 0) / (figures.length - 1));
  console.log(`mean        ${mean('value').toFixed(3)}±${sd('value').toFixed(3)}  ${mean('type').toFixed(3)}±${sd('type').toFixed(3)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
