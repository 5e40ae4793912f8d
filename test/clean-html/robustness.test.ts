import { describe, it, expect } from 'vitest';
import { cleanHtml } from '../../src/clean/html/index.js';
import { SitrepError } from '../../src/errors.js';

const clean = (html: string) => cleanHtml({ id: 't', kind: 'html', content: html });

describe('cleanHtml on hostile input', () => {
  it('reports an empty page as a typed error', () => {
    for (const content of ['', '   \n\t ']) {
      let caught: unknown;
      try {
        clean(content);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(SitrepError);
      expect((caught as SitrepError).code).toBe('empty');
    }
  });

  it('returns a clean result for a page with no article', () => {
    const page = `<html><head><title>Index</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><footer>Contact</footer></body></html>`;
    const doc = clean(page);
    expect(doc.title).toBe('Index');
    expect(doc.paragraphs).toEqual([]);
    expect(doc.removed.length).toBeGreaterThan(0);
  });

  it('survives 100k-deep nesting without a stack overflow', () => {
    const depth = 100_000;
    const page = `<html><body>${'<div>'.repeat(depth)}<p>Deep text at the bottom of the nesting, long enough to count as prose.</p>${'</div>'.repeat(depth)}</body></html>`;
    const doc = clean(page);
    expect(doc.paragraphs.map((p) => p.text)).toContain('Deep text at the bottom of the nesting, long enough to count as prose.');
  });

  it('survives deep nesting of inline elements and unclosed tags', () => {
    const page = `<html><body><p>${'<span><a href="#"><b>'.repeat(30_000)}word`;
    expect(() => clean(page)).not.toThrow();
  });

  it('cleans a 20 MB page in bounded time', () => {
    const para = '<p>Paragraph of ordinary prose, with commas, about the repairs to the bridge and the ferry.</p>';
    const page = `<html><body><article>${para.repeat(Math.ceil((20 * 1024 * 1024) / para.length))}</article></body></html>`;
    expect(page.length).toBeGreaterThan(20 * 1024 * 1024);
    const t0 = performance.now();
    const doc = clean(page);
    expect(performance.now() - t0).toBeLessThan(30_000);
    expect(doc.paragraphs.length).toBeGreaterThan(100_000);
  });

  it('treats script-like page text as data', () => {
    const page = `<html><body><article><p>${'Text with <script> inside quotes &lt;b&gt; and ${"{"}template} markers, repeated. '.repeat(3)}</p></article></body></html>`;
    const doc = clean(page);
    expect(doc.paragraphs.length).toBeGreaterThan(0);
  });
});

describe('limitNesting', () => {
  it('leaves ordinary pages alone and flattens only what is too deep, keeping the text', async () => {
    const { limitNesting, MAX_DEPTH } = await import('../../src/clean/html/depth-guard.js');
    const ordinary = '<html><body><div><p>a</p><script>if (a<b) {}</script><!-- <div> --></div></body></html>';
    expect(limitNesting(ordinary)).toBe(ordinary);
    const deep = `${'<div>'.repeat(MAX_DEPTH + 50)}text${'</div>'.repeat(MAX_DEPTH + 50)}`;
    const flat = limitNesting(deep);
    expect(flat).toContain('text');
    expect(flat.split('<div>').length - 1).toBe(MAX_DEPTH);
    expect(flat.split('</div>').length - 1).toBe(MAX_DEPTH);
  });
});

describe('chrome markup around the whole page', () => {
  it('does not drop an article wrapped in an unclosed <aside>', () => {
    const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the article, with enough words and commas, to be read as prose by the extractor.</p>`).join('');
    const doc = clean(`<html><body><aside class="banner"><a href="/">Sale</a><main><article>${prose}</article></main></body></html>`);
    expect(doc.paragraphs.length).toBe(6);
  });
});
