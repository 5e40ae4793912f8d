import { describe, expect, it } from 'vitest';
import { dateDocument } from '../../src/dating/index.js';
import { english } from '../../src/lang/en/index.js';
import { dateFeedItems } from '../../src/dating/feed-items.js';
import { docOf } from './fixtures.js';

const ARTICLE = ['An article written in spring, with a feed beside it.'];

describe('feed items get full times', () => {
  it('takes days from the items, crosses midnight going down the feed, and ignores the article date', () => {
    const doc = docOf(ARTICLE, {
      published: '2024-04-02T09:00',
      items: [
        { clock: '01:15', text: 'Power was restored in the southern district.' },
        { clock: '23:40', text: 'The city council said on September 9 that schools would stay closed.' },
        { clock: '20:05', text: 'Air defence was active over the capital region.' },
        { clock: '07:30', text: 'Officials reported on September 9 that two bridges were damaged.' },
      ],
    });
    const items = dateDocument(doc, english.findDates).items;
    expect(items.map((i) => i.time)).toEqual(['2024-09-10T01:15', '2024-09-09T23:40', '2024-09-09T20:05', '2024-09-09T07:30']);
    expect(items.every((i) => i.timeSource === 'inferred')).toBe(true);
  });

  it('anchors on an item whose time the page gave whole', () => {
    const items = dateFeedItems(
      docOf(ARTICLE, {
        items: [
          { clock: '10:00', text: 'A morning update.' },
          { clock: '18:00', text: 'An evening update.' },
          { time: '2024-01-20T12:00', text: 'A noon update with its own date.' },
        ],
      }).items,
      '2024-01-25',
    );
    expect(items.map((i) => i.time)).toEqual(['2024-01-21T10:00', '2024-01-20T18:00', '2024-01-20T12:00']);
  });

  it('leaves items undated when nothing in them gives a day', () => {
    const items = dateFeedItems(docOf(ARTICLE, { items: [{ clock: '10:00', text: 'No day here.' }] }).items, '2024-04-02');
    expect(items[0]!.time).toBeNull();
  });
});
