// Shape signals of one line of text: how many words, whether it reads as running prose or as a
// headline. Shape, not content: these know nothing about any site.

/** One letter or digit at a position (sticky: tested where lastIndex points, a code point at a time). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

function isLetterOrDigitAt(text: string, at: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  LETTER_OR_DIGIT.lastIndex = at;
  return LETTER_OR_DIGIT.test(text);
}

/** Inside a word these join its parts: "don't", "U.S.", "Kyiv-based", "Ukraine’s". */
const isJoiner = (code: number) => code === 0x27 || code === 0x2e || code === 0x2d || code === 0x2019;

/**
 * Words as the Unicode pattern [\p{L}\p{N}][\p{L}\p{N}'’.\-]* finds them: a word opens at a letter
 * or digit and runs on over letters, digits and joiners. Counted in one pass without building the
 * words: every line of every page is counted.
 */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLetterOrDigitAt(text, i, code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!isJoiner(code)) inWord = false;
    // A surrogate pair is one code point: skip its second half.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return words;
}

/** Ends like a sentence: . ! ? … or a colon, optionally followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;](?:["'”’»)\]]+)?$/u.test(text) || /[.!?](?:["'”’»])?\s*\(\w[^()]*\)$/u.test(text);
}

/** Running prose: a sentence-ending line of some length, or a long line cut short by the scraper. */
export function isProse(text: string, words = wordCount(text)): boolean {
  return (words >= 6 && endsLikeSentence(text)) || words >= 25;
}

/** Shaped like a headline: a few words without a final sentence mark, and no sentence break inside. */
export function isHeadlineLike(text: string, words = wordCount(text)): boolean {
  return (
    words >= 3 &&
    words <= 30 &&
    text.length <= 240 &&
    !endsLikeSentence(text.replace(/[’'”"]+$/u, '')) &&
    !/\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(text)
  );
}

/** A headline that can be a page title: not a quote opened by a speech dash, not too long. */
export function isTitleLike(text: string, words = wordCount(text)): boolean {
  return isHeadlineLike(text, words) && words >= 4 && words <= MAX_TITLE_WORDS && !/^[-–—]\s/u.test(text);
}

const MAX_TITLE_WORDS = 25;

/** Folds a text for comparing repeated lines: case, quotes, white space and bracketed credits. */
export function foldForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/(\s*\([^()]*\))+\s*$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A wire-service dateline opening the story: "HAVANA (AP) --", "WASHINGTON, March 12 (Xinhua) --",
 * "Moscow CNN —", "MIAMI _". It belongs to the article's first paragraph, not to the page's chrome.
 */
export function isWireDateline(text: string, words = wordCount(text)): boolean {
  return words <= 8 && /^\p{Lu}[^!?]{1,60}\s(--|—|–|_)$|^\p{Lu}[^!?]{1,60}\)\s*(--|—|–|_)$/u.test(text);
}

/** A section heading framed by dashes, as news agencies write them: "– Talks resume –". */
export function isFramedHeading(text: string): boolean {
  return /^[–—-]\s?\S.{1,120}\S\s?[–—-]$/u.test(text);
}
