import type { AnnotatedSection } from '../types.js';

// ACLED names some actors by era: Ukraine's forces were "(2014-2019)" before Zelensky took office, and
// the Donbas proxies were "NAF" before the full-scale invasion. Ordered rules on the canonical name's prefix.
interface EraRule {
  prefix: string;
  /** The rule applies to documents published before this day. */
  before: string;
  replacement: string;
}

const ERA_RULES: readonly EraRule[] = [
  { prefix: 'Military Forces of Ukraine (2019-)', before: '2019-05-20', replacement: 'Military Forces of Ukraine (2014-2019)' },
  { prefix: 'Police Forces of Ukraine (2019-)', before: '2019-05-20', replacement: 'Police Forces of Ukraine (2014-2019)' },
  { prefix: 'Government of Ukraine (2019-)', before: '2019-05-20', replacement: 'Government of Ukraine (2014-2019)' },
  { prefix: "Military Forces of Russia (2000-) Donetsk People's Militia", before: '2022-02-24', replacement: 'NAF: United Armed Forces of Novorossiya' },
  { prefix: "Military Forces of Russia (2000-) Luhansk People's Militia", before: '2022-02-24', replacement: 'NAF: United Armed Forces of Novorossiya' },
];

/** Does any era rule concern this name? (Only then is the mention's era date worth looking up.) */
export function hasEra(canonical: string): boolean {
  return ERA_RULES.some((r) => canonical.startsWith(r.prefix));
}

export function canonicalForEra(canonical: string, published: string | null): string {
  if (!published) return canonical;
  const day = published.slice(0, 10);
  for (const r of ERA_RULES) if (day < r.before && canonical.startsWith(r.prefix)) return r.replacement + canonical.slice(r.prefix.length);
  return canonical;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day a mention's era is judged by: a full date in its own sentence ("On 9 October 2018, NAF rebels
 * fired ..."), else a full date in the section's first sentence (a dateline), else the publication day.
 * Event notes are often published years after the events they describe.
 */
export function eraDates(sections: readonly AnnotatedSection[], published: string | null) {
  return (c: { section: number; start: number }): string | null => {
    const s = sections[c.section];
    if (!s) return published;
    const days = s.timexes.filter((t) => DAY.test(t.value));
    if (days.length === 0) return published;
    const sentence = s.sentences.find((x) => x.start <= c.start && c.start < x.end);
    const inSentence = sentence ? days.filter((t) => t.start >= sentence.start && t.end <= sentence.end) : [];
    const first = s.sentences[0];
    const dateline = first ? days.filter((t) => t.start >= first.start && t.end <= first.end) : [];
    return (inSentence[0] ?? dateline[0])?.value.slice(0, 10) ?? published;
  };
}
