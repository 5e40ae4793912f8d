import { describe, it, expect } from 'vitest';
import { cleanHtml } from '../../src/clean/html/index.js';
import { newsPage, ARTICLE_PARAGRAPHS } from './fixtures.js';

const clean = (html: string, url?: string) => cleanHtml({ id: 't', kind: 'html', content: html, ...(url ? { url } : {}) });

describe('cleanHtml: main content', () => {
  const doc = clean(newsPage(), 'https://courier.example/news/bridge-reopens');
  const texts = doc.paragraphs.map((p) => p.text);
  const body = texts.join('\n\n');

  it('keeps every article paragraph, in order', () => {
    let at = -1;
    for (const p of ARTICLE_PARAGRAPHS) {
      const i = texts.indexOf(p);
      expect(i, p.slice(0, 30)).toBeGreaterThan(at);
      at = i;
    }
  });

  it('keeps headings, quotes and list items as their own paragraphs', () => {
    expect(texts).toContain('Ferry service ends');
    expect(texts).toContain('We are relieved that the crossing is open again before the market day.');
    expect(texts).toContain('Traffic resumes at noon, with a speed limit of thirty.');
  });

  it('drops navigation, cookie, share, newsletter, comments, footer, ads and the byline', () => {
    for (const chrome of ['Home', 'cookies', 'Share on Facebook', 'newsletter', 'Great news', 'All rights reserved', 'Advertisement', 'Jane Example', 'Read more about this', 'color: red']) {
      expect(body, chrome).not.toContain(chrome);
    }
    expect(doc.removed.length).toBeGreaterThan(0);
  });

  it('does not repeat the title in the body', () => {
    expect(texts).not.toContain('Bridge reopens after repairs');
  });

  it('puts captions and related headlines in their own lists', () => {
    expect(doc.captions.some((c) => c.includes('Workers on the bridge at dawn'))).toBe(true);
    expect(body).not.toContain('Workers on the bridge');
    expect(doc.related).toContain('Council approves budget for road repairs next year');
    expect(body).not.toContain('Council approves budget');
  });

  it('gives each paragraph an identity map', () => {
    for (const p of doc.paragraphs) {
      expect(p.map.length).toBe(p.text.length + 1);
      expect(p.map[p.text.length]).toBe(p.text.length);
    }
  });

  it('finds the article in a page built of divs with class names only', () => {
    const prose = ARTICLE_PARAGRAPHS.map((p) => `<div class="para">${p}</div>`).join('');
    const links = Array.from({ length: 8 }, (_, i) => `<div class="item"><a href="/x${i}">Link number ${i} to another page</a></div>`).join('');
    const page = `<html><body><div class="menu-column">${links}</div><div class="main-column"><div class="text">${prose}</div></div></body></html>`;
    const out = clean(page).paragraphs.map((p) => p.text);
    expect(out).toEqual(ARTICLE_PARAGRAPHS);
  });

  it('keeps text split by <br> in old-style pages', () => {
    const page = `<html><body><td class="content">${ARTICLE_PARAGRAPHS.join('<br><br>')}</td></body></html>`;
    const out = clean(page).paragraphs.map((p) => p.text);
    expect(out).toEqual(ARTICLE_PARAGRAPHS);
  });

  it('ignores hidden elements', () => {
    const page = newsPage({ extraBody: '<div style="display:none"><p>This hidden paragraph must never reach the body text of the page.</p></div>' });
    expect(clean(page).paragraphs.map((p) => p.text).join(' ')).not.toContain('hidden paragraph');
  });
});
