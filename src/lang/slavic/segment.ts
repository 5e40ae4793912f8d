// Sentences and words of Ukrainian or Russian text, from the ICU segmenter built into Node (Intl.Segmenter):
// no model to load, and its rules are Unicode's (UAX #29) for any script. What UAX #29 does not know is the
// abbreviations these languages write before names ("м. Харків", "в Курской обл. Россия"): a break after
// one of them is undone.
import type { Sentence, Token } from '../../annotate/types.js';
import type { SlavicLanguage } from './language.js';

const sentenceSegmenters = new Map<string, Intl.Segmenter>();
const wordSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, code: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  let s = cache.get(code);
  if (!s) cache.set(code, (s = new Intl.Segmenter(code, { granularity })));
  return s;
}

/** The word before a full stop at the end of a piece of text, lower case, or null. */
const LAST_WORD_WITH_STOP = /(?:^|[\s(«"„])([\p{L}-]{1,6})\.\s*$/u;

/** True when the text ends with one of the language's abbreviations and its stop, so no sentence ends there. */
function endsWithAbbreviation(text: string, lang: SlavicLanguage): boolean {
  const m = LAST_WORD_WITH_STOP.exec(text);
  return !!m && lang.abbreviations.has(m[1]!.toLowerCase());
}

/** Universal POS tags are not read for these languages; tokens are told apart only as numbers, punctuation or words. */
function tag(word: string, wordLike: boolean): string {
  if (/^\d/.test(word)) return 'NUM';
  return wordLike ? 'X' : 'PUNCT';
}

function tokensOf(text: string, start: number, end: number, lang: SlavicLanguage): Token[] {
  const tokens: Token[] = [];
  for (const w of segmenter(wordSegmenters, lang.code, 'word').segment(text.slice(start, end))) {
    if (!w.segment.trim()) continue;
    const from = start + w.index;
    tokens.push({ start: from, end: from + w.segment.length, text: w.segment, pos: tag(w.segment, w.isWordLike ?? false) });
  }
  return tokens;
}

/** The text's sentences (white space trimmed off their ends), each with its tokens. */
export function slavicSentences(text: string, lang: SlavicLanguage): Sentence[] {
  const spans: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  for (const s of segmenter(sentenceSegmenters, lang.code, 'sentence').segment(text)) {
    const lead = s.segment.length - s.segment.trimStart().length;
    const body = s.segment.trim();
    if (!body) continue;
    const from = s.index + lead;
    const to = from + body.length;
    // A hard line break always ends a sentence, whatever precedes it.
    const joins = open && endsWithAbbreviation(text.slice(open[0], open[1]), lang) && !text.slice(open[1], from).includes('\n');
    if (open && joins) open[1] = to;
    else {
      if (open) spans.push(open);
      open = [from, to];
    }
  }
  if (open) spans.push(open);
  return spans.map(([start, end]) => ({ start, end, tokens: tokensOf(text, start, end, lang) }));
}
