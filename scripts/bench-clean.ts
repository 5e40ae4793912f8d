// Speed of HTML cleaning on the AEB dev pages, side by side: sitrep's cleanHtml (as it runs in a batch, and
// with its memory of class-name verdicts cleared before each page), Mozilla Readability on jsdom and on
// linkedom, and htmlparser2's parseDocument alone (the floor). Each method runs alone (so the
// garbage jsdom leaves is not collected on another method's clock), warmed up first, and each page keeps
// its fastest of several rounds. Wall-clock and process CPU time are both reported: on a shared machine
// CPU time is the steadier of the two, since waiting for a core does not count.
// Usage: node dist/scripts/bench-clean.js [html-dir] [--rounds N] [--json]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { cleanHtml } from '../src/clean/html/index.js';
import { forgetClassVerdicts } from '../src/clean/html/chrome.js';
import { SitrepError, ERROR_CODES } from '../src/errors.js';

interface Method {
  name: string;
  run(html: string, url: string): unknown;
}

const quiet = new VirtualConsole();

const METHODS: readonly Method[] = [
  { name: 'htmlparser2 parse only', run: (html) => parseDocument(html) },
  { name: 'sitrep cleanHtml', run: (html, url) => cleanHtml({ id: 'bench', kind: 'html', content: html, url }) },
  // cleanHtml remembers class-name verdicts across pages; this row times every page as a first visit.
  {
    name: 'sitrep, first visit',
    run: (html, url) => {
      forgetClassVerdicts();
      return cleanHtml({ id: 'bench', kind: 'html', content: html, url });
    },
  },
  {
    name: 'readability + linkedom',
    run: (html) => {
      const { document } = parseHTML(html);
      return new Readability(document as unknown as Document).parse();
    },
  },
  {
    name: 'readability + jsdom',
    run: (html, url) => {
      const dom = new JSDOM(html, { url, virtualConsole: quiet });
      const out = new Readability(dom.window.document).parse();
      dom.window.close();
      return out;
    },
  },
];

function main(argv: string[]): void {
  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const roundsAt = argv.indexOf('--rounds');
  const dir = argv.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ?? join(projectRoot, '..', 'shared', 'corpora', 'aeb', 'html');
  const rounds = roundsAt >= 0 ? Number(argv[roundsAt + 1]) : 3;
  if (!existsSync(dir)) throw new SitrepError(ERROR_CODES.UNREADABLE, `no page folder at ${dir}`);
  if (!Number.isInteger(rounds) || rounds < 1) throw new SitrepError(ERROR_CODES.USAGE, '--rounds takes a positive integer');
  const pages = readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz') || f.endsWith('.html'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      return { html: (f.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), url: `https://example.org/${f}` };
    });
  if (pages.length === 0) throw new SitrepError(ERROR_CODES.EMPTY, `no .html or .html.gz pages in ${dir}`);

  const best = METHODS.map(() => new Float64Array(pages.length).fill(Infinity));
  const bestCpu = METHODS.map(() => new Float64Array(pages.length).fill(Infinity));
  METHODS.forEach((m, k) => {
    for (const p of pages) m.run(p.html, p.url); // warm-up (JIT)
    for (let r = 0; r < rounds; r++) {
      pages.forEach((p, i) => {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        m.run(p.html, p.url);
        const ms = performance.now() - t0;
        const c = process.cpuUsage(c0);
        best[k]![i] = Math.min(best[k]![i]!, ms);
        bestCpu[k]![i] = Math.min(bestCpu[k]![i]!, (c.user + c.system) / 1000);
      });
    }
  });
  const table = (label: string, times: Float64Array[]): { lines: string[]; stats: Array<{ name: string; median: number; p95: number }> } => {
    const stats = METHODS.map((m, k) => ({ name: m.name, median: quantile(times[k]!, 0.5), p95: quantile(times[k]!, 0.95) }));
    const parse = stats[0]!;
    const sitrep = stats[1]!;
    const lines = [
      `${label.padEnd(26)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)} ${'median ×parse'.padStart(14)} ${'sitrep speed-up'.padStart(16)}`,
      ...stats.map(
        (s) =>
          `${s.name.padEnd(26)} ${s.median.toFixed(2).padStart(10)} ${s.p95.toFixed(2).padStart(10)} ${(s.median / parse.median).toFixed(2).padStart(14)} ${(s.median / sitrep.median).toFixed(1).padStart(15)}×`,
      ),
    ];
    return { lines, stats };
  };
  const wall = table('wall clock', best);
  const cpu = table('process CPU time', bestCpu);
  const out = [`bench-clean: ${pages.length} pages from ${dir}, best of ${rounds} rounds per page`, ...wall.lines, '', ...cpu.lines];
  process.stdout.write(out.join('\n') + '\n');
  if (argv.includes('--json')) process.stdout.write(JSON.stringify({ pages: pages.length, rounds, wall: wall.stats, cpu: cpu.stats }) + '\n');
}

function quantile(values: Float64Array, q: number): number {
  const sorted = Float64Array.from(values).sort();
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

main(process.argv.slice(2));
