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

export function canonicalForEra(canonical: string, published: string | null): string {
  if (!published) return canonical;
  const day = published.slice(0, 10);
  for (const r of ERA_RULES) if (day < r.before && canonical.startsWith(r.prefix)) return r.replacement + canonical.slice(r.prefix.length);
  return canonical;
}
