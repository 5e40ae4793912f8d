// Words of a section with their offsets, and the normalised gap before each: every matcher walks these
// instead of running large regular expressions over the text (which is what kept the stage fast).

export interface Word {
  start: number;
  end: number;
  text: string;
  /** What stands between the previous word and this one, white space folded to one space ("'s ", ", "). */
  gap: string;
}

const NON_ASCII_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD_CHAR.test(text[i]!);
}

function isUpper(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

function isLower(text: string, i: number): boolean {
  const ch = text[i]!;
  return ch !== ch.toUpperCase();
}

export function normaliseGap(gap: string): string {
  if (gap === ' ' || gap === '') return gap;
  return gap.replace(/\s+/g, ' ').replace(/’/g, "'");
}

/**
 * Letters and digits, joined by inner hyphens and apostrophes; a possessive 's stays outside the word.
 * A hand-written scanner: a Unicode regular expression costs several times more on long texts.
 */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i++;
    for (;;) {
      while (i < n && isWordChar(text, i)) i++;
      const c = text.charCodeAt(i);
      const joiner = c === 45 || c === 39 || c === 8217; // - ' ’
      if (!joiner || i + 1 >= n || !isWordChar(text, i + 1)) break;
      if (c !== 45 && text[i + 1] === 's' && !(i + 2 < n && isWordChar(text, i + 2))) break;
      // "Zelensky-led", "Kremlin-backed": a lower-case tail after a capitalised word is a word of its own, so the
      // name before it can be looked up ("Thomas-Greenfield" and "front-line" stay whole).
      if (c === 45 && isUpper(text, start) && isLower(text, i + 1)) break;
      i++;
    }
    out.push({ start, end: i, text: text.slice(start, i), gap: normaliseGap(text.slice(prevEnd, start)) });
    prevEnd = i;
  }
  return out;
}

/** Is the word capitalised (a name may start here)? */
export function isCapitalised(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(w.text);
}

/** "(Oleksandr) Syrsky": the given name in brackets right before word `i`, or null. */
export function bracketedBefore(words: readonly Word[], i: number): string | null {
  const prev = words[i - 1];
  return prev && /^\) ?$/.test(words[i]!.gap) && prev.gap.endsWith('(') ? prev.text : null;
}
