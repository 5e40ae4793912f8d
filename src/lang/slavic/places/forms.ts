// The nominative forms an inflected Ukrainian or Russian name may have. Place names are proper nouns a
// general stemmer does not know (Snowball's Russian stemmer cuts "Харків" and "Харкові" to different stems,
// and it has no Ukrainian), and the gazetteer holds every name in its nominative: so a word is turned back
// into the nominatives it can come from (case ending off, each nominative ending on, the vowel and consonant
// changes of declension undone), and the gazetteer decides which of them is a name.

/** Case endings of nouns, longest first; '' keeps the word as it is (nominative, or indeclinable "Шебекино"). */
const NOUN_ENDINGS = ['ами', 'ями', 'ові', 'еві', 'єві', 'ому', 'ого', 'ою', 'ею', 'єю', 'ом', 'ем', 'єм', 'ах', 'ях', 'ів', 'ей', 'ой', 'ий', 'ій', 'і', 'ї', 'у', 'ю', 'а', 'я', 'е', 'и', 'ы', 'о', 'ь', 'й', ''];
/** Endings of a nominative, '' for a consonant ending ("Херсон", "Курск"). */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'е', 'о', 'и', 'і', 'ы', 'ь', 'й', 'є'];

/**
 * Changes declension makes at a stem's end, undone: Ukrainian "Харків" / "Харкова" (і in the closed last
 * syllable, о or е when it opens), "Київ" / "Києва"; and the velars before -і: "Новій Каховці" (к -> ц),
 * "Ладижці" / "Ладижка", "Розі" / "Ріг" (г -> з), "Біласі" / "Білаха" (х -> с).
 */
const STEM_CHANGES: ReadonlyArray<readonly [RegExp, string]> = [
  [/о(?=[^аеєиіїоуюяыэ]+$)/u, 'і'],
  [/е(?=[^аеєиіїоуюяыэ]+$)/u, 'і'],
  [/є(?=[^аеєиіїоуюяыэ]+$)/u, 'ї'],
  [/ц$/u, 'к'],
  [/з$/u, 'г'],
  [/с$/u, 'х'],
  // Before the adjective suffix: "Калужская" / "Калуга", "Орловская" is regular, "Курчатовский" keeps its к.
  [/ж$/u, 'г'],
  [/ш$/u, 'х'],
  // A fleeting vowel: Russian "Орёл" / "Орла", Ukrainian "Кременець" / "Кременця".
  [/(?<=[^аеєиіїоуюяыэ])([^аеєиіїоуюяыэ])$/u, 'е$1'],
];

const MIN_STEM = 3;

/** Every nominative the word may be a form of, the word itself first. Case is kept as written. */
export function nounNominatives(word: string): string[] {
  const lower = word.toLowerCase();
  const out = new Set<string>([word]);
  for (const ending of NOUN_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, word.length - ending.length);
    const stems = [stem, ...STEM_CHANGES.filter(([re]) => re.test(stem)).map(([re, to]) => stem.replace(re, to))];
    for (const s of stems) for (const n of NOMINATIVE_ENDINGS) out.add(s + n);
  }
  return [...out];
}

/** Adjective endings of every case and gender, longest first. */
const ADJECTIVE_ENDINGS = ['ого', 'ому', 'ими', 'ыми', 'ій', 'ої', 'ою', 'ий', 'ый', 'ая', 'ой', 'ую', 'ей', 'ее', 'ое', 'ом', 'им', 'ым', 'их', 'ых', 'е', 'а', 'у', 'і', 'я'];

/** The adjective's stem ("Сумськ" of "Сумського", "Белгородск" of "Белгородской"), or null when it is no adjective form. */
export function adjectiveStem(word: string): string | null {
  const lower = word.toLowerCase();
  for (const ending of ADJECTIVE_ENDINGS) {
    if (lower.endsWith(ending) && lower.length - ending.length >= MIN_STEM) return word.slice(0, word.length - ending.length);
  }
  return null;
}

/** An area's adjective: a stem in -ськ/-цьк/-зьк (Ukrainian) or -ск/-цк (Russian). */
const AREA_ADJECTIVE_STEM = /(?:ськ|цьк|зьк|ск|цк|зк)$/u;

/** The feminine nominatives ("Сумська", "Белгородская") of an area adjective in any case; [] if it is none. */
export function areaAdjectiveFeminine(word: string): string[] {
  const stem = adjectiveStem(word);
  return stem && AREA_ADJECTIVE_STEM.test(stem) ? [`${stem}а`, `${stem}ая`] : [];
}

/** The masculine nominatives ("Сумський", "Белгородский") of a district adjective in any case; [] if it is none. */
export function areaAdjectiveMasculine(word: string): string[] {
  const stem = adjectiveStem(word);
  return stem && AREA_ADJECTIVE_STEM.test(stem) ? [`${stem}ий`, `${stem}ый`] : [];
}

/** The town an area adjective is made from: "Сумськ-" -> "Сум-", "Шебекинск-" -> "Шебекин-", then as a noun. */
export function adjectiveTownNominatives(word: string): string[] {
  const stem = adjectiveStem(word);
  if (!stem || !AREA_ADJECTIVE_STEM.test(stem)) return [];
  const bare = stem.replace(/(?:ськ|цьк|зьк|ск|цк|зк)$/u, '');
  // A town whose own name ends so ("Куп'янськ", "Брянск") keeps it.
  return [...(bare.length >= MIN_STEM ? nounNominatives(bare) : []), stem];
}

/** A region named "-щина"/"-чина" in any case ("Сумщині", "Белгородчину") as its nominative, and the town it is named from. */
export function regionNominative(word: string): { region: string; town: string[] } | null {
  const m = /^(\p{L}{3,}?)(щин|чин)(?:а|и|і|у|ою|ой|е|ы)$/u.exec(word);
  if (!m) return null;
  return { region: `${m[1]}${m[2]}а`, town: nounNominatives(m[1]!) };
}
