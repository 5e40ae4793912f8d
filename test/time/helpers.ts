// Runs the time annotator on a short text of our own, with real sentences and POS tags.
import { MappedText } from '../../src/text/mapped-text.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';
import { findTimexes } from '../../src/annotate/time/index.js';
import type { Timex } from '../../src/annotate/types.js';

export function timexesOf(text: string, reportTime: string | null): Timex[] {
  return findTimexes({ kind: 'body', text: MappedText.identity(text), reportTime }, splitSentences(text));
}

/** The timex whose text is exactly `span` (first one), or undefined. */
export function find(text: string, reportTime: string | null, span: string): Timex | undefined {
  return timexesOf(text, reportTime).find((t) => t.text === span);
}
