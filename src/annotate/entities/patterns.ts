// Building blocks for the matchers: folding, phrase alternations with word boundaries, name variants.

/** Case, accents, apostrophes and spacing folded away: the key two spellings of one name share. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a pattern: spaces match any run of white space, apostrophes match both forms. */
export function phrasePattern(phrase: string): string {
  return escapeRegExp(phrase).replace(/ +/g, '\\s+').replace(/['’]/g, "['’]");
}

/** An alternation of phrases, longest first, so the longest alias at a position wins. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

/** Letters and digits either side must not continue the word. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

export function wordRegex(body: string, flags = 'gu'): RegExp {
  return new RegExp(`${WORD_START}(?:${body})${WORD_END}`, flags);
}

const SLAVIC_ADJECTIVE_ENDING = /^(.*[bcdfghjklmnpqrstvwxz])(?:yi|iy|yy|ij|ii|yj|y|i)$/;
const SLAVIC_ENDINGS = ['y', 'yi', 'iy', 'yy', 'ij', 'ii', 'yj', 'i'];

/**
 * Transliteration variants of a Slavic family name: Zelensky, Zelenskyy, Zelenskiy, Zelenski ...
 * (Ukrainian -ий is written y, yi, iy or yy; Russian -ий i, iy or ij.)
 */
export function surnameVariants(family: string, slavic: boolean): string[] {
  const out = new Set([family]);
  const m = slavic ? SLAVIC_ADJECTIVE_ENDING.exec(family) : null;
  if (m && family.length > 4) for (const e of SLAVIC_ENDINGS) out.add(m[1] + e);
  return [...out];
}

/** The sentence that holds an offset, as [start, end], or the whole text when none does. */
export function sentenceBounds(sentences: ReadonlyArray<{ start: number; end: number }>, at: number, textLength: number): [number, number] {
  for (const s of sentences) if (at >= s.start && at < s.end) return [s.start, s.end];
  return [0, textLength];
}
