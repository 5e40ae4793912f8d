// wordCount is a hand-written scanner standing for a regular expression (it runs on every line of every
// page, several times); it must count exactly as that expression does. Lines are also mapped before
// trimming in one step, and must keep their offsets.
import { describe, expect, it } from 'vitest';
import { wordCount } from '../../src/clean/text/signals.js';
import { splitLines } from '../../src/clean/text/lines.js';

const byPattern = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu) ?? []).length;

describe('wordCount', () => {
  it.each([
    '',
    '   ',
    'The troops left Kharkiv on Monday.',
    "don't U.S.-led Kyiv-based Ukraine’s",
    '-abc ’x x’’y ..a..b',
    '— word—word –',
    '3.5-4 per cent, 127,000 soldiers, 10:53 PM',
    'Київ і Харків, 24 лютого',
    '١٢٣ ٤ ǅa',
    '𝐀𝐁 c 𝟏2',
    'x\ud800y \udc00a a\ud835',
    'ab\u00a0cd\u200bef',
  ])('counts %j as the pattern does', (text) => {
    expect(wordCount(text)).toBe(byPattern(text));
  });

  it('counts generated mixes of letters, digits, joiners and separators as the pattern does', () => {
    const parts = ['a', 'Z', 'é', 'ж', '7', '٣', "'", '’', '.', '-', ' ', ',', '—', '\ud835\udc00', '\ud800', '_'];
    for (let seed = 1; seed <= 500; seed++) {
      let x = seed;
      let text = '';
      for (let i = 0; i < 1 + (seed % 23); i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        text += parts[x % parts.length];
      }
      expect(wordCount(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });
});

describe('splitLines', () => {
  it('trims each line and keeps its source offsets', () => {
    const page = '  Title line  \n\n\u00a0 First paragraph here.\t\nlast';
    const lines = splitLines(page);
    expect(lines.map((l) => l.text.text)).toEqual(['Title line', 'First paragraph here.', 'last']);
    for (const l of lines) {
      const span = l.text.toSource(0, l.text.length);
      expect(page.slice(span.start, span.end)).toBe(l.text.text);
      expect(l.text.map[l.text.length]).toBe(span.end);
    }
    expect(lines.map((l) => l.blankBefore)).toEqual([true, true, false]);
  });
});
