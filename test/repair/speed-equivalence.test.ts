// The shortcuts taken for speed must give the answers of the plain definitions they stand for: the
// English share is taken on a page's first 400 words (exact below that), isEnglishWord remembers answers, and glued-sentences skips texts
// that fail a cheap test. Each is checked here against the plain definition, written out in the test.
import { describe, expect, it } from 'vitest';
import { hasEnglishShare, vocabularyOf } from '../../src/repair/vocabulary.js';
import { isEnglishWord } from '../../src/repair/lexicon.js';
import { gluedSentences } from '../../src/repair/rules/glued-sentences.js';
import { gluedWords } from '../../src/repair/rules/glued-words.js';

/** The share as defined: English occurrences over all occurrences of lowercase words. */
function plainShare(text: string, isEnglish: (w: string) => boolean): number {
  const words = (text.match(/\p{L}+/gu) ?? []).filter((w) => w === w.toLowerCase());
  return words.length === 0 ? 0 : words.filter(isEnglish).length / words.length;
}

describe('hasEnglishShare', () => {
  const english = new Set(['the', 'troops', 'left', 'city', 'on', 'a', 'of']);
  const isEnglish = (w: string) => english.has(w);

  it.each([
    ['the troops left the city on Monday', 0.8],
    ['the troops left the ciudad sangat despues', 0.8],
    // Exactly at the threshold: 4 English words out of 5 lowercase ones.
    ['the troops left the ciudad', 0.8],
    ['the troops left the ciudad', 0.81],
    ['Kyiv Kharkiv Odesa', 0.8],
    ['', 0],
    ['ciudad sangat the of a', 0.6],
    ['ciudad sangat the of a', 0.61],
  ])('agrees with the share as defined on "%s" at %s', (text, min) => {
    expect(hasEnglishShare(vocabularyOf(text), isEnglish, min)).toBe(plainShare(text, isEnglish) >= min);
  });

  it('agrees on generated texts of every mix', () => {
    const pool = ['the', 'troops', 'left', 'city', 'ciudad', 'sangat', 'Kyiv', 'despues', 'a', 'of'];
    for (let seed = 1; seed <= 200; seed++) {
      let x = seed;
      const words: string[] = [];
      for (let i = 0; i < 3 + (seed % 17); i++) {
        x = (x * 1103515245 + 12345) % 2147483648;
        words.push(pool[x % pool.length]!);
      }
      const text = words.join(' ');
      for (const min of [0.5, 0.8]) expect(hasEnglishShare(vocabularyOf(text), isEnglish, min)).toBe(plainShare(text, isEnglish) >= min);
    }
  });
});

describe('hasEnglishShare on long pages', () => {
  const english = new Set(['the', 'troops', 'left', 'city']);
  const isEnglish = (w: string) => english.has(w);

  it('agrees with the definition up to 400 words, and past them judges by the words the page uses first', () => {
    const short = Array.from({ length: 150 }, () => 'the troops left city').join(' ');
    expect(hasEnglishShare(vocabularyOf(short), isEnglish, 0.8)).toBe(true);
    // English first, then a long foreign tail: the first 400 occurrences decide.
    const tail = Array.from({ length: 2000 }, (_, i) => `palabra${'abcdefghij'[i % 10]}`).join(' ');
    expect(hasEnglishShare(vocabularyOf(`${short} ${tail}`), isEnglish, 0.8)).toBe(true);
    expect(hasEnglishShare(vocabularyOf(`${tail} ${short}`), isEnglish, 0.8)).toBe(false);
  });
});

describe('isEnglishWord', () => {
  it('answers case-insensitively, the same on every call', () => {
    for (let round = 0; round < 2; round++) {
      expect(isEnglishWord('government')).toBe(true);
      expect(isEnglishWord('Government')).toBe(true);
      expect(isEnglishWord('GOVERNMENT')).toBe(true);
      expect(isEnglishWord('Zaporizhzhiaska')).toBe(false);
      expect(isEnglishWord('zaporizhzhiaska')).toBe(false);
    }
  });
});

describe('glued rules on texts with and without their shapes', () => {
  const ctx = (text: string) => ({ vocabulary: vocabularyOf(text), english: true });

  it('finds a glued stop wherever it stands, once per place', () => {
    const text = 'no war.We said so. Then peace.They left."Yes."No one came.';
    const edits = gluedSentences.find(text, ctx(text));
    expect(edits.map((e) => text.slice(0, e.start).slice(-6))).toEqual(['o war.', 'peace.', 'left."', '"Yes."']);
  });

  it('finds nothing in a text with no stop before a capital', () => {
    const text = 'the troops left the city. they came back on monday, officials said.';
    expect(gluedSentences.find(text, ctx(text))).toEqual([]);
  });

  it('splits a glued word that follows long and short words', () => {
    const text = 'Kherson was calm. In a long statement on Kherson the mayor said Khersondespite the storm.';
    const edits = gluedWords.find(text, ctx(text));
    expect(edits.map((e) => e.noteTo)).toEqual(['Kherson despite']);
  });
});
