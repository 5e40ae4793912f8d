// Which stretch of a sentence a speech act speaks for. "X said that ..." and "According to X, ..." speak for
// what follows; "..., X said." and "..., said X" for what came before. A happening told outside that stretch
// ("In his call with Y, X warned that ...") is the article's own report, not X's claim.
import type { Token } from '../../annotate/types.js';

const BREAKS = new Set([',', '\u201d', '"', '\u2019', '-', '\u2013', '\u2014']);
/** Words after the speech verb that open what was said: "said that", "said:", "said “...". */
const OPENS_SPEECH = new Set(['that', ':', '\u201c', '"']);
const SUBJECT_POS = new Set(['NOUN', 'PROPN']);

/**
 * Whether the speech word at `i` follows a comma, a closing quote or a dash ("..., said the mayor"), or opens
 * the sentence after a quote that the sentence splitter cut off (“...” | indicated the statement).
 */
export function afterBreak(tokens: readonly Token[], i: number): boolean {
  return i === 0 || BREAKS.has(tokens[i - 1]!.text);
}

/**
 * Whether no clause stands before token `i`, only lead-in words or a phrase of time ("The month before,
 * according to ..."): then "according to" speaks for what follows.
 */
export function opensClause(tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return true;
}

/**
 * Whether "X said" (subject from `first`, verb at `i`) closes the sentence as a report tag: it follows a comma
 * or quote, and what follows the verb says no more than when or where ("on Monday", "in a statement posted
 * online"), with no clause of its own.
 */
export function isReportTag(tokens: readonly Token[], first: number, i: number): boolean {
  if (first === 0 || !BREAKS.has(tokens[first - 1]!.text)) return false;
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (OPENS_SPEECH.has(t.text.toLowerCase())) return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // A participle describing the noun before it ("a statement posted on Telegram") is no clause.
    if (t.pos === 'VERB' && /ed$/i.test(t.text) && SUBJECT_POS.has(tokens[j - 1]?.pos ?? '')) continue;
    return false;
  }
  return true;
}

/**
 * Where "X said ..." starts to speak for what follows: after the verb, or at the verb itself when it opens a
 * reported clause ("announced on Wednesday that it will send"): then the announcement tells the happening and
 * is the speaker's claim. "Announced new sanctions" is the speaker's own act, which the article reports.
 */
export function forwardFrom(tokens: readonly Token[], i: number): number {
  for (let j = i + 1; j < Math.min(tokens.length, i + 7); j++) {
    const t = tokens[j]!;
    if (OPENS_SPEECH.has(t.text.toLowerCase())) return i;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ',') break;
  }
  return i + 1;
}
