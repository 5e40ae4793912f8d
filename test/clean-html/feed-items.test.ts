import { describe, it, expect } from 'vitest';
import { cleanHtml } from '../../src/clean/html/index.js';
import { liveBlogJsonLd, liveBlogDom } from './fixtures.js';

const clean = (html: string) => cleanHtml({ id: 't', kind: 'html', content: html });

describe('live blogs', () => {
  it('turns JSON-LD liveBlogUpdate into timed feed items', () => {
    const doc = clean(liveBlogJsonLd());
    expect(doc.items).toHaveLength(2);
    expect(doc.items[0]!.time).toBe('2023-06-07T22:53:00+01:00');
    expect(doc.items[0]!.timeSource).toBe('page');
    expect(doc.items[0]!.text.text).toContain('Power has been restored');
    expect(doc.items[1]!.text.text).toContain('Two roads into the town');
  });

  it('finds updates in the common DOM shape, with their times and clocks', () => {
    const doc = clean(liveBlogDom());
    expect(doc.items).toHaveLength(3);
    expect(doc.items.map((i) => i.time)).toEqual(['2023-05-04T23:40:00Z', '2023-05-04T23:10:00Z', '2023-05-04T22:00:00Z']);
    expect(doc.items[0]!.clock).toBe('23:40');
    expect(doc.items[0]!.text.text).toBe('The first count in the harbour ward is complete and turnout was higher than expected.');
    // The updates are not repeated in the body.
    const body = doc.paragraphs.map((p) => p.text).join(' ');
    expect(body).not.toContain('harbour ward');
    expect(body).toContain('All the results as they come in');
  });

  it('makes no items for an ordinary article', () => {
    expect(clean('<html><body><h1>T</h1><p>One paragraph of plain article prose, nothing live about it.</p></body></html>').items).toEqual([]);
  });
});
