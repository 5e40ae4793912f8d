// The second strategy (density.ts) against the failure shapes where the container choice alone gives a
// page's byline, date line, footer or one section as its body. Pages and sentences are made up here.
import { describe, it, expect } from 'vitest';
import { cleanHtml } from '../../src/clean/html/index.js';
import { densestRun } from '../../src/clean/html/density.js';
import { walkHtml } from '../../src/clean/html/walk.js';

const clean = (html: string) => cleanHtml({ id: 't', kind: 'html', content: html });
const bodyOf = (html: string): string => clean(html).paragraphs.map((p) => p.text).join('\n\n');

/** Ten sentences of made-up reporting, each long enough to read as prose. */
const STORY = [
  'The river authority opened the northern sluice gates on Tuesday morning, two days earlier than planned, after a week of rain upstream.',
  'Farmers along the lower valley had moved their herds to higher pasture by the weekend, according to the regional agriculture office.',
  'Engineers said the gates would stay open until the water level at the old mill gauge falls below four metres, which could take a fortnight.',
  'The mayor of the nearest town asked residents to keep away from the embankments, where the current is strongest near the pumping station.',
  'Two schools on the floodplain will teach from the community hall on the hill until the authority lifts its warning for the district.',
  'A spokesman for the authority said the decision was taken with the downstream councils, who had been told of the plan on Sunday evening.',
  'The last time the gates were opened this early in the season was eleven years ago, when the spring melt came in a single week.',
  'Volunteers filled sandbags through the night at the depot behind the fire station, and more were delivered by lorry at first light.',
  'The railway company said trains on the valley line would run at reduced speed over the two low bridges until further notice.',
  'Officials will review the gates again on Friday, when forecasters expect the rain over the hills to ease for the first time in ten days.',
];

/** The story with every paragraph in its own page-builder box whose class names say "widget". */
function builderBoxes(): string {
  return STORY.map((s, i) => `<div class="builder-widget builder-el-${i}"><div class="builder-widget-container"><p>${s}</p></div></div>`).join('\n');
}

const page = (before: string, article: string, after: string) =>
  `<!doctype html><html><head><title>Gates opened early</title></head><body>${before}<div class="builder-section">${article}</div>${after}</body></html>`;

describe('density fallback: a chosen block far below the page text mass', () => {
  it('takes the article, not the byline and author note, when class rules mark every article box', () => {
    const byline =
      '<div class="intro"><p>By Dana Example - 11/18/19 11:04 PM EST</p><p>Dana Example covers rivers, roads and the weather for the Courier from its valley office. She joined the paper twelve years ago after working for a farming weekly, and writes a monthly column on the history of the old mill and its gauges.</p></div>';
    const body = bodyOf(page(byline, builderBoxes(), ''));
    for (const s of STORY) expect(body).toContain(s);
  });

  it('takes the article, not the site footer address', () => {
    const address =
      '<ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms of use</a></li></ul>' +
      '<div class="site-info"><p>Valley Courier Media Ltd, 14 Harbour Road, Riverton RV2 9QX. Registered in the county of Example under company number 0123456, VAT number 987 6543 21. Editorial office open weekdays from nine to five, telephone 0100 000 000. Letters to the editor may be sent to the same address; we read all of them but cannot answer every one.</p></div>';
    const html = page('', builderBoxes(), address);
    const body = bodyOf(html);
    for (const s of STORY) expect(body).toContain(s);
    // Unmarked prose right after a short link list may ride along; the article must be most of the body.
    expect(STORY.join('').length / body.length).toBeGreaterThan(0.75);
  });

  it('keeps every section of an article cut into sibling containers', () => {
    const sections = STORY.map((s, i) => `<div class="entry-${i} item"><h3>Part ${i + 1}</h3><a href="/p/${i}">Open part ${i + 1}</a><div class="summary"><p>${s}</p></div></div>`).join('');
    const html = `<html><body><div class="hero"><p>${STORY[0]} ${STORY[1]}</p></div>${sections}</body></html>`;
    const body = bodyOf(html);
    for (const s of STORY.slice(1)) expect(body).toContain(s);
  });

  it('does not trade a short article for the long comment thread under it', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<div class="comment"><div class="comment-content"><p>Reader ${i} writes that the gates should have been opened a week ago, and that the authority never listens to the people who live by the river.</p></div></div>`).join('');
    const html = `<html><body><article><h1>Gates opened early</h1><p>${STORY[0]}</p><p>${STORY[1]}</p></article><section class="comments">${comments}</section></body></html>`;
    const body = bodyOf(html);
    expect(body).toContain(STORY[1]);
    expect(body).not.toContain('Reader 3 writes');
  });
});

describe('densestRun', () => {
  it('spans the prose and leaves out the link list and the footer', () => {
    const html = `<html><body><nav><a href="/">Home</a> <a href="/a">World</a></nav><ul>${'<li><a href="/x">A headline elsewhere on the site, linked</a></li>'.repeat(6)}</ul>${STORY.slice(0, 4).map((s) => `<p>${s}</p>`).join('')}<footer><p>${STORY[5]}</p></footer></body></html>`;
    const { blocks } = walkHtml(html);
    const run = densestRun(blocks)!;
    const texts = blocks.slice(run.from, run.to + 1).map((b) => b.text);
    expect(texts[0]).toBe(STORY[0]);
    expect(texts.at(-1)).toBe(STORY[3]);
    expect(run.proseChars).toBe(STORY.slice(0, 4).join('').length);
  });

  it('finds nothing on a page without prose', () => {
    expect(densestRun(walkHtml('<html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>').blocks)).toBeNull();
  });
});
