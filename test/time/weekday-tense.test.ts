// Weekdays and the tense around them: possessives, "since", words that only look ahead, quoted speech.
import { describe, expect, it } from 'vitest';
import { find, timexesOf } from './helpers.js';

describe('weekdays in context', () => {
  it('a possessive weekday is a day that has passed, and the "\'s" stays out of the extent', () => {
    const text = "The bonds were priced at a premium over Thursday's closing price and will be sold through dealers.";
    const t = find(text, '1989-10-30', 'Thursday');
    expect(t?.value).toBe('1989-10-26');
    expect(timexesOf(text, '1989-10-30').some((x) => x.text.endsWith("'s"))).toBe(false);
  });

  it('"lower-than-expected" does not make a sentence look ahead', () => {
    const text = 'Shares fell after the company reported lower-than-expected earnings after the market closed Wednesday.';
    expect(find(text, '1989-10-27', 'Wednesday')?.value).toBe('1989-10-25');
  });

  it('a past verb the tagger reads as an adjective before its object still puts the weekday behind', () => {
    // 2023-03-24 is a Friday; "would travel" further on must not pull Monday ahead.
    const text = 'In a call on Monday, the minister informed the envoy that he would travel soon.';
    expect(find(text, '2023-03-24', 'Monday')?.value).toBe('2023-03-20');
  });

  it('a weekday evening is valued with TEV as TimeBank does; a weekday night stays the day', () => {
    const text = 'The council met on Wednesday evening, and the vote came on Wednesday night.';
    expect(find(text, '2023-03-24', 'Wednesday evening')).toMatchObject({ type: 'TIME', value: '2023-03-22TEV' });
    expect(find(text, '2023-03-24', 'Wednesday night')).toMatchObject({ type: 'DATE', value: '2023-03-22' });
  });

  it('a reporting verb after a quote does not govern the times inside it', () => {
    const text = "''The convoy will leave at dawn (6 a.m. Thursday),'' the governor said.";
    expect(find(text, '2000-04-05', '6 a.m. Thursday')?.value).toBe('2000-04-06T06:00');
  });

  it('a reporting verb joined by "and" is a verb of the sentence, not a quote frame', () => {
    const text = 'The ministry announced a large new contribution to the international relief fund for the region in February, and said it would build two more over the summer.';
    expect(find(text, '2024-04-27', 'February')?.value).toBe('2024-02');
  });

  it('"since" puts a month and day in the past even in the present perfect', () => {
    const text = 'Police have been searching for the driver since shortly after the Oct. 23 crash.';
    expect(find(text, '1999-05-06', 'Oct. 23')?.value).toBe('1998-10-23');
  });

  it('a weekday with its date is one expression, in the year that puts the date on that weekday', () => {
    const all = timexesOf('The editorial ran on Friday, Oct. 23.', '1998-11-21');
    expect(all.map((t) => [t.text, t.value])).toEqual([['Friday, Oct. 23', '1998-10-23']]);
  });
});

describe('other TimeML expressions', () => {
  const DCT = '1998-03-06';
  const cases: Array<[string, string, string, string]> = [
    ['The vote was held in mid afternoon.', 'mid afternoon', 'TIME', '1998-03-06TAF'],
    ['Trading resumed mid-afternoon yesterday.', 'mid-afternoon yesterday', 'TIME', '1998-03-05TAF'],
    ['He will leave at 4 in the morning.', '4 in the morning', 'TIME', '1998-03-06T04:00'],
    ['Pilgrims march there each July.', 'each July', 'SET', 'XXXX-07'],
    ['Crime fell through the nineties.', 'the nineties', 'DATE', '199'],
    ['Prices rose in the past, officials said.', 'the past', 'DATE', 'PAST_REF'],
    ['The current chairman resigned.', 'current', 'DATE', 'PRESENT_REF'],
    ['The group has held rallies for weeks.', 'weeks', 'DURATION', 'PXW'],
    ['For the week, the index dropped 3.8%.', 'the week', 'DATE', '1998-WXX'],
    ['Shelling was filmed on 28/02.2022 near the station.', '28/02.2022', 'DATE', '2022-02-28'],
    ['Hearings are set for the week of March 16.', 'the week of March 16', 'DATE', '1998-W12'],
    ['It happened in January nineteen ninety-seven.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
    ['Snow fell in the winter of nineteen ninety-four.', 'the winter of nineteen ninety-four', 'DATE', '1994-WI'],
  ];
  for (const [text, span, type, v] of cases) {
    it(`${span} in "${text}"`, () => {
      const t = find(text, DCT, span);
      expect(t, JSON.stringify(timexesOf(text, DCT).map((x) => [x.text, x.value]))).toBeDefined();
      expect(t!.type).toBe(type);
      expect(t!.value).toBe(v);
    });
  }

  it('Election Day is the Tuesday after the first Monday in November, the nearest one', () => {
    expect(find('The campaign runs until Election Day.', '1998-10-26', 'Election Day')?.value).toBe('1998-11-03');
    expect(find('The campaign runs until Election Day.', '2024-10-01', 'Election Day')?.value).toBe('2024-11-05');
  });

  it('a programme called "This Week" is not a time', () => {
    expect(find('He said on ABC\'s "This Week" that talks would go on.', DCT, 'This Week')).toBeUndefined();
  });
});
