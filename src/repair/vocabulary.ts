// The document's own words, counted as they are written: a name the page spells alone elsewhere
// ("Kherson") is a safe half when the same name turns up glued to a word ("Khersondespite").
export type Vocabulary = ReadonlyMap<string, number>;

export function vocabularyOf(text: string): Vocabulary {
  const counts = new Map<string, number>();
  // match() hands back the words alone; matchAll would build a match object (index, groups) per word.
  for (const word of text.match(/\p{L}+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Occurrences of lowercase words: the words the English share is taken over. */
function lowercaseOccurrences(vocabulary: Vocabulary): number {
  let all = 0;
  for (const [word, count] of vocabulary) if (word === word.toLowerCase()) all += count;
  return all;
}

/**
 * At least `minShare` of the document's lowercase words (by occurrence) are English words. Words are
 * looked up only until the answer is sure: the share only grows as words are counted, so on an English
 * page the lookups stop once the English words alone reach the minimum.
 */
export function hasEnglishShare(vocabulary: Vocabulary, isEnglish: (word: string) => boolean, minShare: number): boolean {
  const all = lowercaseOccurrences(vocabulary);
  if (all === 0) return 0 >= minShare;
  let english = 0;
  for (const [word, count] of vocabulary) {
    if (word !== word.toLowerCase() || !isEnglish(word)) continue;
    english += count;
    if (english / all >= minShare) return true;
  }
  return english / all >= minShare;
}
