// npm run eval: converts the ../shared dev corpora with the shared converters, runs `sitrep annotate` on
// them, calls the shared scorers and prints one table. With --check it compares every figure with the
// minimums recorded in eval/minimums.json and exits 1 if any dropped below its minimum.
//
//   npm run eval                        every corpus
//   npm run eval -- --only seeds,acled  some of them
//   npm run eval -- --check             gate (CI)
//   npm run eval -- --json FILE         also write the figures as JSON
//   npm run eval -- --rules             also print how often each named step fired per corpus (src/text/step-counts.ts)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { acledCalibration, newsCalibration, reliabilityTable } from './calibration.js';
import { writeCrossValidated } from './decision/cross-validated.js';
import { cirRowsNamingTheirPlace } from './cir-named-rows.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared');
const EVAL = join(SHARED, 'eval');
const CORPORA = join(SHARED, 'corpora');
const MINIMUMS = join(ROOT, 'eval', 'minimums.json');
const NEWS_JUDGMENTS = join(ROOT, 'eval', 'news-judgments.json');

type Figures = Record<string, number>;

interface Suite {
  name: string;
  /** Writes the batch input file; returns how many documents it holds. */
  input(path: string): void;
  /** Scores the batch output; returns named figures. */
  score(outPath: string): Figures;
}

function run(cmd: string, args: string[], opts: { stdout?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, input: opts.input, env: opts.env ?? process.env });
  if (r.status !== 0 && r.status !== 3) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${(r.stderr ?? '').slice(-2000)}`);
  }
  if (opts.stdout) writeFileSync(opts.stdout, r.stdout);
  return r.stdout;
}

/** The scorers print exactly one JSON line on stdout. */
function scorer(script: string, args: string[]): Record<string, unknown> {
  const out = run('node', [join(EVAL, script), ...args]).trim().split('\n').pop() ?? '{}';
  return JSON.parse(out) as Record<string, unknown>;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const pick = (o: Record<string, unknown>, path: string): number =>
  num(path.split('.').reduce<unknown>((a, k) => (a as Record<string, unknown> | undefined)?.[k], o));

const SUITES: Suite[] = [
  {
    name: 'seeds',
    input(path) {
      const dir = join(SHARED, 'seeds');
      const lines = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => JSON.stringify({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
      writeFileSync(path, lines.join('\n') + '\n');
    },
    score(out) {
      const r = scorer('score-seeds.mjs', ['--gold', join(SHARED, 'seeds', 'gold.json'), '--pred', out, '--quiet']);
      return { passed: num(r.passed), total: num(r.total) };
    },
  },
  {
    name: 'aeb',
    input(path) {
      run('node', [join(EVAL, 'aeb-to-jsonl.mjs'), join(CORPORA, 'aeb', 'ground-truth.json'), join(CORPORA, 'aeb', 'html')], { stdout: path });
    },
    score(out) {
      const r = scorer('score-extract.mjs', ['--gold', join(CORPORA, 'aeb', 'ground-truth.json'), '--pred', out, '--n-bootstrap', '200']);
      // False places: pages that name no Ukrainian village (issue 16 allows at most 5 on all of them; a count,
      // lower is better, so printed and held by test/places/aeb-false-places.test.ts rather than gated here).
      const inUkraine = readFileSync(out, 'utf8').split('\n').filter(Boolean)
        .flatMap((l) => (JSON.parse(l) as { places?: Array<{ country: string; kind: string }> }).places ?? [])
        .filter((p) => p.country === 'UA' && p.kind !== 'country').length;
      console.error(`aeb: ${inUkraine} place(s) lying in Ukraine found on the pages (at most 5 allowed)`);
      return { f1: num(r.f1), precision: num(r.precision), recall: num(r.recall) };
    },
  },
  {
    name: 'wcxb',
    input(path) {
      run('node', [join(EVAL, 'wcxb-to-jsonl.mjs'), join(CORPORA, 'wcxb')], { stdout: path });
    },
    score(out) {
      const r = scorer('score-meta.mjs', ['--gold', join(CORPORA, 'wcxb'), '--pred', out]);
      // The same pages' gold main_content, in AEB's shape, scored with the AEB metric.
      const bodyGold = `${out}.body-gold.json`;
      run('node', [join(EVAL, 'wcxb-body-gold.mjs'), join(CORPORA, 'wcxb')], { stdout: bodyGold });
      const body = scorer('score-extract.mjs', ['--gold', bodyGold, '--pred', out, '--n-bootstrap', '200']);
      return {
        body_f1: num(body.f1),
        body_precision: num(body.precision),
        body_recall: num(body.recall),
        title: pick(r, 'title.accuracy'),
        date: pick(r, 'date.accuracy'),
        author: pick(r, 'author.accuracy'),
        snippets_f1: pick(r, 'snippets.f1'),
      };
    },
  },
  {
    name: 'tempeval3',
    input(path) {
      run('node', [join(EVAL, 'tml-to-jsonl.mjs'), join(CORPORA, 'tempeval3', 'train')], { stdout: path });
    },
    score(out) {
      const r = scorer('score-timex.mjs', ['--gold', join(CORPORA, 'tempeval3', 'train'), '--pred', out]);
      return { value_f1: pick(r, 'value.f1'), relaxed_f1: pick(r, 'relaxed.f1'), strict_f1: pick(r, 'strict.f1'), type_f1: pick(r, 'type.f1') };
    },
  },
  {
    name: 'acled',
    input(path) {
      run('node', [join(EVAL, 'acled-to-jsonl.mjs'), join(CORPORA, 'acled', 'acled-ukraine.csv')], { stdout: path });
    },
    score(out) {
      const r = scorer('score-events.mjs', ['--gold', join(CORPORA, 'acled', 'acled-ukraine.csv'), '--pred', out]);
      return {
        coverage: num(r.coverage),
        event_type: pick(r, 'event_type.accuracy'),
        sub_event_type: pick(r, 'sub_event_type.accuracy'),
        date: pick(r, 'date.accuracy'),
        admin1: pick(r, 'admin1.accuracy'),
        within_10km: pick(r, 'within_10km.accuracy'),
        within_25km: pick(r, 'within_25km.accuracy'),
        fatalities: pick(r, 'fatalities.accuracy'),
        fatalities_gold_positive: pick(r, 'fatalities_gold_positive.accuracy'),
        ...calibrationFigures('ACLED dev, every event (right: sub-event type and day)', acledCalibration(out, join(CORPORA, 'acled', 'acled-ukraine.csv'))),
      };
    },
  },
  {
    name: 'cir',
    input(path) {
      run('node', [join(EVAL, 'acled-to-jsonl.mjs'), '--format', 'cir', join(CORPORA, 'cir', 'events.csv')], { stdout: path });
    },
    score(out) {
      const table = join(CORPORA, 'cir', 'events.csv');
      const r = scorer('score-events.mjs', ['--format', 'cir', '--gold', table, '--pred', out]);
      // The rows whose text names their own town (scripts/cir-named-rows.ts), scored by the same scorer.
      const named = cirRowsNamingTheirPlace(readFileSync(table, 'utf8'));
      const namedGold = `${out}.named-gold.csv`;
      writeFileSync(namedGold, named.csv);
      const n = scorer('score-events.mjs', ['--format', 'cir', '--gold', namedGold, '--pred', out]);
      return {
        coverage: num(r.coverage),
        date: pick(r, 'date.accuracy'),
        admin1: pick(r, 'admin1.accuracy'),
        within_10km: pick(r, 'within_10km.accuracy'),
        within_25km: pick(r, 'within_25km.accuracy'),
        named_rows: named.rows,
        named_admin1: pick(n, 'admin1.accuracy'),
        named_within_10km: pick(n, 'within_10km.accuracy'),
        named_within_25km: pick(n, 'within_25km.accuracy'),
      };
    },
  },
  {
    name: 'news',
    input(path) {
      const dir = join(CORPORA, 'news');
      const lines = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => JSON.stringify({ id: f, text: readFileSync(join(dir, f), 'utf8') }));
      writeFileSync(path, lines.join('\n') + '\n');
    },
    score(out) {
      const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { error?: unknown; events?: unknown[] });
      const judged = newsCalibration(out, NEWS_JUDGMENTS);
      for (const b of judged.bySample) console.error(`news judged sample ${b.sample}: ${b.found} found, precision ${b.precision.toFixed(3)}, AUC ${b.auc.toFixed(3)}`);
      return {
        documents: lines.length,
        ok_share: lines.filter((l) => !l.error).length / Math.max(1, lines.length),
        events_per_doc: lines.reduce((n, l) => n + (l.events?.length ?? 0), 0) / Math.max(1, lines.length),
        ...calibrationFigures(`news, ${judged.judged} events judged by hand (eval/news-judgments.json), ${judged.found} still found`, judged),
        judged_precision: judged.precision,
        judged_precision_at_half: judged.precisionAtHalf,
        judged_real_kept: judged.realKept,
      };
    },
  },
];

/**
 * A corpus coded event by event (CODEBOOK.md of news-events), scored on the learned decision's cross-validated
 * output (scripts/decision/cross-validated.ts): the figures of a decision that never saw the document, as the
 * mean over the repeated partitions (each partition's output scored by the shared scorer on its own).
 */
function codedEventsSuite(name: string, corpus: string, texts: string, gold: string): Suite {
  return {
    name,
    input(path) {
      run('node', [join(EVAL, 'news-to-jsonl.mjs'), texts], { stdout: path });
    },
    score(out) {
      const args = ['--gold', gold, '--texts', texts];
      const paths = writeCrossValidated(ROOT, SHARED, corpus, (repeat) => out.replace(/-out\.jsonl$/, `-cv${repeat}.jsonl`));
      const runs = paths.map((cv) => scorer('score-news-events.mjs', [...args, '--pred', cv]));
      const served = scorer('score-news-events.mjs', [...args, '--pred', out]);
      const mean = (read: (r: Record<string, unknown>) => number) => runs.reduce((a, r) => a + read(r), 0) / runs.length;
      const figures: Figures = { precision: mean((r) => num(r.precision)), recall: mean((r) => num(r.recall)), f1: mean((r) => num(r.f1)) };
      for (const f of ['date_within', 'date_exact', 'modality', 'source', 'place', 'admin1', 'country', 'acled_subtype', 'fatalities_gold_positive']) {
        figures[f] = mean((r) => pick(r, `fields.${f}.accuracy`));
      }
      console.error(`${name}: cross-validated over ${runs.length} partitions, f1 ${runs.map((r) => num(r.f1).toFixed(3)).join(' / ')}`);
      // The shipped model scored on the documents it was trained on: an upper bound, printed, never gated.
      console.error(`${name}: trained-on figures (not an estimate): precision ${num(served.precision).toFixed(3)}, recall ${num(served.recall).toFixed(3)}`);
      return figures;
    },
  };
}

SUITES.push(
  codedEventsSuite('news-events', 'news', join(CORPORA, 'news'), join(CORPORA, 'news-events', 'gold-dev.jsonl')),
  codedEventsSuite('isw-events', 'isw', join(CORPORA, 'isw-events', 'texts'), join(CORPORA, 'isw-events', 'gold-dev.jsonl')),
);

/** The figures read from one score-news-events.mjs answer, each under `prefix`. */
function codedFigures(r: Record<string, unknown>, prefix = ''): Figures {
  const figures: Figures = { [`${prefix}precision`]: num(r.precision), [`${prefix}recall`]: num(r.recall), [`${prefix}f1`]: num(r.f1) };
  for (const f of ['date_within', 'place', 'admin1', 'country', 'source', 'fatalities_gold_positive']) figures[`${prefix}${f}`] = pick(r, `fields.${f}.accuracy`);
  return figures;
}

/**
 * Telegram posts in Ukrainian and Russian coded as news-events. No learned decision has seen them, so the
 * served output is scored as it is; each language is also scored on its own posts (file names carry _uk_/_ru_).
 */
function telegramEventsSuite(name: string, dir: string): Suite {
  const texts = join(dir, 'texts');
  const gold = join(dir, 'gold-dev.jsonl');
  const ofLanguage = (file: string, lang: string, key: 'doc' | 'id', out: string): string => {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    writeFileSync(out, lines.filter((l) => String((JSON.parse(l) as Record<string, unknown>)[key]).includes(`_${lang}_`)).join('\n') + '\n');
    return out;
  };
  return {
    name,
    input(path) {
      run('node', [join(EVAL, 'news-to-jsonl.mjs'), texts], { stdout: path });
    },
    score(out) {
      const figures: Figures = codedFigures(scorer('score-news-events.mjs', ['--gold', gold, '--texts', texts, '--pred', out]));
      for (const lang of ['ru', 'uk']) {
        const langGold = ofLanguage(gold, lang, 'doc', out.replace(/-out\.jsonl$/, `-${lang}-gold.jsonl`));
        const langPred = ofLanguage(out, lang, 'id', out.replace(/-out\.jsonl$/, `-${lang}-out.jsonl`));
        const r = scorer('score-news-events.mjs', ['--gold', langGold, '--texts', texts, '--pred', langPred]);
        Object.assign(figures, codedFigures(r, `${lang}_`));
      }
      return figures;
    },
  };
}

SUITES.push(telegramEventsSuite('telegram-events', join(CORPORA, 'telegram-events')));

/** Prints the reliability table; the gate keeps 1 - ECE (higher is better, like every figure) and the AUC. */
function calibrationFigures(title: string, r: ReturnType<typeof acledCalibration>): Figures {
  console.error(reliabilityTable(`calibration, ${title}`, r));
  return { calibration: 1 - r.ece, confidence_auc: r.auc };
}

function main(): number {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, check: { type: 'boolean' }, json: { type: 'string' }, keep: { type: 'boolean' }, rules: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(`usage: npm run eval -- [--only SUITE,...] [--check] [--json FILE] [--keep] [--rules]
  --only    score only these suites (${SUITES.map((s) => s.name).join(', ')})
  --check   compare every figure with eval/minimums.json; exit 1 if any is below its minimum
  --json    also write the figures to FILE as JSON
  --keep    keep the batch input and output files (their directory is printed)
  --rules   also print how often each named step fired per suite`);
    return 0;
  }
  if (!existsSync(EVAL)) {
    console.error(`eval: ${SHARED} is not there; nothing to score`);
    return values.check ? 1 : 0;
  }
  const only = values.only ? new Set(values.only.split(',')) : null;
  const unknown = [...(only ?? [])].filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length) {
    console.error(`eval: unknown suite(s) ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const results: Record<string, Figures> = {};
  const rows: string[][] = [];
  const steps: Record<string, Record<string, number>> = {};
  try {
    for (const suite of SUITES.filter((s) => !only || only.has(s.name))) {
      const input = join(tmp, `${suite.name}-in.jsonl`);
      const output = join(tmp, `${suite.name}-out.jsonl`);
      suite.input(input);
      const docs = readFileSync(input, 'utf8').split('\n').filter(Boolean).length;
      const t0 = performance.now();
      const counts = join(tmp, `${suite.name}-steps.json`);
      run('node', [join(ROOT, 'bin', 'sitrep.js'), 'annotate', '--input', input, '--output', output, '--quiet'], {
        env: values.rules ? { ...process.env, SITREP_STEP_COUNTS: counts } : process.env,
      });
      const seconds = (performance.now() - t0) / 1000;
      if (values.rules && existsSync(counts)) steps[suite.name] = JSON.parse(readFileSync(counts, 'utf8')) as Record<string, number>;
      const figures = { ...suite.score(output), docs_per_s: docs / seconds };
      results[suite.name] = figures;
      for (const [k, v] of Object.entries(figures)) rows.push([suite.name, k, fmt(v)]);
      console.error(`eval: ${suite.name} done (${docs} documents, ${seconds.toFixed(1)} s)`);
    }
  } finally {
    if (!values.keep) rmSync(tmp, { recursive: true, force: true });
    else console.error(`eval: kept ${tmp}`);
  }

  const minimums = existsSync(MINIMUMS) ? (JSON.parse(readFileSync(MINIMUMS, 'utf8')) as Record<string, Figures>) : {};
  const failures: string[] = [];
  const table = [['suite', 'figure', 'value', 'minimum', '']];
  for (const [suite, k, v] of rows) {
    const min = minimums[suite!]?.[k!];
    const value = results[suite!]![k!]!;
    const below = min !== undefined && !(value >= min);
    if (below) failures.push(`${suite}.${k} = ${fmt(value)} < ${fmt(min)}`);
    table.push([suite!, k!, v!, min === undefined ? '' : fmt(min), below ? 'BELOW' : '']);
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
  if (values.rules) printSteps(steps);
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
  if (values.check) {
    // Every suite with recorded minimums must have run: a gate that silently skips is no gate.
    for (const suite of Object.keys(minimums)) {
      if ((!only || only.has(suite)) && !results[suite]) failures.push(`${suite} has minimums but did not run`);
    }
    if (failures.length) {
      console.error(`eval: ${failures.length} figure(s) below the minimum in eval/minimums.json:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    console.error('eval: every figure is at or above its recorded minimum');
  }
  return 0;
}

/**
 * How often each named step fired on each corpus (the docs_per_s of a --rules run includes the counting).
 * A step that fired once or never in all of them is marked: a rule for one row, or one that no longer fires.
 */
function printSteps(steps: Record<string, Record<string, number>>): void {
  const suites = Object.keys(steps);
  const names = [...new Set(suites.flatMap((s) => Object.keys(steps[s]!)))].sort();
  const table = [['stage', 'step', ...suites, '']];
  for (const name of names) {
    const [stage, step] = name.split('\t');
    const n = suites.map((s) => steps[s]![name] ?? 0);
    const total = n.reduce((a, b) => a + b, 0);
    table.push([stage!, step!, ...n.map(String), total <= 1 ? 'RARE' : '']);
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  console.log('\nsteps fired, per corpus (--rules):');
  for (const r of table) console.log(r.map((c, i) => (i >= 2 && i < r.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd());
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

process.exitCode = main();
