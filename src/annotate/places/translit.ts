// Name keys: how two spellings of one place meet. Two levels:
//  - foldName: the same letters, give or take case, diacritics, apostrophes, soft signs and hyphens
//    ("Mariupol'" = "Mariupol", "Nova-Kakhovka" = "Nova Kakhovka"); Cyrillic is transliterated first.
//  - soundKeys: a skeleton that also merges the systems of transliteration (KMU 2010, BGN/PCGN,
//    German, Polish, Spanish, French): kh/h/g/ch/j, y/i/j, ye/ie/je, zh/z/sh/sch/sz, ts/c/cz/tsch, w/v.
//    Letters that mean different sounds in different systems (Spanish j = kh but Polish j = y;
//    German ch = kh but English ch = ch) give more than one key, so each reading is tried.
// The skeleton merges more than it should on purpose; callers trust it less than foldName.

/** Ukrainian and Russian letters in a simple Latin rendering; the key rules below merge the rest. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '', ы: 'y', э: 'e', ё: 'e', ю: 'iu', я: 'ia', ў: 'u',
};

/** Latin letters that NFD does not take apart. */
const LATIN_EXTRA: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ı: 'i' };

export function transliterate(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) out += CYRILLIC[ch] ?? LATIN_EXTRA[ch] ?? ch;
  return out;
}

// Both keys are pure functions of the name, and the same names (area words, towns) come back in every
// document: the answers are kept in bounded caches (cleared when full) instead of re-running the rules.
const KEY_CACHE_SIZE = 20_000;
const foldCache = new Map<string, string>();
const soundCache = new Map<string, readonly string[]>();

/** Case, diacritics, apostrophes and soft signs off; hyphens and runs of space become one space. */
export function foldName(name: string): string {
  let folded = foldCache.get(name);
  if (folded === undefined) {
    if (foldCache.size >= KEY_CACHE_SIZE) foldCache.clear();
    foldCache.set(name, (folded = foldUncached(name)));
  }
  return folded;
}

function foldUncached(name: string): string {
  return transliterate(name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC'))
    .replace(/['’ʼ`´‘"“”]/g, '')
    .replace(/[-‐‑–—\s.]+/g, ' ')
    .trim();
}

/** One rewrite of the skeleton: ordered, each applied to the whole string. */
type SoundRule = readonly [pattern: RegExp, replacement: string];

// Upper-case letters are placeholders for ambiguous letters, expanded into variants afterwards.
const SOUND_RULES: readonly SoundRule[] = [
  [/[^a-z]/g, ''],
  [/ck/g, 'k'],
  [/schtsch|shch|szcz/g, 's'],
  [/tsch|tch|cz/g, 'c'],
  [/sch|sh|sz|zh|zs/g, 's'],
  [/z/g, 's'],
  [/ts|tz/g, 'c'],
  [/ch/g, 'C'],
  [/kh|g|x(?=[aeiouy])/g, 'h'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ph/g, 'f'],
  [/ou|oe/g, 'u'],
  [/y/g, 'i'],
  [/(?<=[aeiou]|^)j(?=[aeiou])/g, 'J'],
  [/j/g, 'i'],
  [/i+e/g, 'e'],
  [/(?<=c)i(?=[aeou])/g, ''],
  [/i+/g, 'i'],
  // Russian -skoye/-tskoye where Ukrainian has -ske/-tske (ts is c by now: Troitskoye/Troitske).
  [/(?<=[sc]k)oe$/g, 'e'],
  // Russian -ov where Ukrainian has -iv (Kharkov/Kharkiv, Lvov/Lviv).
  [/(?<=[^aeiou])[oi]v$/g, 'iv'],
  [/([a-z])\1+/g, '$1'],
];

/** Ambiguous placeholders and their readings. */
const VARIANTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['C', ['c', 'h']],
  ['J', ['i', 'h']],
];

function skeleton(folded: string): string {
  let s = folded;
  for (const [re, rep] of SOUND_RULES) s = s.replace(re, rep);
  return s;
}

/** Every reading of the name's skeleton (usually one; at most a few). Shared between callers: never mutate. */
export function soundKeys(name: string): readonly string[] {
  let keys = soundCache.get(name);
  if (keys === undefined) {
    if (soundCache.size >= KEY_CACHE_SIZE) soundCache.clear();
    soundCache.set(name, (keys = soundKeysUncached(name)));
  }
  return keys;
}

function soundKeysUncached(name: string): string[] {
  let keys = [skeleton(foldName(name))];
  for (const [mark, readings] of VARIANTS) {
    if (!keys.some((k) => k.includes(mark))) continue;
    keys = keys.flatMap((k) => readings.map((r) => k.split(mark).join(r)));
    if (keys.length > 8) keys = keys.slice(0, 8);
  }
  return [...new Set(keys.map((k) => k.replace(/([a-z])\1+/g, '$1')))].filter((k) => k.length > 0);
}
