// Sentences and tokens with part-of-speech tags, from wink-nlp's English model.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../types.js';

/**
 * Only the annotations read here. wink's default pipe also runs named entities, negation and
 * sentiment, each a pass of its own over every token that nothing here reads: about 40% of readDoc.
 * Sentence boundaries and POS tags do not depend on those passes (same tokens, spans and tags).
 */
const PIPE = ['sbd', 'pos'];

let nlp: ReturnType<typeof winkNLP> | null = null;

/** The model is loaded once per process, on first use. */
function getNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, PIPE);
  return nlp;
}

/**
 * Tokens with character offsets. wink gives token values but no offsets: each value is found in the
 * text from a moving cursor (a value wink normalised is not found and gets an empty span there).
 */
function locateTokens(text: string, values: readonly string[], pos: readonly string[]): Token[] {
  const tokens: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const at = text.indexOf(value, cursor);
    const tag = pos[i] ?? 'X';
    if (at >= 0) {
      cursor = at + value.length;
      tokens[i] = { start: at, end: cursor, text: value, pos: tag };
    } else tokens[i] = { start: cursor, end: cursor, text: '', pos: tag };
  }
  return tokens;
}

/** No word is longer than this; a longer run without white space is data (a base64 blob, an unspaced script). */
export const MAX_RUN = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * wink's tokeniser takes time quadratic in the length of a run without white space (measured: 40k
 * characters, 0.6 s; 3 MB would take hours), so such runs are blanked to spaces of the same length
 * before tagging: offsets stay as they are and the run yields no tokens.
 */
function maskLongRuns(text: string): string {
  return hasLongRun(text) ? text.replace(LONG_RUN, (run) => ' '.repeat(run.length)) : text;
}

/** A loop over char codes: the regex engine retries \S{257,} from every character of every word. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Exactly the characters \s matches, so that this agrees with LONG_RUN.
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

export function splitSentences(original: string): Sentence[] {
  if (!original.trim()) return [];
  const text = maskLongRuns(original);
  if (!text.trim()) return [];
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const tokens = locateTokens(text, doc.tokens().out(its.value) as string[], doc.tokens().out(its.pos) as string[]);
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  const sentences: Sentence[] = [];
  for (const [a, b] of spans) {
    const toks = tokens.slice(a, b + 1);
    const start = toks[0]?.start ?? 0;
    const end = toks[toks.length - 1]?.end ?? 0;
    if (end > start) sentences.push({ start, end, tokens: toks });
  }
  return sentences;
}

/** The span holding offset `at` among spans sorted by start (sentences), by binary search; undefined if none. */
export function sentenceAt<S extends { start: number; end: number }>(sentences: readonly S[], at: number): S | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
