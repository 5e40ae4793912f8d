// Words run together by machine translation or scraping: "Khersondespite" → "Kherson despite",
// "Zelenskyvisited" → "Zelensky visited", "situationin" → "situation in", "KyivThe" → "Kyiv The".
// A token is split only when it is no English word and one side of the split is a glue word:
//   - Name + glue: the head is a name the document writes alone elsewhere, the tail a function word or
//     a past-tense verb (a name plus a noun is often a brand: "Kyivstar", "Velopark");
//   - word + glue in lowercase: a function word and a common word ("ofcarbon", "othersabout"); two
//     common words together are often a real compound ("screenshot", "onboarding").
// So "Kharkivska" (tail "ska"), "Zaporizhzhia", "Mariupol" and real words ("understand", "handed") stay whole.
import { GLUE_HEADS, GLUE_TAILS, isEnglishWord, wordCount } from '../lexicon.js';
import type { RepairContext, RepairEdit, RepairRule } from './types.js';
import { chunkAt, looksLikeCode } from './chunks.js';
import { hasAsciiLettersOnly } from '../../text/plain.js';

/** The other half must be at least this common in spoken English (SUBTLEX count). */
const MIN_WORD_COUNT = 50;
/** "in" and "on" glue after a word, but also end many words and names: demand a long head then. */
const SHORT_TAILS = new Set(['in', 'on']);
const MIN_HEAD_BEFORE_SHORT_TAIL = 6;
/** Sentence starters that show up glued, capitalised, after the previous word ("KyivThe"). */
const CAPITAL_STARTERS = new Set(['the', 'this', 'that', 'these', 'those', 'they', 'she', 'but', 'and', 'after', 'when', 'while', 'according', 'however', 'meanwhile', 'earlier', 'later']);

/**
 * A run of six letters or more. `(?<!\p{L})` only says what the greedy run implies (it starts where a
 * word does) and spares the engine retrying shorter words from each of their letters.
 */
const LONG_WORD = /(?<!\p{L})\p{L}{6,}/gu;
/** The same runs in a text whose letters are all ASCII (text/plain.ts), several times faster. */
const LONG_WORD_ASCII = /(?<![A-Za-z])[A-Za-z]{6,}/g;

/** Past tenses: "visited", "announced". */
const PAST_TENSE = /^\p{Ll}{3,}ed$/u;

interface Split {
  at: number;
  score: number;
}

const isLower = (s: string) => s === s.toLowerCase() && s !== s.toUpperCase();

/**
 * How good a split is (higher is better), or 0 when it is no split at all. The frequency lookups come
 * last: most positions fail the cheap tests (a glue word on one side, a name the page writes alone).
 */
function splitScore(head: string, tail: string, capitalised: boolean, ctx: RepairContext): number {
  const tailIsGlue = GLUE_TAILS.has(tail) && (!SHORT_TAILS.has(tail) || head.length >= MIN_HEAD_BEFORE_SHORT_TAIL);
  if (capitalised) {
    const named = head.length >= 3 && (ctx.vocabulary.get(head) ?? 0) >= 1;
    const glueTail = tailIsGlue && tail.length >= 3;
    if (!named || (!glueTail && !PAST_TENSE.test(tail))) return 0;
    const tailCount = wordCount(tail);
    return glueTail || tailCount >= MIN_WORD_COUNT ? Math.log(1000) + Math.log(tailCount + 1) : 0;
  }
  const headIsGlue = GLUE_HEADS.has(head);
  if (!headIsGlue && !tailIsGlue) return 0;
  const tailCount = wordCount(tail);
  const headCount = wordCount(head);
  if (headIsGlue && tail.length >= 3 && tailCount >= MIN_WORD_COUNT) return Math.log(headCount + 1) + Math.log(tailCount);
  if (tailIsGlue && head.length >= 3 && headCount >= MIN_WORD_COUNT) return Math.log(headCount) + Math.log(tailCount + 1);
  return 0;
}

/** The best place to split a lowercase-bodied token, or null. */
function bestSplit(token: string, ctx: RepairContext): Split | null {
  const capitalised = token[0] !== token[0]!.toLowerCase();
  let best: Split | null = null;
  for (let at = 2; at <= token.length - 2; at++) {
    const score = splitScore(token.slice(0, at), token.slice(at), capitalised, ctx);
    if (score > 0 && (!best || score + at * 0.01 > best.score)) best = { at, score: score + at * 0.01 };
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
    if (!ctx.english) return edits;
    for (const m of text.matchAll(hasAsciiLettersOnly(text) ? LONG_WORD_ASCII : LONG_WORD)) {
      const token = m[0];
      const start = m.index!;
      if (isEnglishWord(token) || looksLikeCode(chunkAt(text, start).chunk)) continue;
      let at: number | null = null;
      if (isLower(token.slice(1))) at = bestSplit(token, ctx)?.at ?? null;
      else at = camelSplit(token, ctx);
      if (at === null) continue;
      // A token written more than once is likely a real name ("Kyivstar"), unless its tail is a function word.
      if ((ctx.vocabulary.get(token) ?? 0) > 1 && !GLUE_TAILS.has(token.slice(at).toLowerCase())) continue;
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
