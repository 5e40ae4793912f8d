// Words run together by machine translation or scraping: "Khersondespite" → "Kherson despite",
// "Zelenskyvisited" → "Zelensky visited", "KyivThe" → "Kyiv The". A token is split only when it is no
// English word, it appears once (or its tail is a function word), and both halves are words: the tail a common English word, the head a
// name the document spells alone elsewhere; in an all-lowercase token one half must be a function word
// ("situationin"), since two common words together are often a real compound ("screenshot"). So "Kharkivska" (tail "ska" is
// rare), "Zaporizhzhia", "Mariupol" and real words such as "understand" or "handed" stay whole.
import { FUNCTION_WORDS, isEnglishWord, wordCount } from '../lexicon.js';
import type { RepairContext, RepairEdit, RepairRule } from './types.js';

/** A tail must be at least this common in spoken English (SUBTLEX count) unless it is a function word. */
const MIN_TAIL_COUNT = 50;
/** Sentence starters that show up glued, capitalised, after the previous word ("KyivThe"). */
const CAPITAL_STARTERS = new Set(['the', 'this', 'that', 'these', 'those', 'they', 'she', 'but', 'and', 'after', 'when', 'while', 'according', 'however', 'meanwhile', 'earlier', 'later']);

interface Split {
  at: number;
  score: number;
}

const isLower = (s: string) => s === s.toLowerCase() && s !== s.toUpperCase();

function tailOk(tail: string): number {
  const count = wordCount(tail);
  if (FUNCTION_WORDS.has(tail)) return Math.max(count, MIN_TAIL_COUNT);
  return tail.length >= 4 && count >= MIN_TAIL_COUNT ? count : 0;
}

/** The best place to split a lowercase-bodied token, or null. */
function bestSplit(token: string, ctx: RepairContext): Split | null {
  const capitalised = token[0] !== token[0]!.toLowerCase();
  let best: Split | null = null;
  for (let at = 2; at <= token.length - 2; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    const tailCount = tailOk(tail);
    if (!tailCount) continue;
    let headCount = 0;
    if (capitalised) {
      // A capitalised head must be a word the document writes alone (a name, mostly).
      if (head.length >= 3 && (ctx.vocabulary.get(head) ?? 0) >= 1) headCount = 1000;
    } else if (FUNCTION_WORDS.has(head) && tail.length >= 3) headCount = Math.max(wordCount(head), 1);
    else if (FUNCTION_WORDS.has(tail) && head.length >= 3 && wordCount(head) >= MIN_TAIL_COUNT) headCount = wordCount(head);
    if (!headCount) continue;
    const score = Math.log(headCount) + Math.log(tailCount) + at * 0.01; // longer head wins a tie
    if (!best || score > best.score) best = { at, score };
  }
  return best;
}

/** "KyivThe": a lowercase run followed by a capitalised sentence starter. */
function camelSplit(token: string, ctx: RepairContext): number | null {
  const m = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(token);
  if (!m) return null;
  const [, head, tail] = m;
  if (!CAPITAL_STARTERS.has(tail!.toLowerCase())) return null;
  if (!isEnglishWord(head!) && (ctx.vocabulary.get(head!) ?? 0) < 1) return null;
  return head!.length;
}

export const gluedWords: RepairRule = {
  name: 'glued words',
  kind: 'glued-words',
  find(text, ctx) {
    const edits: RepairEdit[] = [];
    for (const m of text.matchAll(/\p{L}{6,}/gu)) {
      const token = m[0];
      const start = m.index!;
      // Inside a URL, a handle or an e-mail address, words run together on purpose.
      if (/[@/#.]\p{L}*$/u.test(text.slice(Math.max(0, start - 30), start)) && /[@/#]|\.\p{L}/u.test(text.slice(Math.max(0, start - 1), start))) continue;
      if (isEnglishWord(token)) continue;
      let at: number | null = null;
      if (isLower(token.slice(1))) at = bestSplit(token, ctx)?.at ?? null;
      else at = camelSplit(token, ctx);
      if (at === null) continue;
      // A token written more than once is likely a real name ("Kyivstar"), unless its tail is a function word.
      if ((ctx.vocabulary.get(token) ?? 0) > 1 && !FUNCTION_WORDS.has(token.slice(at).toLowerCase())) continue;
      edits.push({
        start: start + at,
        end: start + at,
        replacement: ' ',
        noteStart: start,
        noteEnd: start + token.length,
        noteTo: `${token.slice(0, at)} ${token.slice(at)}`,
      });
    }
    return edits;
  },
};
