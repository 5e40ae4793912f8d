// Noun phrases around a trigger, from part-of-speech tags alone: the subject to its left, the object or a
// "by"/"with" phrase to its right. Cheap heuristics, bounded in length, that never look past the sentence.
import type { Token } from '../../annotate/types.js';

export interface TokenRange {
  first: number;
  /** One past the last token. */
  last: number;
}

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
/** Words between a subject and its verb that do not end the subject: "forces have reportedly also". */
const SKIP_POS = new Set(['AUX', 'ADV', 'PART']);
const STOP_WORDS = new Set(['that', 'which', 'who', 'whom', 'when', 'where', 'while', 'as', 'after', 'before', 'because', 'if']);
const MAX_NP = 8;
/** Prepositions of time and place: their phrase says when or where, not who. */
const ADVERBIAL_PREPS = new Set(['on', 'in', 'at', 'during', 'since', 'until', 'near', 'around', 'across', 'inside', 'outside', 'throughout']);

function isNpToken(t: Token): boolean {
  if (t.text === "'s" || t.text === '\u2019s' || t.text === '-') return true;
  return NP_POS.has(t.pos) && !STOP_WORDS.has(t.text.toLowerCase());
}

/** The noun phrase ending at `end` (inclusive), walking left. */
function phraseEndingAt(tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  let first = end;
  while (first - 1 >= floor && end - first + 1 < MAX_NP && isNpToken(tokens[first - 1]!)) first--;
  return isNpToken(tokens[end]!) ? { first, last: end + 1 } : null;
}

/**
 * The subject of the verb at `i`: the nearest noun phrase to its left, stepping over auxiliaries, adverbs
 * and coordinated verbs ("shelled, assaulted and were repulsed").
 */
export function subjectBefore(tokens: readonly Token[], i: number, floor = 0): TokenRange | null {
  let j = i - 1;
  let steps = 0;
  while (j >= floor && steps < 10) {
    const t = tokens[j]!;
    const low = t.text.toLowerCase();
    if (t.text === ';' || t.text === ':' || STOP_WORDS.has(low)) return null;
    if (SKIP_POS.has(t.pos) || t.pos === 'VERB' || t.pos === 'CCONJ' || t.text === ',') {
      j--;
      steps++;
      continue;
    }
    if (isNpToken(t) && t.pos !== 'DET') {
      const r = phraseEndingAt(tokens, j, floor);
      // A phrase governed by a preposition is an adverbial, never the subject: "X on Friday announced",
      // "the strike in Kharkiv killed". The subject stands before it.
      const prep = r && r.first > floor ? tokens[r.first - 1]! : null;
      if (r && prep?.pos === 'ADP' && ADVERBIAL_PREPS.has(prep.text.toLowerCase())) {
        j = r.first - 2;
        steps++;
        continue;
      }
      return r;
    }
    return null;
  }
  return null;
}

/** The modifiers of a noun trigger inside its own phrase: "Russia's attacks", "a Russian drone strike". */
export function modifiersBefore(tokens: readonly Token[], i: number): TokenRange | null {
  let first = i;
  while (first - 1 >= 0 && i - first < MAX_NP) {
    const t = tokens[first - 1]!;
    if (!(t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.text === "'s" || t.text === '\u2019s')) break;
    first--;
  }
  return first < i ? { first, last: i } : null;
}

/** The noun phrase starting right after `i` (skipping determiners), up to a preposition or punctuation. */
export function phraseAfter(tokens: readonly Token[], i: number, ceiling = tokens.length): TokenRange | null {
  let first = i + 1;
  while (first < ceiling && tokens[first]!.pos === 'DET') first++;
  let last = first;
  while (last < ceiling && last - first < MAX_NP && isNpToken(tokens[last]!) && tokens[last]!.pos !== 'DET') last++;
  return last > first ? { first, last } : null;
}

/** The phrase after the first of `preps` found within `window` tokens after `i`: "by X", "with X". */
export function phraseAfterWord(tokens: readonly Token[], i: number, preps: readonly string[], window = 6): TokenRange | null {
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + window); j++) {
    const t = tokens[j]!;
    if (t.text === '.' || t.text === ';') return null;
    if (preps.includes(t.text.toLowerCase())) return phraseAfter(tokens, j);
  }
  return null;
}

export function rangeText(text: string, tokens: readonly Token[], r: TokenRange): string {
  return text.slice(tokens[r.first]!.start, tokens[r.last - 1]!.end);
}
