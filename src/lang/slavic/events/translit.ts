// Cyrillic names in English spelling, as English news writes them: Russian by the BGN/PCGN-style system English
// media use (Собянин → Sobyanin, Слюсарь → Slyusar), Ukrainian by the official national system of 2010
// (Синєгубов → Syniehubov, Харків → Kharkiv). Sources are named in English, as the gold and the English
// pipeline name them.

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', д: 'd', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ж: 'zh', ь: '', ъ: '', "'": '',
};
const RUSSIAN: Record<string, string> = { ...COMMON, г: 'g', е: 'e', ё: 'e', и: 'i', й: 'y', ы: 'y', э: 'e', ю: 'yu', я: 'ya' };
const UKRAINIAN: Record<string, string> = { ...COMMON, г: 'h', ґ: 'g', е: 'e', є: 'ie', и: 'y', і: 'i', ї: 'i', й: 'i', ю: 'iu', я: 'ia', щ: 'shch' };
/** At a word's start the Ukrainian system writes є, ї, й, ю, я as ye, yi, y, yu, ya; Russian е after a vowel as ye. */
const UKRAINIAN_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const VOWELS = new Set([...'аеёиоуыэюяієї']);

function convert(s: string, table: Record<string, string>, initial: (ch: string, prev: string) => string | undefined): string {
  let out = '';
  let prev = '';
  for (const raw of s) {
    const ch = raw.toLowerCase();
    const upper = raw !== ch;
    const atStart = !/\p{L}/u.test(prev);
    const mapped = (atStart || VOWELS.has(prev) ? initial(ch, atStart ? '' : prev) : undefined) ?? table[ch];
    if (mapped === undefined) out += raw;
    else out += upper && mapped ? mapped[0]!.toUpperCase() + mapped.slice(1) : mapped;
    prev = ch;
  }
  return out;
}

export function transliterateRussian(s: string): string {
  return convert(s, RUSSIAN, (ch, prev) => (ch === 'е' && (prev === '' || VOWELS.has(prev)) ? 'ye' : undefined));
}

export function transliterateUkrainian(s: string): string {
  return convert(s.replace(/[’ʼ]/g, "'"), UKRAINIAN, (ch, prev) => (prev === '' ? UKRAINIAN_INITIAL[ch] : undefined));
}
