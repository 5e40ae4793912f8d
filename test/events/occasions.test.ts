// A meeting or visit named as the occasion of what a sentence tells ("said at a joint press conference with
// the president", "said during a visit to the country") is one happening, tied to the person named with it;
// the same noun talked about ("a summit would help") stays no candidate. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';
import { isSetting } from '../../src/events/specific.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';

const person = (text: string, name: string) => eventsOf({ text, reportTime: '2024-03-15', entities: [{ text: name, canonical: name, type: 'PERSON' }] })
  .map((e) => `${e.type} ${e.trigger?.text}`);

describe('occasions of a statement', () => {
  it('a press conference or visit that frames the sentence is a candidate', () => {
    expect(person('He said this at a joint press conference with President Ada Brightwater.', 'Ada Brightwater')).toContain('visit.meeting conference');
    expect(person('Senator Tom Fairweather said this during a visit to the region.', 'Tom Fairweather')).toContain('visit visit');
  });

  it('a meeting talked about is not', () => {
    expect(person('A summit with President Ada Brightwater would help, he said.', 'Ada Brightwater')).toEqual([]);
  });

  it('tells an occasion by the preposition before the noun', () => {
    const tokens = splitSentences('They spoke on the sidelines of the summit and at the briefing, not about visits.')[0]!.tokens;
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    expect(isSetting(tokens, at('summit'))).toBe(true);
    expect(isSetting(tokens, at('briefing'))).toBe(true);
    expect(isSetting(tokens, at('visits'))).toBe(false);
  });
});
