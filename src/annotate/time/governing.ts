// Which time expression governs a token: for the events stage, to date a trigger word by the timex that
// belongs to its clause. Rules, in order of weight: same clause first; a DATE/TIME with a resolved value
// before vague ones (PRESENT_REF, XXXX); one attached by "on/in/since/at/by/during/until/from" before a bare
// one; then the nearest. Durations and sets never govern (they measure, they do not place).
import type { Sentence, Timex } from '../types.js';

/** Clause edges inside a sentence: semicolons, colons, dashes, a comma before a clause-opening word, and "that"
 * opening a reported clause ("reminded on Thursday that sanctions were introduced in 2014"). */
const CLAUSE_EDGE = /;|:|\s[–—]\s|,\s+(?=(?:which|while|but|whereas|although|though|after|before|when|where|as|and then)\b)|\s+but\s+|\s+that\s+/gi;
const ATTACHING = /\b(?:on|in|since|at|by|during|until|till|from|before|after|as of|between|of)\s+(?:the\s+)?$/i;
const RESOLVED = /^\d{4}/;

export interface GoverningOptions {
  /** Only consider timexes inside the sentence (default true). */
  sameSentence?: boolean;
}

/** The [start, end) clause of `sentence` that holds `position`, in the text's offsets. */
export function clauseAt(text: string, sentence: Sentence, position: number): [number, number] {
  const body = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  const re = new RegExp(CLAUSE_EDGE.source, CLAUSE_EDGE.flags);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const edge = sentence.start + m.index;
    if (edge >= position) return [start, edge];
    start = edge + m[0].length;
  }
  return [start, sentence.end];
}

/** True when the timex is introduced by a preposition that attaches it to a predicate ("on Thursday"). */
export function isAttached(text: string, timex: Timex): boolean {
  return ATTACHING.test(text.slice(Math.max(0, timex.start - 12), timex.start));
}

/**
 * The timex governing the token at `position` (an offset in `text`, the section text), or null.
 * @param text the section text the sentence and the timexes index into
 * @param sentence the sentence holding the token
 * @param timexes the section's timexes (any order)
 */
export function governingTimex(text: string, sentence: Sentence, timexes: readonly Timex[], position: number, options: GoverningOptions = {}): Timex | null {
  const sameSentence = options.sameSentence ?? true;
  const [clauseStart, clauseEnd] = clauseAt(text, sentence, position);
  let best: Timex | null = null;
  let bestScore = -Infinity;
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (sameSentence && (t.start < sentence.start || t.end > sentence.end)) continue;
    const inClause = t.start >= clauseStart && t.end <= clauseEnd;
    const distance = t.end <= position ? position - t.end : Math.max(0, t.start - position);
    const score =
      (inClause ? 1000 : 0) + (RESOLVED.test(t.value) ? 400 : 0) + (isAttached(text, t) ? 200 : 0) - Math.min(distance, 199);
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}
