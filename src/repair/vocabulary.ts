// The document's own words, counted as they are written: a name the page spells alone elsewhere
// ("Kherson") is a safe half when the same name turns up glued to a word ("Khersondespite").
import { hasAsciiLettersOnly } from '../text/plain.js';

export type Vocabulary = ReadonlyMap<string, number>;

export function vocabularyOf(text: string): Vocabulary {
  const counts = new Map<string, number>();
  // match() hands back the words alone; matchAll would build a match object (index, groups) per word.
  const words = hasAsciiLettersOnly(text) ? /[A-Za-z]+/g : /\p{L}+/gu;
  for (const word of text.match(words) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** How many lowercase word occurrences are enough to tell a page's language. */
const SAMPLE_OCCURRENCES = 400;

/**
 * At least `minShare` of the document's lowercase words (by occurrence) are English words, judged on the
 * words the page uses first until they make SAMPLE_OCCURRENCES occurrences: a page's language shows in its
 * first paragraphs, and looking up every word of a long page costs more than the answer is worth.
 */
export function hasEnglishShare(vocabulary: Vocabulary, isEnglish: (word: string) => boolean, minShare: number): boolean {
  let all = 0;
  let english = 0;
  for (const [word, count] of vocabulary) {
    if (word !== word.toLowerCase()) continue;
    all += count;
    if (isEnglish(word)) english += count;
    if (all >= SAMPLE_OCCURRENCES) break;
  }
  if (all === 0) return 0 >= minShare;
  return english / all >= minShare;
}
