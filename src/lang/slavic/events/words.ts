// The words of a Ukrainian or Russian sentence with their offsets, normalised for matching: lowercase, ё as е,
// every apostrophe (', ’, ʼ) as one. The events stage reads its own words from the text so that it depends on
// no tokenizer's choices (the pack's tokens may split "дрон-камікадзе" or "п'ятеро" differently).

export interface Word {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lowercase, ё → е, apostrophes unified: the form stems are matched against. */
  norm: string;
  /** Starts with a capital letter (a name, or the sentence's first word). */
  capital: boolean;
  /** Digits (a numeral such as "32" or "6-ю"). */
  numeric: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ\u02bc-][\p{L}\p{N}]+)*/gu;

export function normalise(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/['’ʼ\u02bc]/g, "'");
}

/** Links ("https://t.me/...", a Markdown link's target): their letters are no words of the sentence. */
const LINK = /\]?\(?https?:\/\/[^\s)]*\)?|\bt\.me\/\S*|\b\w+\.(?:ly|com|net|org|ua|ru)\/\S*/g;

/** The words of text[start, end), links left out. */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end).replace(LINK, (m) => ' '.repeat(m.length));
  for (const m of slice.matchAll(WORD)) {
    const s = start + m.index;
    const t = m[0];
    out.push({ start: s, end: s + t.length, text: t, norm: normalise(t), capital: /^\p{Lu}/u.test(t), numeric: /^\d/.test(t) });
  }
  return out;
}
