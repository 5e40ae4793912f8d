import { describe, expect, it } from 'vitest';
import { find, timexesOf } from './helpers.js';

// Report day for most cases: Friday 2023-03-24.
const DCT = '2023-03-24';

describe('news resolution against the report time', () => {
  const cases: Array<[string, string, string, string]> = [
    ['The minister visited the front on Thursday.', 'Thursday', 'DATE', '2023-03-23'],
    ['The convoy left the city last Saturday.', 'last Saturday', 'DATE', '2023-03-18'],
    ['Talks will resume on Monday.', 'Monday', 'DATE', '2023-03-27'],
    ['The town was retaken in November.', 'November', 'DATE', '2022-11'],
    ['Forces advanced late last year.', 'late last year', 'DATE', '2022'],
    ['Shelling intensified earlier this month.', 'earlier this month', 'DATE', '2023-03'],
    ['It was his second trip this week.', 'this week', 'DATE', '2023-W12'],
    ['Drones struck the port overnight.', 'overnight', 'TIME', '2023-03-23TNI'],
    ['The strike happened yesterday.', 'yesterday', 'DATE', '2023-03-23'],
    ['The bridge was hit on March 22, 2023.', 'March 22, 2023', 'DATE', '2023-03-22'],
    ['The bridge was hit on 21 March.', '21 March', 'DATE', '2023-03-21'],
    ['The siege began in February 2022.', 'February 2022', 'DATE', '2022-02'],
    ['The city fell three days ago.', 'three days ago', 'DATE', '2023-03-21'],
    ['The offensive is now in its second phase.', 'now', 'DATE', 'PRESENT_REF'],
    ['The war has lasted three years.', 'three years', 'DURATION', 'P3Y'],
    ['Fighting went on for 13 months.', '13 months', 'DURATION', 'P13M'],
    ['Attacks rose over the past week.', 'the past week', 'DURATION', 'P1W'],
    ['Air raid alerts sound daily.', 'daily', 'SET', 'P1D'],
    ['The alert was lifted at 22:53.', '22:53', 'TIME', '2023-03-24T22:53'],
    ['The statement came at 10:35 a.m. Thursday.', '10:35 a.m. Thursday', 'TIME', '2023-03-23T10:35'],
    ['Results for the third quarter were weak.', 'the third quarter', 'DATE', '2022-Q3'],
  ];
  for (const [text, span, type, value] of cases) {
    it(`${span} in "${text}"`, () => {
      const t = find(text, DCT, span);
      expect(t, JSON.stringify(timexesOf(text, DCT))).toBeDefined();
      expect(t!.type).toBe(type);
      expect(t!.value).toBe(value);
    });
  }

  it('a bare month ahead of the report month is last year in the past tense', () => {
    expect(find('Kherson was liberated in November.', '2023-03-24', 'November')?.value).toBe('2022-11');
    expect(find('Elections are planned for November.', '2023-03-24', 'November')?.value).toBe('2023-11');
  });

  it('counts from known anchors: the full-scale invasion began 2022-02-24', () => {
    const text = 'The visit came 13 months after the full-scale invasion.';
    const t = timexesOf(text, DCT).find((x) => x.text.startsWith('13 months'));
    expect(t?.value).toBe('2023-03');
    expect(t?.precision).toBe('month');
  });

  it('fills precision and an inclusive day range', () => {
    expect(find('He arrived on Thursday.', DCT, 'Thursday')).toMatchObject({ precision: 'day', range: { start: '2023-03-23', end: '2023-03-23' } });
    expect(find('It was his second trip this week.', DCT, 'this week')).toMatchObject({ precision: 'week', range: { start: '2023-03-20', end: '2023-03-26' } });
    expect(find('The town was retaken in November.', DCT, 'November')).toMatchObject({ precision: 'month', range: { start: '2022-11-01', end: '2022-11-30' } });
    expect(find('Forces advanced late last year.', DCT, 'late last year')).toMatchObject({ precision: 'year', mod: 'END' });
  });

  it('leaves unknown parts as X without a report time', () => {
    expect(find('He arrived on Thursday.', null, 'Thursday')?.value).toBe('XXXX-XX-XX');
    expect(find('The bridge was hit on 21 March.', null, '21 March')?.value).toBe('XXXX-03-21');
    expect(find('The bridge was hit on March 22, 2023.', null, 'March 22, 2023')?.value).toBe('2023-03-22');
  });

  it('does not take counts, modal "may" or money for dates', () => {
    const text = 'Officials may decide soon. Some 2000 troops and $1990 were sent to 3 towns.';
    expect(timexesOf(text, DCT).filter((t) => t.type === 'DATE' && /^\d{4}$/.test(t.value))).toEqual([]);
    expect(timexesOf(text, DCT).some((t) => /may/i.test(t.text))).toBe(false);
  });

  it('keeps offsets that index the text', () => {
    const text = 'On Thursday, Jan. 6, the ministry said that 13 months had passed.';
    for (const t of timexesOf(text, DCT)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('"last" with a month or season name', () => {
  // DCT 2023-03-24: last month is February; this year's spring has just begun, last year's autumn is over.
  const cases: Array<[string, string, string, string]> = [
    // The writer would call the month just ended "last month": "last February" is a year earlier.
    ['The dam was repaired last February, the mayor recalled.', 'last February', DCT, '2022-02'],
    ['That bridge reopened this past February.', 'this past February', DCT, '2023-02'],
    ['Fuel prices fell last January.', 'last January', DCT, '2023-01'],
    // Written in October: "last spring" is the previous year's, "this past spring" this year's.
    ['The harvest failed last spring.', 'last spring', '2023-10-12', '2022-SP'],
    ['The harvest failed this past spring.', 'this past spring', '2023-10-12', '2023-SP'],
  ];
  for (const [text, span, dct, value] of cases) {
    it(`${span} in "${text}" (${dct})`, () => {
      const t = find(text, dct, span);
      expect(t, JSON.stringify(timexesOf(text, dct))).toBeDefined();
      expect(t!.value).toBe(value);
    });
  }
});
