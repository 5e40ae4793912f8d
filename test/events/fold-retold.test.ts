// A happening told twice in a document (the lead, then the body) is one event; the fold across sentences keeps
// the most confident telling, and only when type, named place and day all agree.
import { describe, expect, it } from 'vitest';
import { foldKept } from '../../src/events/fold-kept.js';
import type { Token } from '../../src/annotate/types.js';
import { clauseAround, inClause } from '../../src/events/decision/clause.js';

const told = (type: string, place: string | null, day: string | null, confidence: number, start: number, kind = 'settlement') =>
  ({ type, section: 1, evidence: [{ start }], location: place ? { name: place, kind } : null, date: day ? { value: day } : null, confidence });

describe('the fold across sentences', () => {
  it('a strike on one village on one day told in two sentences is one event, the more confident', () => {
    const { kept, retold } = foldKept([told('strike.shelling', 'Brookfield', '2024-06-03', 0.6, 0), told('strike.shelling', 'Brookfield', '2024-06-03', 0.9, 300)]);
    expect(kept.map((e) => e.evidence[0]!.start)).toEqual([300]);
    expect(retold.map((e) => e.evidence[0]!.start)).toEqual([0]);
  });

  it('another day, another place, another type, a country or a week stay apart', () => {
    const { kept, retold } = foldKept([
      told('strike.shelling', 'Brookfield', '2024-06-03', 0.9, 0),
      told('strike.shelling', 'Brookfield', '2024-06-04', 0.8, 100),
      told('strike.shelling', 'Stonebury', '2024-06-03', 0.8, 200),
      told('strike.air', 'Brookfield', '2024-06-03', 0.8, 300),
      told('strike.missile', 'Ruritania', '2024-06-03', 0.8, 400, 'country'),
      told('strike.missile', 'Ruritania', '2024-06-03', 0.7, 500, 'country'),
      told('visit.meeting', 'Castleton', '2024-W23', 0.8, 600),
      told('visit.meeting', 'Castleton', '2024-W23', 0.7, 700),
      told('visit.meeting', null, '2024-06-03', 0.8, 800),
      told('visit.meeting', null, '2024-06-03', 0.7, 900),
    ]);
    expect(kept).toHaveLength(10);
    expect(retold).toHaveLength(0);
  });
});

const tok = (words: string[], pos: string[]): Token[] => {
  let at = 0;
  return words.map((text, i) => {
    const t = { text, start: at, end: at + text.length, pos: pos[i]! } as Token;
    at += text.length + 1;
    return t;
  });
};

describe('the clause of a trigger', () => {
  // "The mayor said no one was hurt when the drone struck the depot"
  const tokens = tok(['The', 'mayor', 'said', 'no', 'one', 'was', 'hurt', 'when', 'the', 'drone', 'struck', 'the', 'depot'],
    ['DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'SCONJ', 'DET', 'NOUN', 'VERB', 'DET', 'NOUN']);
  const negation = new Set(['no', 'not', 'never']);

  it('a negation in another clause does not reach the trigger', () => {
    expect(clauseAround(tokens, 10)).toEqual({ from: 8, to: 13 });
    expect(inClause(tokens, 10, negation)).toBe(false);
  });

  it('a negation in the trigger\'s own clause does', () => {
    expect(inClause(tokens, 6, negation)).toBe(true);
  });
});
