// Pages where sitrep's body fails and Mozilla Readability does not: for AEB and the WCXB article pages (dev
// split), every page whose sitrep body scores below page F1 0.5 while Readability's scores above 0.8, both
// scored by the shared extraction scorer (same shingle metric). The catastrophic pages issue 17 asks to rule
// out; an empty list is the aim.
//
//   node dist/scripts/versus-readability.js                 both corpora, runs `sitrep annotate` itself
//   node dist/scripts/versus-readability.js --only wcxb --pred out.jsonl   score an existing batch output
//   ... --below 0.5 --above 0.8 --json FILE                  thresholds; also write the lists as JSON
//   ... --cache DIR                                          keep Readability's texts there and reuse them
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { decodeHTML } from 'entities';
import { JSDOM, VirtualConsole } from 'jsdom';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env.SITREP_SHARED ?? join(ROOT, '..', 'shared');
const EVAL = join(SHARED, 'eval');
const CORPORA = join(SHARED, 'corpora');

interface Corpus {
  name: string;
  /** Writes the batch input (id, html, url per line). */
  input(path: string): void;
  /** Writes the gold bodies in AEB's shape; returns the path. */
  gold(tmp: string): string;
}

const CORPUS_LIST: readonly Corpus[] = [
  {
    name: 'aeb',
    input: (path) => run('node', [join(EVAL, 'aeb-to-jsonl.mjs'), join(CORPORA, 'aeb', 'ground-truth.json'), join(CORPORA, 'aeb', 'html')], path),
    gold: () => join(CORPORA, 'aeb', 'ground-truth.json'),
  },
  {
    name: 'wcxb',
    input: (path) => run('node', [join(EVAL, 'wcxb-to-jsonl.mjs'), join(CORPORA, 'wcxb')], path),
    gold: (tmp) => {
      const path = join(tmp, 'wcxb-body-gold.json');
      run('node', [join(EVAL, 'wcxb-body-gold.mjs'), join(CORPORA, 'wcxb')], path);
      return path;
    },
  },
];

function run(cmd: string, args: string[], stdoutTo?: string): string {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 3) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}\n${(r.stderr ?? '').slice(-2000)}`);
  if (stdoutTo) writeFileSync(stdoutTo, r.stdout);
  return r.stderr ?? '';
}

const quiet = new VirtualConsole();

/** Block ends become line breaks, so words of adjacent paragraphs do not run together into one token. */
const BLOCK_END = /<\/(?:p|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|pre|section|article|header|footer|figure|figcaption|dd|dt)>|<br\s*\/?>/gi;

/** Readability's article text for one page, or '' when it finds none. */
function readabilityText(html: string, url: string | undefined): string {
  const dom = new JSDOM(html, { url: url && URL.canParse(url) ? url : 'https://example.invalid/', virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    if (!article?.content) return '';
    return decodeHTML(article.content.replace(BLOCK_END, '\n').replace(/<[^>]*>/g, ' ')).replace(/[ \t]+/g, ' ').trim();
  } catch {
    return '';
  } finally {
    dom.window.close();
  }
}

/** Readability's text of every page of a batch input, in the scorer's gold shape. */
function readabilityBodies(input: string): Record<string, { articleBody: string }> {
  const out: Record<string, { articleBody: string }> = {};
  for (const line of readFileSync(input, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const page = JSON.parse(line) as { id: string; html: string; url?: string };
    out[page.id] = { articleBody: readabilityText(page.html, page.url) };
  }
  return out;
}

/** Page F1 by id, read from the scorer's --worst listing (every page). */
function pageScores(gold: string, pred: string): Map<string, number> {
  const stderr = run('node', [join(EVAL, 'score-extract.mjs'), '--gold', gold, '--pred', pred, '--n-bootstrap', '1', '--worst', '100000']);
  const out = new Map<string, number>();
  for (const line of stderr.split('\n')) {
    const m = /^(\S+)\s+(\d\.\d+)\s+\d\.\d+\s+\d\.\d+\s*$/.exec(line);
    if (m) out.set(m[1]!, Number(m[2]));
  }
  return out;
}

export interface Miss {
  corpus: string;
  id: string;
  sitrep: number;
  readability: number;
}

function main(): number {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, pred: { type: 'string' }, below: { type: 'string' }, above: { type: 'string' }, json: { type: 'string' }, cache: { type: 'string' } },
  });
  const below = Number(values.below ?? 0.5);
  const above = Number(values.above ?? 0.8);
  const only = values.only ? new Set(values.only.split(',')) : null;
  const corpora = CORPUS_LIST.filter((c) => !only || only.has(c.name));
  if (values.pred && corpora.length !== 1) {
    console.error('versus-readability: --pred needs --only with one corpus');
    return 2;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'sitrep-versus-'));
  const misses: Miss[] = [];
  try {
    for (const corpus of corpora) {
      const input = join(tmp, `${corpus.name}-in.jsonl`);
      corpus.input(input);
      const gold = corpus.gold(tmp);
      let pred = values.pred;
      if (!pred) {
        pred = join(tmp, `${corpus.name}-out.jsonl`);
        run('node', [join(ROOT, 'bin', 'sitrep.js'), 'annotate', '--input', input, '--output', pred, '--quiet']);
      }
      if (values.cache) mkdirSync(values.cache, { recursive: true });
      const theirsPath = join(values.cache ?? tmp, `${corpus.name}-readability.json`);
      if (!existsSync(theirsPath)) writeFileSync(theirsPath, JSON.stringify(readabilityBodies(input)));
      const ours = pageScores(gold, pred);
      const reference = pageScores(gold, theirsPath);
      const found = [...ours].filter(([id, f]) => f < below && (reference.get(id) ?? 0) > above);
      for (const [id, f] of found) misses.push({ corpus: corpus.name, id, sitrep: f, readability: reference.get(id)! });
      const mean = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0) / Math.max(1, m.size);
      console.log(`${corpus.name}: ${ours.size} pages, mean page F1 sitrep ${mean(ours).toFixed(3)}, Readability ${mean(reference).toFixed(3)}; ` +
        `sitrep < ${below} where Readability > ${above}: ${found.length}`);
      for (const [id, f] of found) console.log(`  ${id}  sitrep ${f.toFixed(3)}  readability ${reference.get(id)!.toFixed(3)}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(misses, null, 2) + '\n');
  return 0;
}

process.exitCode = main();
