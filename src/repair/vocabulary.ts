// The document's own words, counted as they are written: a name the page spells alone elsewhere
// ("Kherson") is a safe half when the same name turns up glued to a word ("Khersondespite").
export type Vocabulary = ReadonlyMap<string, number>;

export function vocabularyOf(text: string): Vocabulary {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** Share of the document's lowercase words (by occurrence) that are English words. */
export function englishShare(vocabulary: Vocabulary, isEnglish: (word: string) => boolean): number {
  let all = 0;
  let english = 0;
  for (const [word, count] of vocabulary) {
    if (word !== word.toLowerCase()) continue;
    all += count;
    if (isEnglish(word)) english += count;
  }
  return all === 0 ? 0 : english / all;
}
