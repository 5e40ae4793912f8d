// Shape signals of one line of text: how many words, whether it reads as running prose or as a
// headline. Shape, not content: these know nothing about any site.

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu);
  return m ? m.length : 0;
}

/** Ends like a sentence: . ! ? … or a colon, optionally followed by closing quotes or brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;](?:["'”’»)\]]+)?$/u.test(text) || /[.!?](?:["'”’»])?\s*\(\w[^()]*\)$/u.test(text);
}

/** Running prose: a sentence-ending line of some length, or a long line cut short by the scraper. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 6 && endsLikeSentence(text)) || words >= 25;
}

/** Shaped like a headline: a few words without a final sentence mark, and no sentence break inside. */
export function isHeadlineLike(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 3 &&
    words <= 30 &&
    text.length <= 240 &&
    !endsLikeSentence(text.replace(/[’'”"]+$/u, '')) &&
    !/\p{Ll}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(text)
  );
}

/** A headline that can be a page title: not a quote opened by a speech dash, not too long. */
export function isTitleLike(text: string): boolean {
  return isHeadlineLike(text) && wordCount(text) >= 4 && wordCount(text) <= MAX_TITLE_WORDS && !/^[-–—]\s/u.test(text);
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
export function isWireDateline(text: string): boolean {
  return wordCount(text) <= 8 && /^\p{Lu}[^!?]{1,60}\s(--|—|–|_)$|^\p{Lu}[^!?]{1,60}\)\s*(--|—|–|_)$/u.test(text);
}

/** A section heading framed by dashes, as news agencies write them: "– Talks resume –". */
export function isFramedHeading(text: string): boolean {
  return /^[–—-]\s?\S.{1,120}\S\s?[–—-]$/u.test(text);
}
