import { describe, it, expect } from 'vitest';
import { collapseSpace } from '../../src/clean/html/collapse-space.js';
import { chromeOf, classChrome } from '../../src/clean/html/chrome.js';

describe('collapseSpace', () => {
  it('gives what the regex collapse and trim give, and the same string when it is already tidy', () => {
    const samples = [
      '', ' ', 'plain words', '  leading', 'trailing  ', 'two  spaces', 'tab\there', 'line\nbreak',
      'no\u00a0break', 'wide\u3000space', '\ufeffbom', 'a \u2009 b', 'x', ' x ', 'ends with space ',
    ];
    for (const s of samples) expect(collapseSpace(s)).toBe(s.replace(/\s+/g, ' ').trim());
    const tidy = 'Already tidy text, with single spaces.';
    expect(collapseSpace(tidy)).toBe(tidy);
  });
});

describe('chromeOf', () => {
  it('gives the same verdict as the whole-string rules, first time and remembered', () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ class: 'related-posts widget' }, 'div'],
      [{ class: 'article-body share-tools' }, 'div'],
      [{ class: 'Post-Meta', id: 'Byline-12' }, 'div'],
      [{ id: 'comments  list' }, 'section'],
      [{ class: 'container row' }, 'div'],
      [{ class: 'sidebar', role: 'navigation' }, 'div'],
      [{ class: 'related', style: 'display: none' }, 'div'],
      [{ class: 'related' }, 'article'],
    ];
    for (const [attrs, tag] of cases) {
      const first = chromeOf(attrs, tag);
      const again = chromeOf({ ...attrs }, tag);
      expect(again).toEqual(first);
      const classId = `${attrs.class ?? ''} ${attrs.id ?? ''}`.toLowerCase();
      expect(first.classId).toBe(classId);
      if (first.hardKind === null && !['article', 'main', 'body', 'html'].includes(tag)) expect(first.kind).toBe(classChrome(classId));
    }
    expect(chromeOf({ class: 'sidebar', role: 'navigation' }, 'div').kind).toBe('nav');
    expect(chromeOf({ class: 'related', style: 'display: none' }, 'div').kind).toBe('hidden');
  });
});
