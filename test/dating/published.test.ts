import { describe, expect, it } from 'vitest';
import { dateDocument } from '../../src/dating/index.js';
import { english } from '../../src/lang/en/index.js';
import { inferPublished } from '../../src/dating/infer-published.js';
import { docOf } from './fixtures.js';

describe('inferring the creation day of an undated page', () => {
  it('moves past the latest stated day to the weekday told in the past', () => {
    // 2024-05-15 is a Wednesday; "on Friday", told in the past, is then Friday 2024-05-17.
    const doc = docOf([
      'The regional governor said the depot burned on Wednesday, May 15, 2024, after a drone attack.',
      'Rescue crews finished their work on Friday, officials said.',
    ]);
    const dated = dateDocument(doc, english.findDates);
    expect(dated.published).toBe('2024-05-17');
    expect(dated.publishedSource).toBe('inferred');
    expect(dated.publishedEvidence).toMatch(/May 15, 2024/);
    expect(dated.publishedEvidence).toMatch(/Friday/);
  });

  it('ignores weekdays that look ahead or point back explicitly', () => {
    const got = inferPublished([
      'Talks were held on 3 June 2024.',
      'A new round will take place on Thursday. The previous round was last Saturday.',
    ], english.findDates);
    expect(got?.day).toBe('2024-06-03');
  });

  it('does not date a page by history it recounts, nor by plans', () => {
    expect(inferPublished(['The general was born on May 5, 1950.', 'He retired in 2021 and spoke on Monday.'], english.findDates)).toBeNull();
    expect(inferPublished(['The depot burned on 3 June 2024.', 'A vote is scheduled for July 9, 2024.'], english.findDates)?.day).toBe('2024-06-03');
  });

  it('gives nothing without a fully stated day, and keeps a page date', () => {
    expect(inferPublished(['Shelling continued on Tuesday in the east.'], english.findDates)).toBeNull();
    const kept = dateDocument(docOf(['It happened on May 1, 2024, and on Friday.'], { published: '2024-06-01' }), english.findDates);
    expect(kept.published).toBe('2024-06-01');
    expect(kept.publishedSource).toBe('page');
  });
});
