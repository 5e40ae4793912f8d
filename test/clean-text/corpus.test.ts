// The cleaner and repair on the real pages in ../shared: the seed documents' labelled cleaning facts,
// and the news corpus (every file goes through, and plain articles keep nearly all their text).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, SHARED } from '../helpers/shared.js';
import { cleanText } from '../../src/clean/text/index.js';
import { repair } from '../../src/repair/index.js';
import type { RepairedDocument } from '../../src/repair/types.js';

const fold = (s: string) =>
  s.toLowerCase().replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[‐‑‒–—―−]/g, '-').replace(/\s+/g, ' ').trim();

function process(id: string, content: string): RepairedDocument {
  return repair(cleanText({ id, kind: 'text', content }));
}

interface SeedFacts {
  file: string;
  document: {
    title?: string;
    byline_contains?: string;
    body_contains?: string[];
    body_excludes?: string[];
    captions_min?: number;
    related_min?: number;
    items_min?: number;
    items?: Array<{ contains: string }>;
  };
}

describeShared('clean + repair on the seed documents', () => {
  const gold = JSON.parse(readFileSync(join(SHARED, 'seeds', 'gold.json'), 'utf8')) as { documents: SeedFacts[] };
  for (const seed of gold.documents) {
    it(`holds every cleaning fact of ${seed.file}`, () => {
      const source = readFileSync(join(SHARED, 'seeds', seed.file), 'utf8');
      const doc = process(seed.file, source);
      const facts = seed.document;
      const body = fold(doc.paragraphs.map((p) => p.text).join('\n\n'));
      if (facts.title) expect(fold(doc.title ?? '')).toBe(fold(facts.title));
      if (facts.byline_contains) expect(fold(doc.byline ?? '')).toContain(fold(facts.byline_contains));
      for (const s of facts.body_contains ?? []) expect(body).toContain(fold(s));
      for (const s of facts.body_excludes ?? []) expect(body).not.toContain(fold(s));
      expect(doc.captions.length).toBeGreaterThanOrEqual(facts.captions_min ?? 0);
      expect(doc.related.length).toBeGreaterThanOrEqual(facts.related_min ?? 0);
      expect(doc.items.length).toBeGreaterThanOrEqual(facts.items_min ?? 0);
      for (const item of facts.items ?? []) {
        expect(doc.items.some((i) => fold(i.text.text).includes(fold(item.contains)))).toBe(true);
      }
      for (const note of doc.repairs) expect(source.slice(note.start, note.end)).toBe(note.from);
    });
  }
});

describeShared('clean + repair on the news corpus', () => {
  const dir = join(SHARED, 'corpora', 'news');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').length;

  it('cleans every file and keeps nearly all the text of plain articles', () => {
    const shares: number[] = [];
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      const doc = process(f, source);
      const kept = doc.paragraphs.map((p) => p.text).join('\n\n') + (doc.title ?? '');
      shares.push(letters(kept) / Math.max(1, letters(source)));
      // Every paragraph still maps into the file it came from.
      for (const p of doc.paragraphs) {
        const span = p.toSource(0, p.length);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(source.length);
      }
      for (const note of doc.repairs) expect(source.slice(note.start, note.end)).toBe(note.from);
    }
    expect(files.length).toBeGreaterThan(100);
    const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
    expect(mean).toBeGreaterThan(0.95);
    expect(shares.filter((s) => s < 0.5).length).toBeLessThanOrEqual(2);
  });
});
