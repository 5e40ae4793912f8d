// The section's timex index (SectionTimexes) answers what the scan over every timex of the paragraph
// answered, for any layout of timexes: overlapping ones, ones across a sentence start, ones that give no
// date. Compared on random layouts against the scan it replaced, written out here.
import { describe, expect, it } from 'vitest';
import type { Sentence, Timex } from '../../src/annotate/types.js';
import { SectionTimexes, precisionOf } from '../../src/events/args/date.js';

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const VALUES = ['2024-03-04', '2024-W10', '2024-03', '2024', 'P3D', 'PRESENT_REF', 'XXXX-XX-XX'];
const TYPES: Timex['type'][] = ['DATE', 'TIME', 'DURATION', 'SET'];

function layout(seed: number): Timex[] {
  const next = random(seed);
  const out: Timex[] = [];
  for (let i = 0, n = Math.floor(next() * 40); i < n; i++) {
    const start = Math.floor(next() * 500);
    const end = start + 1 + Math.floor(next() * 30);
    out.push({ start, end, text: `t${i}`, type: TYPES[Math.floor(next() * TYPES.length)]!, value: VALUES[Math.floor(next() * VALUES.length)]! });
  }
  return out;
}

/** What dateEvent computed before the index: the last datable timex of the paragraph before the sentence. */
function scannedCarry(sorted: readonly Timex[], paragraphStart: number, sentence: Sentence): Timex | null {
  const paragraph = sorted.filter((t) => t.start >= paragraphStart && t.start < sentence.end && t.end <= sentence.end);
  let carried: Timex | null = null;
  for (const t of paragraph) if (t.end <= sentence.start && t.start >= paragraphStart && precisionOf(t)) carried = t;
  return carried;
}

describe('SectionTimexes', () => {
  it('finds the same sentence timexes and carried date as a scan of the paragraph, on 300 random layouts', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const timexes = layout(seed);
      const sorted = [...timexes].sort((a, b) => a.start - b.start);
      const index = new SectionTimexes(timexes);
      const next = random(seed * 7919);
      for (let q = 0; q < 20; q++) {
        const paragraphStart = Math.floor(next() * 300);
        const start = paragraphStart + Math.floor(next() * 200);
        const sentence = { start, end: start + 1 + Math.floor(next() * 80), tokens: [] } as unknown as Sentence;
        const own = sorted.filter((t) => t.start >= sentence.start && t.start < sentence.end && t.end <= sentence.end);
        expect(index.inSentence(sentence), `seed ${seed}`).toEqual(own);
        expect(index.lastDateBetween(paragraphStart, sentence.start), `seed ${seed}`).toBe(scannedCarry(sorted, paragraphStart, sentence));
      }
    }
  });
});
