// A flattened page as lines: each line a trimmed MappedText slice of the input, with the blank lines
// around it remembered (a blank line is the only paragraph mark a flattened page keeps).
import { MappedText } from '../../text/mapped-text.js';

export interface Line {
  /** Position among the non-blank lines. */
  index: number;
  text: MappedText;
  /** A blank line (or the start of the page) stands right before this line. */
  blankBefore: boolean;
}

/** White space a scraper leaves behind: no-break and zero-width spaces, byte-order marks. */
const INVISIBLE = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]*$/u;

export function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  let start = 0;
  while (start <= source.length) {
    const nl = source.indexOf('\n', start);
    const end = nl < 0 ? source.length : nl;
    const raw = source.slice(start, end);
    if (INVISIBLE.test(raw)) blank = true;
    else {
      // Trimmed before it is mapped: the same text and offsets as mapping the raw line and trimming that.
      const lead = raw.length - raw.trimStart().length;
      lines.push({ index: lines.length, text: MappedText.identity(raw.trim(), start + lead), blankBefore: blank });
      blank = false;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}
