import { describe, it, expect } from 'vitest';
import { cleanHtml } from '../../src/clean/html/index.js';
import { parsePageDate } from '../../src/clean/metadata/dates.js';
import { stripSiteName, chooseTitle } from '../../src/clean/metadata/title.js';
import { tidyByline } from '../../src/clean/metadata/byline.js';
import { newsPage } from './fixtures.js';

const clean = (html: string, url?: string) => cleanHtml({ id: 't', kind: 'html', content: html, ...(url ? { url } : {}) });

describe('page metadata', () => {
  it('reads title, byline, date, site, language and canonical URL', () => {
    const doc = clean(newsPage(), 'https://courier.example/news/bridge-reopens?ref=home');
    expect(doc.title).toBe('Bridge reopens after repairs');
    expect(doc.byline).toBe('Jane Example and John Sample');
    expect(doc.published?.slice(0, 10)).toBe('2023-03-07');
    expect(doc.publishedSource).toBe('page');
    expect(doc.publishedEvidence).toBeTruthy();
    expect(doc.siteName).toBe('The Valley Courier');
    expect(doc.language).toBe('en-GB');
    expect(doc.canonicalUrl).toBe('https://courier.example/news/bridge-reopens');
  });

  it('prefers JSON-LD and meta dates when the page shows none by its headline', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"X","datePublished":"2022-11-02T08:30:00-05:00","author":{"@type":"Person","name":"Ann Writer"}}</script>`;
    const page = `<html><head>${ld}</head><body><h1>A headline for the test page</h1><p>${'Some prose for the body of the page, long enough to count. '.repeat(5)}</p></body></html>`;
    const doc = clean(page);
    expect(doc.published).toBe('2022-11-02T08:30:00-05:00');
    expect(doc.byline).toBe('Ann Writer');
    const meta = `<meta property="article:published_time" content="2021-04-05T10:00:00Z">`;
    expect(clean(page.replace(ld, meta)).published).toBe('2021-04-05T10:00:00Z');
  });

  it('falls back to the date in the URL', () => {
    const page = `<html><body><h1>Headline</h1><p>${'Prose without any date in it at all, repeated. '.repeat(5)}</p></body></html>`;
    expect(clean(page, 'https://x.example/2019/11/19/opinion/story.html').published).toBe('2019-11-19');
    expect(clean(page, 'https://x.example/opinion/story.html').published).toBeNull();
    expect(clean(page, 'https://x.example/opinion/story.html').publishedSource).toBe('unknown');
  });

  it('handles a bad JSON-LD block without failing', () => {
    const page = `<html><head><script type="application/ld+json">{"@type": "NewsArticle", broken</script><title>Plain title</title></head><body><p>Text.</p></body></html>`;
    expect(clean(page).title).toBe('Plain title');
  });

  it('parses the date formats pages use', () => {
    expect(parsePageDate('2023-03-07T10:00:00.000+0200')).toBe('2023-03-07T10:00:00+02:00');
    expect(parsePageDate('Tue, 07 Mar 2023 10:00:00 GMT')).toBe('2023-03-07T10:00:00');
    expect(parsePageDate('Updated March 7, 2023 at 4:05 pm')).toBe('2023-03-07T16:05:00');
    expect(parsePageDate('Published 7th March 2023')).toBe('2023-03-07');
    expect(parsePageDate('07.03.2023')).toBe('2023-03-07');
    expect(parsePageDate('2023/03/07')).toBe('2023-03-07');
    expect(parsePageDate('20230307')).toBe('2023-03-07');
    expect(parsePageDate('1678183200')).toBe('2023-03-07T10:00:00Z');
    expect(parsePageDate('no date here')).toBeNull();
    expect(parsePageDate('2023-13-45')).toBeNull();
  });

  it('reads month abbreviations of other languages and day-month-year joined by hyphens', () => {
    expect(parsePageDate('Posted on 09-dic-2021 4:05:00')).toBe('2021-12-09T04:05:00');
    expect(parsePageDate('3-Aug-2020')).toBe('2020-08-03');
    expect(parsePageDate('12 ago 2019')).toBe('2019-08-12');
    expect(parsePageDate('Okt. 5, 2018')).toBe('2018-10-05');
    // A word that begins no month name is no month.
    expect(parsePageDate('Season 4, 2021')).toBeNull();
    expect(parsePageDate('4-Box-2021')).toBeNull();
  });

  it('cuts site names off titles', () => {
    expect(stripSiteName('Bridge reopens | The Valley Courier', 'The Valley Courier', null)).toBe('Bridge reopens');
    expect(stripSiteName('Courier - Bridge reopens after long repairs', null, 'www.courier.example')).toBe('Bridge reopens after long repairs');
    expect(stripSiteName('Bridge reopens after long repairs - News - Courier', null, null)).toBe('Bridge reopens after long repairs');
    expect(stripSiteName('Q&A: what the repairs cost', null, null)).toBe('Q&A: what the repairs cost');
    // The site's name shortened in the title.
    expect(stripSiteName('Our portfolio | Harbor Design', 'Harbor Design Works', null)).toBe('Our portfolio');
  });

  it('spells the h1 as the declared titles agree to spell it', () => {
    const base = { jsonLd: null, siteName: 'Courier', host: null };
    const h1 = [{ text: 'Cells solve puzzles—no brain needed', offArticle: false }];
    const declared = { og: 'Cells solve puzzles--no brain needed', titleTag: 'Cells solve puzzles--no brain needed | Courier' };
    expect(chooseTitle({ ...base, ...declared, h1 })).toBe('Cells solve puzzles--no brain needed');
    // One declared source spells it as the h1 does: the visible spelling stays.
    expect(chooseTitle({ ...base, ...declared, og: 'Cells solve puzzles—no brain needed', h1 })).toBe('Cells solve puzzles—no brain needed');
  });

  it('takes the h1 unless it is a site label', () => {
    const base = { og: null, jsonLd: null, titleTag: 'River bridge reopens after repairs | Courier', siteName: 'Courier', host: null };
    expect(chooseTitle({ ...base, h1: [{ text: 'Bridge over the river reopens', offArticle: false }] })).toBe('Bridge over the river reopens');
    expect(chooseTitle({ ...base, h1: [{ text: 'Courier', offArticle: false }] })).toBe('River bridge reopens after repairs');
    expect(chooseTitle({ ...base, h1: [{ text: 'Blog', offArticle: false }] })).toBe('River bridge reopens after repairs');
  });

  it('tidies bylines', () => {
    expect(tidyByline('By Jane Example | Updated 10:32')).toBe('Jane Example');
    expect(tidyByline('https://facebook.com/someone')).toBeNull();
    expect(tidyByline('Staff')).toBeNull();
  });
});
