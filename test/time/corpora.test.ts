// Against real data in ../shared: the seed documents' time facts and a slice of TempEval-3.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, SHARED } from '../helpers/shared.js';
import { clean } from '../../src/clean/index.js';
import { repair } from '../../src/repair/index.js';
import { dateDocument } from '../../src/dating/index.js';
import { english } from '../../src/lang/en/index.js';
import { sectionsOf } from '../../src/annotate/index.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { findTimexes } from '../../src/annotate/time/index.js';
import type { Timex } from '../../src/annotate/types.js';
import { timexesOf } from './helpers.js';

const fold = (s: string) => s.toLowerCase().replace(/[\s\u2018\u2019'"]+/g, ' ').trim();

describeShared('seed documents: time facts', () => {
  const gold = JSON.parse(readFileSync(join(SHARED, 'seeds', 'gold.json'), 'utf8')) as {
    documents: Array<{ file: string; timexes: Array<{ text: string; value: string }>; document: { published?: { between: string[] }; items?: Array<{ contains: string; date_between: string[] }> } }>;
  };
  for (const g of gold.documents) {
    it(`${g.file}: every labelled timex, the page date and the feed items' dates`, () => {
      const text = readFileSync(join(SHARED, 'seeds', g.file), 'utf8');
      const doc = dateDocument(repair(clean({ id: g.file, kind: 'text', content: text })), english.findDates);
      const [from, to] = g.document.published!.between as [string, string];
      expect(doc.published!.slice(0, 10) >= from && doc.published!.slice(0, 10) <= to).toBe(true);
      for (const item of g.document.items ?? []) {
        const [a, b] = item.date_between as [string, string];
        const dated = doc.items.find((x) => fold(x.text.text).includes(fold(item.contains)));
        expect(dated?.time, item.contains).toBeTruthy();
        expect(dated!.time!.slice(0, 10) >= a && dated!.time!.slice(0, 10) <= b, `${item.contains}: ${dated!.time}`).toBe(true);
      }
      const found: Timex[] = sectionsOf(doc).flatMap((s) => findTimexes(s, splitSentences(s.text.text)));
      for (const t of g.timexes) {
        const hit = found.some((x) => (fold(x.text).includes(fold(t.text)) || fold(t.text).includes(fold(x.text))) && x.value === t.value);
        expect(hit, `${t.text} = ${t.value}; found ${found.map((x) => `${x.text}=${x.value}`).join(', ')}`).toBe(true);
      }
    });
  }
});

interface GoldLine { id: string; timexes: Array<{ start: number; end: number; value: string }> }

describeShared('TempEval-3 train (every third document)', () => {
  it('keeps relaxed F1 and value F1 near the measured level', () => {
    const dir = join(SHARED, 'corpora', 'tempeval3', 'train');
    const tmp = join(process.env.TMPDIR ?? '/tmp', `te3-gold-${process.pid}.jsonl`);
    const input = execFileSync(process.execPath, [join(SHARED, 'eval', 'tml-to-jsonl.mjs'), dir, '--gold-out', tmp], { encoding: 'utf8', maxBuffer: 64e6, stdio: ['ignore', 'pipe', 'ignore'] });
    const docs = input.trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; published?: string });
    const gold = new Map(readFileSync(tmp, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as GoldLine).map((g) => [g.id, g.timexes]));
    rmSync(tmp, { force: true });
    let predicted = 0, goldCount = 0, matched = 0, valued = 0;
    docs.filter((_, i) => i % 3 === 0).forEach((d) => {
      const pred = timexesOf(d.text, d.published ?? null);
      const g = gold.get(d.id) ?? [];
      predicted += pred.length;
      goldCount += g.length;
      const used = new Set<number>();
      for (const x of g) {
        const k = pred.findIndex((p, i) => !used.has(i) && p.start < x.end && x.start < p.end);
        if (k < 0) continue;
        used.add(k);
        matched++;
        if (pred[k]!.value === x.value) valued++;
      }
    });
    const f1 = (c: number) => (2 * c) / (predicted + goldCount);
    expect(f1(matched)).toBeGreaterThan(0.9);
    expect(f1(valued)).toBeGreaterThan(0.78);
  });
});
