// Text whose letters and digits are all ASCII, as most English news is. V8's regex engine runs Unicode
// property classes (\p{L}) several times slower than ASCII ones, and in such a text both find the same
// words, so the word scans that run over every document take the ASCII pattern when they can.

/** Any character but ASCII and the quotes, dashes, ellipsis and no-break space of English text (none of
 * them a letter or a digit). */
const NOT_PLAIN = /[^\x00-\x7f\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0]/;

/** True when every letter and digit of `text` is ASCII (a false "no" only costs speed). */
export function hasAsciiLettersOnly(text: string): boolean {
  return !NOT_PLAIN.test(text);
}
