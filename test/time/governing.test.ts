import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { governingTimex } from '../../src/annotate/time/governing.js';
import { timexesOf } from './helpers.js';

const DCT = '2023-03-24';

function governs(text: string, word: string): string | null {
  const sentences = splitSentences(text);
  const timexes = timexesOf(text, DCT);
  const at = text.indexOf(word);
  const sentence = sentences.find((s) => s.start <= at && at < s.end)!;
  return governingTimex(text, sentence, timexes, at)?.text ?? null;
}

describe('governingTimex', () => {
  it('prefers the date in the same clause', () => {
    const text = 'Russian troops withdrew from the town on Wednesday, but Ukrainian forces entered it on Thursday.';
    expect(governs(text, 'withdrew')).toBe('Wednesday');
    expect(governs(text, 'entered')).toBe('Thursday');
  });

  it('"that" opens a reported clause with its own time', () => {
    const text = 'The council recalled on Thursday that the sanctions were first introduced in 2014.';
    expect(governs(text, 'sanctions')).toBe('2014');
    expect(governs(text, 'recalled')).toBe('Thursday');
  });

  it('prefers a resolved date attached by a preposition over a vague one', () => {
    const text = 'Now officials say the depot exploded on March 22.';
    expect(governs(text, 'exploded')).toBe('March 22');
  });

  it('ignores durations and returns null without a date', () => {
    expect(governs('The siege lasted three months.', 'siege')).toBeNull();
  });
});
