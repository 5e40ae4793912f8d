// Against the shared data: the seed documents' labelled entity facts, and invariants over the news corpus.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, SHARED } from '../helpers/shared.js';
import { entitiesFor } from './build.js';

const fold = (s: string) => s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

interface GoldEntity {
  mentions: string[];
  canonical_contains: string;
}

describeShared('entities on the seed documents', () => {
  const gold = JSON.parse(readFileSync(join(SHARED, 'seeds', 'gold.json'), 'utf8')) as {
    documents: Array<{ id: string; file: string; entities: GoldEntity[] }>;
  };
  for (const doc of gold.documents) {
    it(`${doc.id}: every labelled entity is found with one canonical name`, () => {
      const built = entitiesFor(readFileSync(join(SHARED, 'seeds', doc.file), 'utf8'));
      for (const g of doc.entities) {
        const found = g.mentions.map((m) => built.all.find((e) => fold(e.text) === fold(m)));
        expect(found.every(Boolean), `${g.mentions.join(' / ')} found`).toBe(true);
        expect(new Set(found.map((e) => e!.id)).size, `${g.mentions.join(' / ')} share one id`).toBe(1);
        expect(fold(found[0]!.canonical)).toContain(g.canonical_contains);
      }
    });
  }
});

describeShared('entities on the news corpus', () => {
  const dir = join(SHARED, 'corpora', 'news');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 60);
  const docs = files.map((f) => entitiesFor(readFileSync(join(dir, f), 'utf8')));

  it('keeps spans exact, one canonical per id, and no overlaps', () => {
    const canonicalOf = new Map<string, string>();
    for (const d of docs) {
      canonicalOf.clear();
      for (const s of d.sections) {
        let lastEnd = -1;
        for (const e of s.entities) {
          expect(s.section.text.text.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = e.end;
          const seen = canonicalOf.get(e.id);
          if (seen) expect(e.canonical).toBe(seen);
          canonicalOf.set(e.id, e.canonical);
        }
      }
    }
  });

  it('finds actors in most articles and tags no calendar words or platforms as people', () => {
    const withEntities = docs.filter((d) => d.all.length > 0).length;
    expect(withEntities / docs.length).toBeGreaterThan(0.8);
    const bad = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Telegram|Facebook|Twitter|Ukraine|Russia)$/;
    const people = docs.flatMap((d) => d.all.filter((e) => e.type === 'PERSON'));
    expect(people.length).toBeGreaterThan(docs.length);
    expect(people.filter((e) => bad.test(e.text))).toEqual([]);
  });
});
