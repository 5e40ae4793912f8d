// Span lookups used on long pages: each answer is checked against the plain definition, on spans
// generated here.
import { describe, expect, it } from 'vitest';
import { byStart, covers, firstFrom, overlapsAny, within } from '../src/text/spans.js';

const spans = byStart([{ start: 30, end: 35 }, { start: 0, end: 4 }, { start: 10, end: 20 }, { start: 21, end: 22 }]);

describe('span lookups', () => {
  it('finds the first span at or after an offset', () => {
    expect(firstFrom(spans, 0)).toBe(0);
    expect(firstFrom(spans, 5)).toBe(1);
    expect(firstFrom(spans, 21)).toBe(2);
    expect(firstFrom(spans, 99)).toBe(4);
  });

  it('agrees with the plain definitions at every offset', () => {
    for (let a = 0; a < 40; a++) {
      expect(covers(spans, a)).toBe(spans.some((s) => s.start <= a && a < s.end));
      for (let b = a; b < 40; b += 3) {
        expect(within(spans, a, b)).toEqual(spans.filter((s) => s.start >= a && s.end <= b));
        expect(overlapsAny(spans, a, b)).toBe(spans.some((s) => s.start < b && s.end > a));
      }
    }
  });
});
