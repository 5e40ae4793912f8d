// Durations that are not stretches of time (a rate, a fraction, a programme's name, a decimal quantity), vague
// stretches after a preposition, and "a year earlier" after a run of months. All texts are written for these tests.
import { describe, expect, it } from 'vitest';
import { find, timexesOf } from './helpers.js';

const DCT = '2023-10-26';

const texts = (text: string) => timexesOf(text, DCT).map((t) => t.text);

describe('what is not a stretch of time', () => {
  it('"a week", "a year" after an amount or a counted thing is a rate', () => {
    expect(texts('The ferry line runs six crossings a week between the two ports.')).not.toContain('a week');
    expect(texts('The deal saves the operator about $40 million a year in fuel.')).not.toContain('a year');
    expect(texts('Rooms at the inn cost between $60 and $80 a night.')).not.toContain('a night');
    // After a preposition it is still a stretch of time.
    expect(find('The repairs should be done within a week, the mayor said.', DCT, 'a week')?.value).toBe('P1W');
  });

  it('"three-quarters of" is a fraction', () => {
    expect(texts('Nearly three-quarters of the harvest was lost to the frost.').join(' ')).not.toMatch(/quarters/);
  });

  it('a capitalised unit after a numeral inside a sentence is a name; in a title-cased headline it is a duration', () => {
    expect(texts('The minister told the weekly show "48 Hours" that talks would resume.').join(' ')).not.toMatch(/48 Hours/);
    expect(find('Talks Resume After 90 Minutes', DCT, '90 Minutes')?.value).toBe('PT90M');
  });

  it('four digits with decimals are a quantity, not a year', () => {
    expect(texts('The index closed at 1843.6, down 12 points.')).not.toContain('1843');
  });
});

describe('vague stretches', () => {
  it('a bare plural after "within" or "over the" is a vague duration', () => {
    expect(find('Reinforcements are expected to arrive within weeks.', DCT, 'weeks')?.value).toBe('PXW');
    expect(find('The harbour has changed hands often over the years.', DCT, 'the years')?.value).toBe('PXY');
  });
});

describe('"a year earlier" after a run of months', () => {
  it('compares the year, not the quarter last named', () => {
    const text = 'The mill earned $8 million in the third quarter. For the nine months, it earned $20 million, up from $15 million a year earlier.';
    expect(find(text, DCT, 'a year earlier')?.value).toBe('2022');
  });

  it('after a quarter alone it is still that quarter a year back', () => {
    const text = 'The mill earned $8 million in the third quarter, up from $6 million a year earlier.';
    expect(find(text, DCT, 'a year earlier')?.value).toBe('2022-Q3');
  });
});
