// The document's own words, counted as they are written: a name the page spells alone elsewhere
// ("Kherson") is a safe half when the same name turns up glued to a word ("Khersondespite").
export type Vocabulary = ReadonlyMap<string, number>;

export function vocabularyOf(text: string): Vocabulary {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}
