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
