// Regression floors on the shared dev corpora (read at test time, never copied into the repo).
import { it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describeShared, SHARED } from '../helpers/shared.js';
import { cleanHtml } from '../../src/clean/html/index.js';

const page = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

/** 4-token shingles as a multiset, the way the extraction scorer counts them. */
function shingles(text: string): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  const add = (k: string): void => void out.set(k, (out.get(k) ?? 0) + 1);
  if (tokens.length > 0 && tokens.length < 4) add(tokens.join(' '));
  for (let i = 0; i + 4 <= tokens.length; i++) add(tokens.slice(i, i + 4).join(' '));
  return out;
}

function precisionRecall(gold: string, pred: string): [number, number] {
  const g = shingles(gold);
  const p = shingles(pred);
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (const [k, n] of p) {
    np += n;
    tp += Math.min(n, g.get(k) ?? 0);
  }
  for (const n of g.values()) ng += n;
  if (np === 0 && ng === 0) return [1, 1];
  if (np === 0 || ng === 0) return [0, 0];
  return [tp / np, tp / ng];
}

describeShared('cleanHtml on the AEB dev pages', () => {
  it('extracts article bodies with F1 of at least 0.97', () => {
    const dir = join(SHARED, 'corpora', 'aeb');
    const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
    let sumP = 0;
    let sumR = 0;
    const ids = Object.keys(gold);
    for (const id of ids) {
      const doc = cleanHtml({ id, kind: 'html', content: page(join(dir, 'html', `${id}.html.gz`)), url: gold[id]!.url ?? '' });
      const [p, r] = precisionRecall(gold[id]!.articleBody, doc.paragraphs.map((x) => x.text).join('\n\n'));
      sumP += p;
      sumR += r;
    }
    const P = sumP / ids.length;
    const R = sumR / ids.length;
    expect((2 * P * R) / (P + R)).toBeGreaterThanOrEqual(0.97);
  });
});

describeShared('cleanHtml metadata on the WCXB dev pages', () => {
  it('gets titles and publication days right on most pages', () => {
    const dir = join(SHARED, 'corpora', 'wcxb');
    const bare = (s: unknown): string =>
      String(s ?? '').normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d«»]/g, '"')
        .replace(/[\u2010-\u2015]/g, '-').replace(/\s+/g, ' ').trim().replace(/[\s.:;,!?|\-–—]+$/u, '');
    let titles = 0;
    let titleOk = 0;
    let dates = 0;
    let dateOk = 0;
    for (const f of readdirSync(join(dir, 'ground-truth')).filter((x) => x.endsWith('.json'))) {
      const id = f.slice(0, -5);
      const truth = JSON.parse(readFileSync(join(dir, 'ground-truth', f), 'utf8')) as { url?: string; ground_truth: { title?: string; publish_date?: string } };
      const doc = cleanHtml({ id, kind: 'html', content: page(join(dir, 'html', `${id}.html.gz`)), url: truth.url ?? '' });
      const g = truth.ground_truth;
      if (g.title) {
        titles++;
        if (bare(doc.title) === bare(g.title)) titleOk++;
      }
      if (/^\d{4}-\d{2}-\d{2}$/.test(g.publish_date ?? '')) {
        dates++;
        if ((doc.published ?? '').slice(0, 10) === g.publish_date) dateOk++;
      }
    }
    expect(titleOk / titles).toBeGreaterThanOrEqual(0.88);
    expect(dateOk / dates).toBeGreaterThanOrEqual(0.89);
  });
});
