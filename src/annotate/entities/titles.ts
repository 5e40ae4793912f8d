// Title cues over words: a title right before a name ("Defense Secretary Lloyd Austin", "mayor (Ihor)
// Terekhov"), or in an apposition after it ("X, the exiled mayor of Y", "X, 45, a farmer").
import { PERSON_TITLES } from '../../facts/actors/index.js';
import type { Word } from './words.js';

const TITLE_PHRASES: ReadonlySet<string> = new Set(PERSON_TITLES.map((t) => t.replace(/\.$/, '').replace(/\./g, '. ').replace(/\s+/g, ' ').trim()));
const MAX_TITLE_WORDS = Math.max(...[...TITLE_PHRASES].map((t) => t.split(/[ -]/).length));

/** Single title words, for stripping them off the front of a capitalised run ("President Volodimir ..."). */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  PERSON_TITLES.flatMap((t) => t.split(/[\s-]+/))
    .map((w) => w.toLowerCase().replace(/\.$/, ''))
    .filter((w) => !['of', 'the', 'in', 'state', 'staff'].includes(w)),
);

/** One-word titles that on their own say a person follows ("President", "Mayor", "Gen."). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  PERSON_TITLES.filter((t) => !/[\s-]/.test(t)).map((t) => t.replace(/\.$/, '')),
);

/** The words from..to-1 as one lower-case phrase, or null when punctuation other than a hyphen splits them. */
function phraseOf(words: readonly Word[], from: number, to: number): string | null {
  let out = words[from]!.text.toLowerCase();
  for (let k = from + 1; k < to; k++) {
    const gap = words[k]!.gap;
    if (gap !== ' ' && gap !== '-' && gap !== '. ') return null;
    out += (gap === '-' ? '-' : gap) + words[k]!.text.toLowerCase();
  }
  return out;
}

/**
 * The title that ends right before word `i` (skipping a bracketed given name), or null.
 * "Defense Secretary Lloyd Austin" at "Lloyd" gives "defense secretary".
 */
export function titleBefore(words: readonly Word[], i: number): string | null {
  let end = i;
  if (/^\) ?$/.test(words[i]?.gap ?? '') && (words[i - 1]?.gap ?? '').endsWith('(')) end = i - 1;
  const gap = words[end]?.gap ?? '';
  if (end === 0 || !/^(?:\.? |\. ?\(|\s?\()$/.test(gap)) return null;
  for (let k = Math.min(MAX_TITLE_WORDS, end); k >= 1; k--) {
    const phrase = phraseOf(words, end - k, end);
    if (phrase && TITLE_PHRASES.has(phrase)) return phrase;
  }
  return null;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);

/** The title in an apposition after the name ending before word `j` (", the exiled mayor of ..."), or null. */
export function titleAfter(words: readonly Word[], j: number): string | null {
  const first = words[j];
  if (!first || first.gap !== ', ') return null;
  let k = j;
  if (/^\d{1,3}$/.test(first.text) && words[k + 1]?.gap === ', ') k++;
  const det = DETERMINERS.has(words[k]!.text.toLowerCase()) || words[k + 1]?.gap === "'s ";
  const reach = det ? 4 : 2;
  for (let n = det ? 1 : 0; n < reach && words[k + n]; n++) {
    if (n > 0 && !/^(?: |-|'s )$/.test(words[k + n]!.gap)) return null;
    const word = words[k + n]!.text.toLowerCase();
    if (TITLE_HEADS.has(word)) return word;
  }
  return null;
}
