// Sentences run together where a line break was lost: "no war.We do not" → "no war. We do not",
// `abandoned.""There` → `abandoned." "There`. Left of the stop must stand a plain word (an English
// word or a capitalised name) and right of it a capitalised word; domains, initials and code
// ("Gazeta.pl", "U.S.", "System.Text.Json", "DataError.NotANumber") do not match.
import { isEnglishWord } from '../lexicon.js';
import type { RepairEdit, RepairRule } from './types.js';
import { chunkAt, looksLikeCode } from './chunks.js';

const SHAPES: readonly RegExp[] = [
  /(\p{L}+)[.!?](?=(\p{Lu}\p{L}*))/gu, // war.We
  /[.!?,]["”](?=["“](\p{Lu}\p{L}*))/gu, // ."" between two quotes
  /(\p{L}+)[.!?]["”](?=(\p{Lu}\p{L}*))/gu, // said."The
];

/** A plain word: "war", "Kharkiv"; not "StyleCop" or "pathlib". */
const plainLeft = (w: string) => /^\p{Lu}?\p{Ll}{2,}$/u.test(w) && (isEnglishWord(w) || /^\p{Lu}/u.test(w));
/** A capitalised word, not CamelCase: "We", "According"; not "EntityFrameworkCore". */
const plainRight = (w: string) => /^\p{Lu}\p{Ll}*$/u.test(w) && w.length >= 2 || w === 'I' || w === 'A';

export const gluedSentences: RepairRule = {
  name: 'glued sentences',
  kind: 'glued-sentences',
  find(text) {
    const at = new Set<number>();
    SHAPES.forEach((re, shape) => {
      for (const m of text.matchAll(re)) {
        if (shape !== 1 && !plainLeft(m[1]!)) continue;
        const right = shape === 1 ? m[1]! : m[2]!;
        if (!plainRight(right)) continue;
        const pos = m.index! + m[0].length;
        if (!looksLikeCode(chunkAt(text, pos).chunk)) at.add(pos);
      }
    });
    return [...at]
      .sort((a, b) => a - b)
      .map((pos): RepairEdit => {
        const { from, to } = chunkAt(text, pos);
        return { start: pos, end: pos, replacement: ' ', noteStart: from, noteEnd: to, noteTo: `${text.slice(from, pos)} ${text.slice(pos, to)}` };
      });
  },
};
