import { describe, it, expect } from 'vitest';
import { cleanHtml } from '../../src/clean/html/index.js';
import { parsePageDate } from '../../src/clean/metadata/dates.js';
import { dateRole, trailingLabel } from '../../src/clean/metadata/date-role.js';
import { inLocalZone } from '../../src/clean/metadata/local-time.js';

const clean = (html: string, url?: string) => cleanHtml({ id: 't', kind: 'html', content: html, ...(url ? { url } : {}) });

const PROSE = [
  'The ferry across the lake resumed its morning runs after a week of repairs to the landing stage, the harbour office said.',
  'Crews replaced the rotten boards and fitted new mooring rings, and the first crossing carried forty passengers and two vans.',
  'Timetables for the summer season will be posted at the landing, with an extra evening crossing on market days.',
].map((p) => `<p>${p}</p>`).join('\n');

/** A small article page: `head` goes in <head>, `byHeadline` just under the h1. */
function page(opts: { head?: string; byHeadline?: string; footer?: string; beforeMain?: string } = {}): string {
  return `<!doctype html><html lang="en"><head><title>Ferry crossings resume | Lake Gazette</title>${opts.head ?? ''}</head>
<body>${opts.beforeMain ?? ''}<main><article><h1>Ferry crossings resume</h1>${opts.byHeadline ?? ''}
<div class="article-body">${PROSE}</div></article></main>
<footer>${opts.footer ?? ''}</footer></body></html>`;
}

describe('dates a page shows, and what their labels say they are', () => {
  it('reads a bare label with the <time> after it, and takes the declared publication over a shown update', () => {
    const html = page({
      head: '<meta property="article:published_time" content="2024-02-10T08:00:00+00:00"><meta property="article:modified_time" content="2024-06-01T09:00:00+00:00">',
      byHeadline: '<div class="meta"><span>Last updated on</span> <time datetime="2024-06-01">June 1, 2024</time></div>',
    });
    const doc = clean(html);
    expect(doc.published?.slice(0, 10)).toBe('2024-02-10');
    expect(doc.publishedEvidence).toMatch(/update/);
  });

  it('keeps the shown date when it is not labelled as an update', () => {
    const html = page({
      head: '<meta property="article:published_time" content="2024-02-10T08:00:00+00:00">',
      byHeadline: '<div class="meta"><time datetime="2024-06-01">June 1, 2024</time></div>',
    });
    expect(clean(html).published?.slice(0, 10)).toBe('2024-06-01');
  });

  it('takes the publication date when the page shows both, whichever comes first', () => {
    const byClass = page({
      byHeadline: '<div class="entry-meta"><time class="updated" datetime="2024-05-21">May 21, 2024</time><time class="entry-date published" datetime="2024-04-24">April 24, 2024</time></div>',
    });
    expect(clean(byClass).published?.slice(0, 10)).toBe('2024-04-24');
    const byLabel = page({ byHeadline: '<p class="stamp">Updated 5 May 2024 (first published 3 May 2024)</p>' });
    expect(clean(byLabel).published?.slice(0, 10)).toBe('2024-05-03');
  });

  it('passes over a date labelled as some other happening', () => {
    const html = page({
      head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry crossings resume","datePublished":"2023-11-21T10:00:00+01:00"}</script>',
      byHeadline: '<p class="player">Download file | Duration: 18:43 | Recorded on August 19, 2025</p>',
    });
    expect(clean(html).published?.slice(0, 10)).toBe('2023-11-21');
  });

  it('does not anchor on an h1 in the footer when the title matches no h1', () => {
    const html = page({
      byHeadline: '<p class="dateline">March 3, 2024</p>',
      footer: '<h1>Contact us</h1><p>Nov 11, 2025</p><p>Write to the harbour office.</p>',
    }).replace('<h1>Ferry crossings resume</h1>', '<h2>Ferry crossings resume</h2>');
    expect(clean(html).published?.slice(0, 10)).toBe('2024-03-03');
  });

  it('reads a labelled "last modified" date anywhere on the page when it is the only date', () => {
    const html = page({ footer: '<p>Page last modified <span class="datetime"><time datetime="2025-01-17T13:39:16-0500">Jan. 17, 2025</time></span></p>' });
    const doc = clean(html);
    expect(doc.published?.slice(0, 10)).toBe('2025-01-17');
  });

  it('reads a year-first date after a label', () => {
    const html = page({ byHeadline: '<p class="pt-3"><span>Essay - Published: 2025.12.17 | </span><a href="/tags">Tags</a></p>' });
    expect(clean(html).published).toBe('2025-12-17');
  });

  it('keeps the local calendar day when a meta tag gives the same instant in UTC', () => {
    const html = page({
      head: '<meta property="article:published_time" content="2023-03-23T04:30:00+00:00">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry crossings resume","datePublished":"2023-03-22T23:30:00-05:00"}</script>',
    });
    expect(clean(html).published).toBe('2023-03-22T23:30:00-05:00');
  });
});

describe('date labels', () => {
  it('names the role of a dated text, and the part holding the publication date', () => {
    expect(dateRole('Published 3 May 2024, updated 5 May 2024')).toMatchObject({ role: 'published', dateText: 'Published 3 May 2024, ' });
    expect(dateRole('Оновлено 22 березня 2023').role).toBe('updated');
    expect(dateRole('Опубликовано 22 марта 2023').role).toBe('published');
    expect(dateRole('Offer expires March 3, 2024').role).toBe('other');
    expect(dateRole('March 3, 2024').role).toBeNull();
    expect(dateRole('March 3, 2024', 'entry-date published').role).toBe('published');
    expect(dateRole('March 3, 2024', 'entry-date published updated').role).toBeNull();
    expect(dateRole('Trends to watch in 2024').role).toBeNull();
  });

  it('knows a text that is only a label for the date after it', () => {
    expect(trailingLabel('Last updated on')).toBe('Last updated on');
    expect(trailingLabel('By Ann Writer Updated')).toBe('By Ann Writer Updated');
    expect(trailingLabel('Опубліковано:')).toBe('Опубліковано:');
    expect(trailingLabel('Trends')).toBeNull();
    expect(trailingLabel('Published 3')).toBeNull();
  });

  it('finds the local twin of a UTC time, and only of the same instant', () => {
    const local = ['2023-03-22T23:30:00-05:00'];
    expect(inLocalZone('2023-03-23T04:30:00Z', () => local)).toBe('2023-03-22T23:30:00-05:00');
    expect(inLocalZone('2023-03-23T05:30:00Z', () => local)).toBe('2023-03-23T05:30:00Z');
    expect(inLocalZone('2023-03-23', () => local)).toBe('2023-03-23');
  });
});

describe('date formats', () => {
  it('reads Ukrainian, Russian and Polish month names, with the year word and clock time', () => {
    expect(parsePageDate('22 березня 2023 року, 14:35')).toBe('2023-03-22T14:35:00');
    expect(parsePageDate('22 марта 2023 г.')).toBe('2023-03-22');
    expect(parsePageDate('5 listopada 2024 o 09:10')).toBe('2024-11-05T09:10:00');
    expect(parsePageDate('12 février 2024')).toBe('2024-02-12');
  });

  it('reads ordinals, dotted days and year-first dates inside a line', () => {
    expect(parsePageDate('21st November 2026')).toBe('2026-11-21');
    expect(parsePageDate('21.11.2026')).toBe('2026-11-21');
    expect(parsePageDate('Published: 2025-12-17')).toBe('2025-12-17');
    expect(parsePageDate('Posted (2025/12/17)')).toBe('2025-12-17');
    expect(parsePageDate('Version 10.2.3')).toBeNull();
    expect(parsePageDate('1990-2020 figures')).toBeNull();
    expect(parsePageDate('березень 2023')).toBeNull();
  });
});
