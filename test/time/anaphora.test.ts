// Context-dependent expressions: valued from the period the text last named, as TimeML values them, and from
// the report time when the text named none. All texts are written for these tests.
import { describe, expect, it } from 'vitest';
import { find, timexesOf } from './helpers.js';

const DCT = '2023-03-24'; // a Friday

function value(text: string, span: string, dct: string | null = DCT): string | undefined {
  const t = find(text, dct, span);
  expect(t, JSON.stringify(timexesOf(text, dct).map((x) => [x.text, x.value]))).toBeDefined();
  return t!.value;
}

describe('anaphoric time expressions', () => {
  it('"a month before" counts from the time the text is telling of; "a month ago" from the report time', () => {
    const text = 'The annexation was declared in October 2022. The town had been taken a month before.';
    expect(value(text, 'a month before')).toBe('2022-09');
    expect(value('The annexation was declared in October 2022. The town was taken a month ago.', 'a month ago')).toBe('2023-02');
  });

  it('a day written without its year is in the year of the full date last given, when that is years back', () => {
    const text = 'On February 20, 2014, unmarked troops crossed the isthmus. On February 27, they seized the council building.';
    expect(value(text, 'February 27')).toBe('2014-02-27');
  });

  it('a day without its year keeps the report-time reading when the focus is a bare year or a recent date', () => {
    expect(value('The fleet was built in 2014. On February 27, it left the harbour.', 'February 27')).toBe('2023-02-27');
    expect(value('On December 30, 2022, the bridge closed. On February 27, it reopened.', 'February 27')).toBe('2023-02-27');
  });

  it('a year that sets the scene, or a month with its year, is a focus a later yearless day takes its year from', () => {
    expect(value('In 2015, the brigade moved south. On August 9, it crossed the river.', 'August 9')).toBe('2015-08-09');
    expect(value('The unrest began as early as 2014. On February 27, the council building was stormed.', 'February 27')).toBe('2014-02-27');
    expect(value('The talks opened in February 2021 near the border. On March 7, the delegations met again.', 'March 7')).toBe('2021-03-07');
  });

  it('a year inside a sentence, or a month that names a thing, sets no scene', () => {
    // A bare year mid-sentence: the shares were bought up to a recent day, not one in the year the plan was made.
    expect(value('Under a plan approved in 2019 that named no amount, the firm had bought shares through Feb. 17.', 'Feb. 17')).toBe('2023-02-17');
    // "the August 2020 truce" names the truce; the raid of "Aug. 2" is the report's own recent past.
    expect(value('The envoy said the August 2020 truce still held. Both sides condemned the raid on Aug. 2.', 'Aug. 2', '2022-08-15')).toBe('2022-08-02');
  });

  it('a year that qualifies a noun does not end the narrative of a full date given before it', () => {
    const text = 'On March 16, 2014, the peninsula voted under guard. The vote revived the charter of 1992. On March 18, the treaty was signed.';
    expect(value(text, 'March 18')).toBe('2014-03-18');
    // A year placing the narrative does: the day after it is read from the report time again.
    expect(value('On March 16, 2014, the peninsula voted. The war came back in 2022. On March 18, the treaty was signed.', 'March 18')).toBe('2023-03-18');
  });

  it('a story that counts no day from its report day is in the year of its first month-year after a time word', () => {
    // A bare year named on the way ("in 1994") does not take the story out of it.
    const text = 'The vote was held in March 2016 under guard. The charter had been drafted in 1994. On March 18, the council was dissolved.';
    expect(value(text, 'March 18')).toBe('2016-03-18');
    // The episode whose start a time word names: its month-year qualifies it, and still dates the story.
    const talks = 'Talks opened days after the start of the army’s June 2019 offensive. The first round was held on July 2 in a border town.';
    expect(value(talks, 'July 2')).toBe('2019-07-02');
  });

  it('a year after "And in" at the head of a sentence sets the scene, as after "In"', () => {
    expect(value('The brigade was formed in 2009. And in 2015, it moved south. On August 9, it crossed the river.', 'August 9')).toBe('2015-08-09');
    // It also takes a story out of the year of its first month-year.
    const text = 'The vote was held in March 2016 under guard. And in 2022, the war came back. On September 23, a new vote was staged.';
    expect(value(text, 'September 23')).toBe('2022-09-23');
  });

  it('a story that counts a day from its report day is not held in a month-year it named before', () => {
    const text = 'The vote was held in March 2016 under guard. On Tuesday, the council met. The charter had been drafted in 1994. On March 18, the governor resigned.';
    expect(value(text, 'March 18')).toBe('2023-03-18');
  });

  it('a month-year qualifying a noun after "a" sets no focus', () => {
    // "a March 2014 referendum" names the referendum: the yearless day after it is the report's own recent past.
    const text = 'After a March 2014 referendum, the peninsula was annexed. On February 24, troops crossed the border.';
    expect(value(text, 'February 24', '2022-08-18')).toBe('2022-02-24');
  });

  it('a yearless day the sentence looks ahead to stays the report time\'s coming day', () => {
    const text = 'On May 2, 2019, the old bridge was opened. The new bridge will open on March 30.';
    expect(value(text, 'March 30')).toBe('2023-03-30');
  });

  it('"later that year" takes the year last named', () => {
    expect(value('The plant closed in June 2014 and reopened later that year.', 'later that year')).toBe('2014');
  });

  it('"the following year" counts from the date last named', () => {
    expect(value('On May 22, 2015, she was promoted, and the following year she left the army.', 'the following year')).toBe('2016');
  });

  it('"the following month" counts from a named month', () => {
    expect(value('The bridge was damaged in October 2022. The following month, it was closed.', 'The following month')).toBe('2022-11');
  });

  it('"that same day" and "the next morning" count from a named day', () => {
    const text = 'The depot was struck on March 3, 2022. Rescuers arrived that same day and left the next morning.';
    expect(value(text, 'that same day')).toBe('2022-03-03');
    expect(value(text, 'the next morning')).toBe('2022-03-04');
  });

  it('a day anaphor after a month keeps the day unknown', () => {
    expect(value('Talks began in August 2021. That same day, the mayor resigned.', 'That same day')).toBe('2021-08-XX');
  });

  it('without a named period, the report time is the reference', () => {
    expect(value('The following year, the plan will be reviewed.', 'The following year')).toBe('2024');
    expect(value('Officials said that day was calm.', 'that day')).toBe('2023-03-24');
  });

  it('"that quarter" is the quarter last named', () => {
    const text = 'Losses grew in the second quarter. Results for that quarter included a write-down.';
    expect(value(text, 'that quarter', '2023-10-24')).toBe('2023-Q2');
  });
});

describe('quarters and years in company reports', () => {
  it('"this year\'s third quarter" is one expression', () => {
    const all = timexesOf("Net sales for this year's third quarter fell.", '1989-11-01');
    expect(all.map((t) => [t.text, t.value])).toEqual([["this year's third quarter", '1989-Q3']]);
  });

  it('"the quarter" after a named fiscal quarter is that quarter', () => {
    const text = 'The company reported a loss for the fiscal first quarter. Revenue in the quarter fell 5%.';
    expect(value(text, 'the quarter', '1989-10-26')).toBe('1989-Q1');
  });

  it('"the quarter" alone is the last completed quarter', () => {
    expect(value('Revenue in the quarter fell 5%.', 'the quarter', '1989-10-26')).toBe('1989-Q3');
  });

  it('"the 1988 period" is the quarter under discussion in 1988', () => {
    const text = 'Profit for the third quarter rose, compared with a loss in the 1988 period.';
    expect(value(text, 'the 1988 period', '1989-10-26')).toBe('1988-Q3');
  });

  it('"a year earlier" does not count back from a quarter whose year is named', () => {
    const text = 'Profit in the third quarter rose from the 1988 third quarter. The year-ago results were restated.';
    expect(value(text, 'The year-ago', '1989-11-01')).toBe('1988-Q3');
  });

  it('"for the year" is the report year; "the year ended June 30" is a duration', () => {
    expect(value('For the year, volume was flat.', 'the year')).toBe('2023');
    const t = find('Income in the year ended June 30 fell.', DCT, 'the year');
    expect(t?.type).toBe('DURATION');
    expect(t?.value).toBe('P1Y');
  });
});

describe('stretches up to the report time', () => {
  it('"the past year" is valued as last year, with the stretch itself as its range', () => {
    const t = find('Attacks on the port rose over the past year.', DCT, 'the past year');
    expect(t?.type).toBe('DATE');
    expect(t?.value).toBe('2022');
    expect(t?.range).toEqual({ start: '2022-03-24', end: '2023-03-24' });
  });

  it('"the past week" stays the duration P1W', () => {
    expect(find('Attacks rose over the past week.', DCT, 'the past week')?.value).toBe('P1W');
  });

  it('"the last decade" is the decade before the report\'s', () => {
    expect(value('Wages lost ground in the last decade.', 'the last decade')).toBe('201');
  });
});
