// Small text helpers the matchers share: folding, Slavic surname variants, sentence lookup.
import { sentenceAt } from '../sentences/index.js';

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
  const s = sentenceAt(sentences, at);
  return s ? [s.start, s.end] : [0, textLength];
}
