// The clause of a trigger, for cues that bear on it only there: in "the mayor said no one was hurt when the
// drone struck the depot", the "no" belongs to the hurting, not to the strike. A clause here is the run of
// tokens between punctuation that ends one and the words that open another; a tagger-free approximation,
// good enough for a feature whose weight is learned.
import type { Token } from '../../annotate/types.js';

/** Words that open a clause of their own. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'since', 'after', 'before', 'when',
  'where', 'which', 'who', 'whom', 'whose', 'that', 'if', 'unless', 'as', 'so', 'until', 'or']);
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', '"', '\u201c', '\u201d']);

const ends = (t: Token): boolean => CLAUSE_PUNCTUATION.has(t.text) || CLAUSE_OPENERS.has(t.text.toLowerCase());

/** The token range [from, to) of the clause holding token `at`. */
export function clauseAround(tokens: readonly Token[], at: number): { from: number; to: number } {
  let from = at;
  while (from > 0 && !ends(tokens[from - 1]!)) from--;
  let to = at + 1;
  while (to < tokens.length && !ends(tokens[to]!)) to++;
  return { from, to };
}

/** Whether any word of `words` stands in the clause of token `at` (the token itself aside). */
export function inClause(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  if (at < 0) return false;
  const { from, to } = clauseAround(tokens, at);
  for (let k = from; k < to; k++) if (k !== at && words.has(tokens[k]!.text.toLowerCase())) return true;
  return false;
}
