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
/** The most text looked at: the start of a page (some 600 words) tells its language as well as the whole. */
export const LANGUAGE_SAMPLE_CHARS = 4_000;

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

function scriptOf(code: number): string | null {
  if (code < 0x41) return null;
  for (const [from, to, script] of SCRIPT_RANGES) if (code >= from && code <= to) return script;
  return null;
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
const LATIN_SETS = Object.entries(LATIN_WORDS).map(([code, words]) => [code, new Set(words)] as const);
/** Another Latin-script language wins over English only with this many times English's function words, */
const OVER_ENGLISH = 2;
/** and at least this many of its own (a short English caption naming a "Su-25" is no Spanish). */
const MIN_WORDS = 5;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > LANGUAGE_SAMPLE_CHARS ? text.slice(0, LANGUAGE_SAMPLE_CHARS) : text;
  const letters = new Map<string, number>();
  let ukrainian = 0;
  let russian = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const script = scriptOf(code);
    if (script === null || code === 0xd7 || code === 0xf7) continue;
    letters.set(script, (letters.get(script) ?? 0) + 1);
    if (script === 'cyrillic') {
      if (UKRAINIAN.has(code)) ukrainian++;
      else if (RUSSIAN.has(code)) russian++;
    }
  }
  let best: [string, number] = ['latin', 0];
  for (const [script, n] of letters) if (n > best[1]) best = [script, n];
  if (best[1] < MIN_LETTERS) return { code: 'und', by: 'none' };
  if (best[0] === 'cyrillic') return { code: ukrainian >= russian ? 'uk' : 'ru', by: 'script' };
  if (best[0] !== 'latin') return { code: best[0], by: 'script' };
  return { code: latinLanguage(sample), by: 'words' };
}

/** English unless another language's function words clearly outnumber English's. */
function latinLanguage(text: string): LanguageCode {
  const hits = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    for (const [code, words] of LATIN_SETS) if (words.has(m[0])) hits.set(code, (hits.get(code) ?? 0) + 1);
  }
  const english = hits.get('en') ?? 0;
  let best: [string, number] = ['en', english];
  for (const [code, n] of hits) if (n > best[1]) best = [code, n];
  return best[0] !== 'en' && best[1] >= MIN_WORDS && best[1] >= OVER_ENGLISH * english ? best[0] : 'en';
}
