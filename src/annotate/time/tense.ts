// The tense that governs a position in a sentence, enough to resolve "Thursday" or "in November": the verb group
// nearest to the position decides (a future auxiliary, a past form, or a present form); with no verb group, present.
import type { Sentence, Token } from '../types.js';
import type { Tense } from './rules/types.js';

const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo', '’ll', 'would']);
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", 'has', 'have', 'do', 'does', 'says', 'remains', 'seems']);
const IRREGULAR_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'left', 'took', 'made', 'began', 'fled', 'fought', 'struck',
  'hit', 'met', 'gave', 'got', 'saw', 'held', 'lost', 'won', 'sent', 'led', 'fell', 'shot', 'built', 'brought', 'bought',
  'thought', 'caught', 'wrote', 'spoke', 'drove', 'rose', 'ran', 'sought', 'kept', 'felt', 'found', 'put', 'set', 'cut',
  'became', 'knew', 'stood', 'paid', 'spent', 'sold', 'heard', 'meant', 'withdrew', 'broke', 'chose', 'flew', 'grew',
  'shook', 'stole', 'swore', 'threw', 'understood', 'woke', 'wore', 'overtook', 'seized', 'undertook',
]);
/** Words that mark a following time as ahead even without a verb: "scheduled for", "due on", "plans to". */
const AHEAD = /(?<![\w-])(?:scheduled|due (?:to|on|in)|expected|planned|planning|plans?|set to|slated|upcoming|is to|are to|going to)\b/i;
/** Those words told of the past: "had been due to", "as previously planned", "was expected". */
const AHEAD_IN_PAST = /\b(?:had(?:\s+been)?\s+(?:\w+\s+)?(?:scheduled|due|expected|planned|set|slated)|(?:as|was|were)\s+(?:\w+ly\s+)?(?:scheduled|expected|planned))\b/i;
/** "since Oct. 23", "since shortly after the Oct. 23 slaying": a time counted from is behind. */
const SINCE = /\bsince\s+(?:(?:shortly|just|soon|right)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?$/i;
/** A reporting verb after a closing quote or comma ("…Thursday,'' Castro said") frames the quote, not its times. */
const REPORTING = /^(?:said|says|say|told|added|stated|announced|declared|insisted|explained|wrote)$/i;
const QUOTE_OR_COMMA = /[,"”'’]/;
/** "and said", "but told": a reporting verb joined to the clause before it tells of that clause, it frames no quote. */
const COORDINATED = /\b(?:and|but)\s+$/i;

function framesQuote(between: string): boolean {
  return QUOTE_OR_COMMA.test(between) && !COORDINATED.test(between);
}

function groupTense(group: Token[]): Tense | null {
  for (const t of group) {
    const w = t.text.toLowerCase();
    if (FUTURE_AUX.has(w)) return 'future';
    if (IRREGULAR_PAST.has(w) || (/[a-z]ed$/.test(w) && w.length > 3)) return 'past';
    if (PRESENT_FORMS.has(w) || (t.pos === 'VERB' && /[^s]s$/.test(w))) return 'present';
  }
  return null;
}

interface VerbGroup { start: number; end: number; tense: Tense; reporting: boolean }
/** Verb groups per sentence, computed once: several timexes often share a sentence. */
const GROUPS = new WeakMap<Sentence, VerbGroup[]>();

export function tenseAt(sentence: Sentence | undefined, text: string, at: number): Tense {
  if (!sentence) return 'present';
  let groups = GROUPS.get(sentence);
  if (!groups) GROUPS.set(sentence, (groups = verbGroups(sentence)));
  let best: VerbGroup | undefined;
  let bestDistance = Infinity;
  for (const g of groups) {
    if (g.start >= at && g.reporting && framesQuote(text.slice(at, g.start))) continue;
    // A verb before the time expression governs it a little more often than one after it.
    const d = g.end <= at ? at - g.end : (g.start - at) * 1.5;
    if (d < bestDistance) [best, bestDistance] = [g, d];
  }
  const before = text.slice(Math.max(sentence.start, at - 60), at);
  if (SINCE.test(text.slice(Math.max(sentence.start, at - 40), at))) return 'past';
  // "scheduled to", "plans to" shortly before the timex look ahead, unless told of the past ("had been due to").
  if (AHEAD.test(before) && !AHEAD_IN_PAST.test(before)) return 'future';
  if (best) return best.tense;
  return AHEAD.test(text.slice(sentence.start, sentence.end)) ? 'future' : 'present';
}

/** "Biden informed the president": the tagger reads a past verb before its object as an adjective; an adjective
 * in -ed right before a determiner is that verb. */
function pastTaggedAdjective(t: Token, next: Token | undefined): boolean {
  return t.pos === 'ADJ' && /[a-z]ed$/i.test(t.text) && next?.pos === 'DET';
}

function verbGroups(sentence: Sentence): VerbGroup[] {
  // Verb groups: runs of VERB/AUX tokens, allowing adverbs and "not" inside ("will not be", "has already been").
  const groups: VerbGroup[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    const tense = current.length ? groupTense(current) : null;
    if (tense) groups.push({ start: current[0]!.start, end: current[current.length - 1]!.end, tense, reporting: current.length === 1 && REPORTING.test(current[0]!.text) });
    current = [];
  };
  sentence.tokens.forEach((t, i) => {
    if (t.pos === 'VERB' || t.pos === 'AUX' || pastTaggedAdjective(t, sentence.tokens[i + 1])) current.push(t);
    else if (current.length && (t.pos === 'ADV' || t.pos === 'PART')) return;
    else flush();
  });
  flush();
  return groups;
}

