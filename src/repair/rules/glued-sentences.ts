// Sentences run together where a line break was lost: "no war.We do not" → "no war. We do not",
// `abandoned.""There` → `abandoned." "There`. Left of the stop must stand a plain word (an English
// word or a capitalised name) and right of it a capitalised word; domains, initials and code
// ("Gazeta.pl", "U.S.", "System.Text.Json", "DataError.NotANumber") do not match.
import { isEnglishWord } from '../lexicon.js';
import type { RepairEdit, RepairRule } from './types.js';
import { chunkAt, looksLikeCode } from './chunks.js';

interface Shape {
  /** Finds the glue; group 1 is the word left of the stop (when `left`), the last group the word right of it. */
  find: RegExp;
  /** The left word must be a plain word. */
  left: boolean;
  /**
   * A cheap necessary condition for `find`, tested first: few texts have a stop glued to a capital, and
   * a scan for one that opens on the stop (a rare character) costs a fraction of `find`'s.
   */
  gate: RegExp;
}

// `(?<!\p{L})` only says what the greedy letter run already implies (a match starts where a word does);
// it spares the engine retrying the run from every letter inside each word.
const SHAPES: readonly Shape[] = [
  { find: /(?<!\p{L})(\p{L}+)[.!?](?=(\p{Lu}\p{L}*))/gu, left: true, gate: /[.!?]\p{Lu}/u }, // war.We
  { find: /[.!?,]["”](?=["“](\p{Lu}\p{L}*))/gu, left: false, gate: /[.!?,]["”]["“]\p{Lu}/u }, // ."" between two quotes
  { find: /(?<!\p{L})(\p{L}+)[.!?]["”](?=(\p{Lu}\p{L}*))/gu, left: true, gate: /[.!?]["”]\p{Lu}/u }, // said."The
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
    for (const shape of SHAPES) {
      if (!shape.gate.test(text)) continue;
      for (const m of text.matchAll(shape.find)) {
        if (shape.left && !plainLeft(m[1]!)) continue;
        const right = shape.left ? m[2]! : m[1]!;
        if (!plainRight(right)) continue;
        const pos = m.index! + m[0].length;
        if (!looksLikeCode(chunkAt(text, pos).chunk)) at.add(pos);
      }
    }
    if (at.size === 0) return [];
    return [...at]
      .sort((a, b) => a - b)
      .map((pos): RepairEdit => {
        const { from, to } = chunkAt(text, pos);
        return { start: pos, end: pos, replacement: ' ', noteStart: from, noteEnd: to, noteTo: `${text.slice(from, pos)} ${text.slice(pos, to)}` };
      });
  },
};
