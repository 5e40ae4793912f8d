// A document's language, told from its own text: first the script most of its letters are written in, then,
// within a script that several languages share, the letters and the short function words each language
// alone uses. Small and dependency-free: it only has to tell the languages a pack exists for (English) from
// the ones that must not get English rules, and it leans to English on Latin text, since a war-news page in
// English is full of transliterated names and a few foreign words that must not turn it into another language.

/** ISO 639-1 code, or 'und' when the text holds too few letters to tell. */
export type LanguageCode = string;

export interface DetectedLanguage {
  code: LanguageCode;
  /** How it was told: the script alone, the words of a shared script, or too little text ('und'). */
  by: 'script' | 'words' | 'none';
}

/** Letters enough to tell a language; below it the answer is 'und'. */
const MIN_LETTERS = 20;
/** The most text looked at: the start of a page (some 300 words) tells its language as well as the whole. */
export const LANGUAGE_SAMPLE_CHARS = 2_000;

/** Scripts by code point range: the language a page in that script most likely is in, or the script (latin, cyrillic) when its letters and words must tell. */
const SCRIPT_RANGES: ReadonlyArray<readonly [from: number, to: number, script: string]> = [
  [0x41, 0x5a, 'latin'], [0x61, 0x7a, 'latin'], [0xc0, 0x24f, 'latin'], [0x1e00, 0x1eff, 'latin'],
  [0x370, 0x3ff, 'el'], [0x400, 0x52f, 'cyrillic'], [0x530, 0x58f, 'hy'], [0x590, 0x5ff, 'he'],
  [0x600, 0x6ff, 'ar'], [0x750, 0x77f, 'ar'], [0x900, 0x97f, 'hi'], [0xe00, 0xe7f, 'th'],
  [0x10a0, 0x10ff, 'ka'], [0x1100, 0x11ff, 'ko'], [0x3040, 0x30ff, 'ja'], [0x3130, 0x318f, 'ko'],
  [0x3400, 0x4dbf, 'zh'], [0x4e00, 0x9fff, 'zh'], [0xac00, 0xd7af, 'ko'],
];
/** Letters only Ukrainian uses among the Cyrillic languages of the region (і ї є ґ), and only Russian (ы э ъ ё). */
const UKRAINIAN = new Set([0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]);
const RUSSIAN = new Set([0x44b, 0x44d, 0x44a, 0x451, 0x42b, 0x42d, 0x42a, 0x401]);

const SCRIPTS = [...new Set(SCRIPT_RANGES.map(([, , script]) => script))];
const SCRIPT_INDEX = SCRIPT_RANGES.map(([from, to, script]) => [from, to, SCRIPTS.indexOf(script)] as const);
const LATIN = SCRIPTS.indexOf('latin');
const CYRILLIC = SCRIPTS.indexOf('cyrillic');

/** The index in SCRIPTS of the script a character is a letter of, or -1. */
function scriptOf(code: number): number {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a ? LATIN : -1;
  if (code === 0xd7 || code === 0xf7) return -1;
  for (const [from, to, script] of SCRIPT_INDEX) if (code >= from && code <= to) return script;
  return -1;
}

/** Function words frequent in one Latin-script language and rare as words of another. */
const LATIN_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'on', 'are', 'were', 'have', 'has', 'this', 'from', 'by', 'which', 'said', 'after', 'near'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'dem', 'den', 'ein', 'eine', 'wird', 'auch', 'sind', 'wurde', 'bei'],
  fr: ['le', 'les', 'des', 'de', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'pas', 'sur', 'avec', 'au', 'du', 'ce', 'sont', 'été'],
  es: ['el', 'los', 'las', 'de', 'y', 'es', 'una', 'del', 'para', 'por', 'con', 'que', 'se', 'su', 'como', 'más', 'pero', 'fue'],
  it: ['il', 'gli', 'della', 'di', 'che', 'è', 'una', 'per', 'non', 'sono', 'con', 'anche', 'nel', 'alla', 'delle', 'questo'],
  pt: ['os', 'uma', 'de', 'não', 'com', 'para', 'que', 'do', 'da', 'dos', 'das', 'em', 'ao', 'é', 'mais', 'foi', 'seu', 'sua'],
  nl: ['het', 'een', 'van', 'en', 'niet', 'zijn', 'voor', 'met', 'ook', 'dat', 'op', 'werd', 'naar', 'maar'],
  pl: ['i', 'w', 'nie', 'się', 'na', 'jest', 'że', 'do', 'z', 'to', 'jak', 'przez', 'oraz', 'został', 'po'],
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'ada', 'akan', 'kita', 'juga', 'dalam'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'değil', 'ama', 'kadar'],
};
/** Each function word with the languages it counts for. */
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [code, words] of Object.entries(LATIN_WORDS)) for (const w of words) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), code]);
/** Another Latin-script language wins over English only with this many times English's function words, */
const OVER_ENGLISH = 2;
/** and at least this many of its own (a short English caption naming a "Su-25" is no Spanish). */
const MIN_WORDS = 5;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  const letters = new Uint32Array(SCRIPTS.length);
  let ukrainian = 0;
  let russian = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const script = scriptOf(code);
    if (script < 0) continue;
    letters[script]!++;
    if (script === CYRILLIC) {
      if (UKRAINIAN.has(code)) ukrainian++;
      else if (RUSSIAN.has(code)) russian++;
    }
  }
  let best = LATIN;
  for (let k = 0; k < letters.length; k++) if (letters[k]! > letters[best]!) best = k;
  if (letters[best]! < MIN_LETTERS) return { code: 'und', by: 'none' };
  if (best === CYRILLIC) {
    if (ukrainian !== russian) return { code: ukrainian > russian ? 'uk' : 'ru', by: 'script' };
    return { code: cyrillicLanguage(sample, letters[CYRILLIC]!), by: 'words' };
  }
  if (best !== LATIN) return { code: SCRIPTS[best]!, by: 'script' };
  return { code: latinLanguage(sample), by: 'words' };
}

/** The longest function word listed: longer words are not looked up. */
const LONGEST_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((w) => w.length));

/** A lowercase Latin letter (ASCII, Latin-1 and Latin Extended-A/B). */
const isLatinLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** English unless another language's function words clearly outnumber English's. */
function latinLanguage(text: string): LanguageCode {
  const lower = text.toLowerCase();
  const hits = new Map<string, number>();
  // One pass over the words; only the short ones can be function words, so only they are cut out and looked up.
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    if (i < lower.length && isLatinLetter(lower.charCodeAt(i))) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= LONGEST_WORD) {
      const codes = WORD_LANGUAGES.get(lower.slice(start, i));
      if (codes) for (const code of codes) hits.set(code, (hits.get(code) ?? 0) + 1);
    }
    start = -1;
  }
  const english = hits.get('en') ?? 0;
  let best: [string, number] = ['en', english];
  for (const [code, n] of hits) if (n > best[1]) best = [code, n];
  return best[0] !== 'en' && best[1] >= MIN_WORDS && best[1] >= OVER_ENGLISH * english ? best[0] : 'en';
}

/** Frequent words of one of the two languages that the other does not write so (Ukrainian і/та/що, Russian и/что/это). */
const CYRILLIC_WORDS: Readonly<Record<'uk' | 'ru', ReadonlySet<string>>> = {
  uk: new Set(['і', 'й', 'та', 'що', 'як', 'це', 'від', 'року', 'був', 'була', 'були', 'який', 'яка', 'які', 'із', 'зі', 'його', 'ще', 'під', 'через', 'після']),
  ru: new Set(['и', 'что', 'как', 'это', 'от', 'года', 'был', 'была', 'были', 'который', 'которая', 'которые', 'из', 'его', 'ещё', 'еще', 'под', 'через', 'после', 'не']),
};
/**
 * Cyrillic letters above which a text without one of і ї є is Russian: і alone is some 5% of Ukrainian
 * letters, so a Ukrainian text of this length without any is very unlikely.
 */
const UKRAINIAN_LETTERS_EXPECTED_BY = 60;

/** Ukrainian or Russian when no letter tells them apart: their own frequent words, else the letters' absence. */
function cyrillicLanguage(text: string, cyrillicLetters: number): 'uk' | 'ru' {
  let uk = 0;
  let ru = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (CYRILLIC_WORDS.uk.has(word)) uk++;
    if (CYRILLIC_WORDS.ru.has(word)) ru++;
  }
  // A word both languages write alike ("через") is in both lists, so it leads neither.
  if (uk !== ru) return uk > ru ? 'uk' : 'ru';
  return cyrillicLetters >= UKRAINIAN_LETTERS_EXPECTED_BY ? 'ru' : 'uk';
}
