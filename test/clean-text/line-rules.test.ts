import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/clean/text/rules/index.js';
import { clockOf } from '../../src/clean/text/rules/feed.js';
import { readByline } from '../../src/clean/text/byline.js';
import { dateInLine } from '../../src/clean/text/dates.js';
import { isHeadlineLike, isProse, isTitleLike } from '../../src/clean/text/signals.js';

const kind = (line: string) => classifyLine(line).kind;

describe('line rules: each class', () => {
  it.each([
    ['10:53 PM', 'clock'],
    ['22:05', 'clock'],
    ['Updated 7:15 a.m.', 'clock'],
    ['* indicates required', 'form'],
    ['Enter your email to subscribe', 'form'],
    ['Subscribe', 'form'],
    ['Successfully subscribed', 'form'],
    ['Sign up for our weekly newsletter to get the best stories', 'form'],
    ['By submitting your email, you agree to our Terms of Service and Privacy Policy.', 'form'],
    ['Support independent journalism from as little as $1.', 'promo'],
    ['Support us', 'promo'],
    ['watch us on youtube', 'promo'],
    ['JOIN US ON TELEGRAM! Follow our coverage of the war.', 'promo'],
    ['CLICK HERE TO GET THE NEWS APP', 'promo'],
    ['More stories like this can be found on our main page', 'promo'],
    ['The rest of this story is below the clip', 'promo'],
    ['Story continues below the player', 'promo'],
    ['Advertisement', 'chrome'],
    ['Skip to content', 'chrome'],
    ["Editors' Picks", 'chrome'],
    ['Share this article Share', 'chrome'],
    ['Keep reading:', 'related-marker'],
    ['Related stories', 'related-marker'],
    ['See also: Talks on grain exports stall again', 'teaser'],
    ['WATCH VIDEO Mayor opens a new bridge over the river', 'teaser'],
    ['Rescuers search a damaged building in Dnipro (AGENCY/Photographer Name)', 'caption'],
    ['FILE PHOTO: A tank on a road near the border', 'caption'],
    ['A soldier in a trench near the front line Jane Doe/Shutterstock', 'caption'],
    ['(With reporting from two agencies)', 'credit'],
    ['Source: regional administration', 'credit'],
    ['Reporting by Jane Doe; Editing by John Roe', 'credit'],
    ['by The Ledger news desk April 12, 2023 9:15 AM', 'byline'],
    ['Published: 12 April 2023', 'dateline'],
  ])('%s → %s', (line, expected) => {
    expect(kind(line)).toBe(expected);
  });

  it.each([
    'The army said it had shot down most of the drones launched overnight.',
    'Support for the plan has grown among the allies, officials said.',
    'By Tuesday, the troops had reached the outskirts of the town.',
    'The newsletter of the regional council reported the repairs, which will take a month to finish.',
    'He said the ministry would donate generators to hospitals in the region.',
    'More information on the attack was not immediately available.',
    'The photo (taken on Monday) shows the damaged bridge.',
  ])('leaves prose as text: %s', (line) => {
    expect(kind(line)).toBe('text');
  });
});

describe('signals', () => {
  it('tells prose from headlines', () => {
    expect(isProse('The council met on Monday and approved the plan.')).toBe(true);
    expect(isProse('Council approves plan')).toBe(false);
    expect(isHeadlineLike('Council approves plan for the bridge')).toBe(true);
    expect(isHeadlineLike('The council met. It approved the plan')).toBe(false);
    expect(isTitleLike('- We will not give up the city, he said to the crowd')).toBe(false);
  });

  it('reads clock times as 24-hour times and rejects impossible ones', () => {
    expect(clockOf('10:53 PM')).toBe('22:53');
    expect(clockOf('12:10 AM')).toBe('00:10');
    expect(clockOf('12:10 pm')).toBe('12:10');
    expect(clockOf('7:05')).toBe('07:05');
    expect(clockOf('25:10')).toBeNull();
    expect(clockOf('13:10 PM')).toBeNull();
  });

  it('reads the author and a fully stated date from a byline', () => {
    expect(readByline('by Jane Doe and John Roe March 7, 2023 6:41 AM 2 min read')).toBe('Jane Doe and John Roe');
    expect(readByline('By Jane Doe | Updated 3 hours ago')).toBe('Jane Doe');
    expect(dateInLine('by Jane Doe March 7, 2023 6:41 AM')?.iso).toBe('2023-03-07T06:41');
    expect(dateInLine('Published 7 March 2023')?.iso).toBe('2023-03-07');
    expect(dateInLine('by Jane Doe March 7')).toBeNull();
  });

  it('never dates a line from words that only count from the reading day', () => {
    // chrono dates "today" or "3 hours ago" from its reference day and calls the result certain.
    for (const line of ['Updated today 10:53 AM', 'Published yesterday at 9:00', 'Posted 3 hours ago', 'Today, 12:30']) {
      expect(dateInLine(line), line).toBeNull();
      expect(dateInLine(line, 0, false)?.iso ?? null, line).toBeNull(); // a clock alone may stand
    }
    expect(dateInLine('Posted 3 hours ago, March 7, 2023 6:41 AM')?.iso).toBe('2023-03-07T06:41');
    expect(dateInLine('June 7, 10:53 PM', 0.6, false)).toMatchObject({ iso: null, clock: '22:53' });
  });
});

describe('line rules: media teasers', () => {
  it('takes a timed video link for a teaser and strips its duration', async () => {
    const { teaserHeadline } = await import('../../src/clean/text/teasers.js');
    expect(kind('1:02 Mayor opens the rebuilt bridge – video')).toBe('teaser');
    expect(teaserHeadline('1:02 Mayor opens the rebuilt bridge – video')).toBe('Mayor opens the rebuilt bridge – video');
    expect(kind('The mayor opened the bridge on Monday – a year after the strike.')).toBe('text');
  });
});
