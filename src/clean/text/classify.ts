// Every line of the page with its class (from the ordered line rules) and its shape signals.
import type { Line } from './lines.js';
import { classifyLine, LINE_RULES, type LineKind } from './rules/index.js';
import { endsLikeSentence, isFramedHeading, isHeadlineLike, isProse, isWireDateline, wordCount } from './signals.js';
import { dateInLine } from './dates.js';

export interface ClassifiedLine extends Line {
  kind: LineKind;
  rule: string | null;
  words: number;
  prose: boolean;
  /** Ends like a sentence, however short ("I think so."). */
  sentence: boolean;
  headline: boolean;
}

export function classifyLines(lines: readonly Line[]): ClassifiedLine[] {
  return lines.map((line) => {
    const text = line.text.text;
    const words = wordCount(text);
    let { kind, rule } = classifyLine(text, LINE_RULES, words);
    // A short text line that is nothing but a date is a dateline, whatever its wording.
    if (kind === 'text' && words <= 10 && dateInLine(text, 0.6, false)) {
      kind = 'dateline';
      rule = 'date alone';
    }
    const isText = kind === 'text';
    const wireDateline = isText && isWireDateline(text, words);
    // Fields written out rather than spread from `line`: V8 copies a spread object several times slower.
    return {
      index: line.index,
      text: line.text,
      blankBefore: line.blankBefore,
      kind,
      rule,
      words,
      prose: isText && (wireDateline || isProse(text, words)),
      sentence: isText && (wireDateline || endsLikeSentence(text) || isFramedHeading(text)),
      headline: isText && !wireDateline && isHeadlineLike(text, words),
    };
  });
}
