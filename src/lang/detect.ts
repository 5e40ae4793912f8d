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
/** The most text looked at: the start of a page tells its language as well as the whole. */
const SAMPLE_CHARS = 20_000;

/** Scripts whose letters name one language (or the language a page in it most likely is in). */
const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hangul}]/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/[\p{Script=Han}]/gu, 'zh'],
  [/[\p{Script=Arabic}]/gu, 'ar'],
  [/[\p{Script=Hebrew}]/gu, 'he'],
  [/[\p{Script=Greek}]/gu, 'el'],
  [/[\p{Script=Devanagari}]/gu, 'hi'],
  [/[\p{Script=Thai}]/gu, 'th'],
  [/[\p{Script=Georgian}]/gu, 'ka'],
  [/[\p{Script=Armenian}]/gu, 'hy'],
];

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

/** Letters and words only Ukrainian or only Russian uses among the Cyrillic languages of the region. */
const UKRAINIAN = /[іїєґ]/giu;
const RUSSIAN = /[ыэъё]/giu;

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const latin = count(sample, /\p{Script=Latin}/gu);
  const cyrillic = count(sample, /\p{Script=Cyrillic}/gu);
  let best: [string, number] = ['latin', latin];
  if (cyrillic > best[1]) best = ['cyrillic', cyrillic];
  for (const [re, code] of SCRIPTS) {
    const n = count(sample, re);
    if (n > best[1]) best = [code, n];
  }
  if (best[1] < MIN_LETTERS) return { code: 'und', by: 'none' };
  if (best[0] === 'cyrillic') return { code: count(sample, UKRAINIAN) >= count(sample, RUSSIAN) ? 'uk' : 'ru', by: 'script' };
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
