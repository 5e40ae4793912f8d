import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/clean/text/index.js';
import type { CleanedDocument } from '../../src/clean/types.js';
import { PLAIN_ARTICLE, SCRAPED_PAGE, WIRE_PAGE } from './fixtures/pages.js';

const clean = (content: string): CleanedDocument => cleanText({ id: 't', kind: 'text', content });
const body = (doc: CleanedDocument) => doc.paragraphs.map((p) => p.text).join('\n\n');

describe('cleanText: wire story with captions and a teaser list', () => {
  const doc = clean(WIRE_PAGE);

  it('takes the first headline as the title, mapped into the input', () => {
    expect(doc.title).toBe('Ukrainian forces report Russian pullback from a river town in the Mykolaiv area');
    expect(doc.titleText!.toSource(0, doc.titleText!.length)).toEqual({ start: 0, end: doc.title!.length });
  });

  it('keeps the article paragraphs in the body and nothing else', () => {
    const text = body(doc);
    expect(text).toContain('Russian units left the river town of Snihurivka');
    expect(text).toContain('most of its population fled');
    for (const chrome of ['FILE PHOTO', 'Distributed via', 'With information from', 'Keep reading', 'Energy ministers', 'small port']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('lists each caption once, even when printed twice', () => {
    expect(doc.captions).toHaveLength(2);
    expect(doc.captions[0]).toMatch(/^FILE PHOTO/);
    expect(doc.captions[1]).toMatch(/^Local officials meet residents/);
  });

  it('lists the teaser headlines after the marker as related', () => {
    expect(doc.related).toHaveLength(5);
    expect(doc.related[0]).toMatch(/^Energy ministers/);
    expect(doc.removed).toContain('Keep reading:');
    expect(doc.removed).toContain('(With information from AGENCY and WIRE)');
  });

  it('maps every paragraph back onto the same characters of the input', () => {
    for (const p of doc.paragraphs) {
      const span = p.toSource(0, p.length);
      expect(WIRE_PAGE.slice(span.start, span.end)).toBe(p.text);
    }
  });
});

describe('cleanText: scraped page with a live feed around the article', () => {
  const doc = clean(SCRAPED_PAGE);

  it('finds the title above the byline, the author and the page date', () => {
    expect(doc.title).toBe('Mayor says the city will keep its schools open despite the shelling');
    expect(doc.byline).toBe('The Daily Ledger news desk');
    expect(doc.published).toBe('2023-04-12T09:15');
    expect(doc.publishedSource).toBe('page');
    expect(doc.publishedEvidence).toContain('April 12, 2023');
  });

  it('turns each clock line and its text into a feed item with the clock time', () => {
    expect(doc.items.map((i) => i.clock)).toEqual(['23:05', '20:40', '16:15']);
    expect(doc.items.every((i) => i.time === null && i.timeSource === 'unknown')).toBe(true);
    expect(doc.items[0]!.text.text).toMatch(/^Firefighters in Odesa/);
    const span = doc.items[1]!.text.toSource(0, doc.items[1]!.text.length);
    expect(SCRAPED_PAGE.slice(span.start, span.end)).toBe(doc.items[1]!.text.text);
  });

  it('keeps the article and drops menus, appeals, forms, feed and teasers from the body', () => {
    const text = body(doc);
    expect(text).toContain('schools in the city would stay open');
    expect(text).toContain('Parents can still choose remote lessons');
    for (const chrome of [
      'Skip to content', 'advertise with', 'Morning Brief', 'Firefighters', 'central bank', 'follow us', 'Edit post',
      'AI assistance', 'torchlight', 'night trains', 'independent journalism', 'visa', "Editors' Picks",
      'indicates required', 'Successfully subscribed', 'confirmation email',
    ]) {
      expect(text).not.toContain(chrome);
    }
  });

  it('puts the headline-shaped links inside and after the article among related stories', () => {
    expect(doc.related).toEqual([
      'Teachers in the eastern districts: ‘We have learned to teach by torchlight’',
      'Rail workers in Kharkiv: ‘The night trains never stopped’',
    ]);
    expect(doc.removed).toContain('Skip to content');
    expect(doc.removed).toContain('* indicates required');
  });
});

describe('cleanText: plain article text', () => {
  const doc = clean(PLAIN_ARTICLE);

  it('has no title when the page starts with prose', () => {
    expect(doc.title).toBeNull();
  });

  it('keeps nearly all the text, across an ad slot and a sign-up line', () => {
    const text = body(doc);
    expect(text).toContain('Officials in the port city');
    expect(text).toContain('Shipping agents said');
    expect(text).toContain('Insurance costs');
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('newsletter');
    expect(doc.removed).toEqual(['Advertisement', 'Sign up for our free daily newsletter']);
  });
});

describe('cleanText: edge cases', () => {
  it('treats a lone clock time over an article as a timestamp, not a feed', () => {
    const doc = clean('09:30\n\nThe council met in the morning and approved a new budget for repairs to the bridge.\n');
    expect(doc.items).toEqual([]);
    expect(body(doc)).toMatch(/^The council met/);
  });

  it('keeps a headline alone as the body when there is no prose at all', () => {
    const doc = clean('Council approves budget for bridge repairs\n');
    expect(body(doc)).toBe('Council approves budget for bridge repairs');
  });

  it('returns an empty document for an empty page', () => {
    const doc = clean('\n\n  \n');
    expect(doc.paragraphs).toEqual([]);
    expect(doc.title).toBeNull();
  });

  it('keeps a section heading whose words the next paragraph takes up', () => {
    const doc = clean(
      'The ministry said on Monday that talks with the lenders had made progress.\n\nLenders: debt talks make progress\n\nThe debt talks with the lenders made progress on the terms, the ministry said.\n',
    );
    expect(body(doc)).toContain('Lenders: debt talks make progress');
    expect(doc.related).toEqual([]);
  });
});

describe('cleanText: feed items with full dates', () => {
  it('reads a dated head as the item time, taken whole from the page', () => {
    const doc = clean(
      [
        'Live updates: the dam breach',
        '',
        'June 7, 2023 10:53 PM',
        'Rescuers moved more than a thousand people from flooded streets in the city overnight, officials said.',
        'June 7, 2023 8:02 PM',
        'The water level in the river rose by another metre during the afternoon, the hydrological service said.',
        '',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.time, i.timeSource, i.clock])).toEqual([
      ['2023-06-07T22:53', 'page', '22:53'],
      ['2023-06-07T20:02', 'page', '20:02'],
    ]);
    expect(doc.title).toBe('Live updates: the dam breach');
  });

  it('handles Windows line ends', () => {
    const doc = clean('Council approves bridge repairs\r\n\r\nThe council approved the repairs on Monday, the mayor said.\r\n');
    expect(doc.title).toBe('Council approves bridge repairs');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['The council approved the repairs on Monday, the mayor said.']);
  });
});

describe('cleanText: page furniture around a short article', () => {
  const page = [
    'Home | World | Europe | Ukraine',
    'The Daily Ledger',
    '',
    'Engineers restore power to the eastern districts after the storm',
    'Updated 3 hours ago',
    'AGENCY/Photographer Name',
    '',
    'Engineers restored power to most homes in the eastern districts on Sunday, the grid operator said.',
    '',
    'Crews worked through the night to repair the damaged lines, it added.',
    '',
  ].join('\n');
  const doc = clean(page);

  it('drops menus, relative timestamps and bare photo credits, and picks the longest headline as title', () => {
    expect(doc.title).toBe('Engineers restore power to the eastern districts after the storm');
    expect(doc.removed).toEqual(expect.arrayContaining(['Home | World | Europe | Ukraine', 'Updated 3 hours ago', 'AGENCY/Photographer Name']));
    expect(body(doc)).toMatch(/^Engineers restored power/);
  });

  it('keeps a feed item headline with its text', () => {
    const live = clean(
      [
        '10:05 PM',
        'Grid restored in the east',
        'Engineers restored power to most homes in the eastern districts, the grid operator said.',
        '9:40 PM',
        'Crews reported that the last damaged line near the river had been repaired, officials said.',
        '',
      ].join('\n'),
    );
    expect(live.items.map((i) => i.text.text.split('\n')[0])).toEqual([
      'Grid restored in the east',
      'Crews reported that the last damaged line near the river had been repaired, officials said.',
    ]);
  });
});

describe('cleanText: dated lines', () => {
  it('keeps a clock time from a dated head without a year, leaving the day to the dating stage', () => {
    const doc = clean(
      [
        'June 7, 10:53 PM',
        'Rescuers moved more than a thousand people from flooded streets in the city overnight, officials said.',
        'June 7, 8:02 PM',
        'The water level in the river rose by another metre during the afternoon, the hydrological service said.',
        '',
      ].join('\n'),
    );
    expect(doc.items.map((i) => [i.time, i.timeSource, i.clock])).toEqual([
      [null, 'unknown', '22:53'],
      [null, 'unknown', '20:02'],
    ]);
  });

  it('never takes a date line for the title, and keeps wire datelines in the body', () => {
    const doc = clean('March 20, 4:00pm ET\n\nKHARKIV, Ukraine (AGENCY) --\n\nShelling hit a power station in the city overnight, the regional governor said.\n');
    expect(doc.title).toBeNull();
    expect(doc.published).toBeNull();
    expect(doc.paragraphs.map((p) => p.text)[0]).toBe('KHARKIV, Ukraine (AGENCY) --');
  });
});

describe('cleanText: feed items with the clock on the text line', () => {
  it('reads "10:53 PM Text…" lines as items, the text mapped into the input', () => {
    const page = [
      'Live: floods in the south',
      '',
      '10:53 PM Rescuers moved more than a thousand people from flooded streets overnight, officials said.',
      '',
      '8:02 PM The water level in the river rose by another metre during the afternoon, officials said.',
      '',
      '1:02 Mayor visits a shelter – video',
      '',
    ].join('\n');
    const doc = clean(page);
    expect(doc.items.map((i) => i.clock)).toEqual(['22:53', '20:02']);
    const text = doc.items[0]!.text;
    expect(text.text).toMatch(/^Rescuers moved/);
    const span = text.toSource(0, text.length);
    expect(page.slice(span.start, span.end)).toBe(text.text);
    expect(doc.related).toEqual(['Mayor visits a shelter – video']);
  });
});
