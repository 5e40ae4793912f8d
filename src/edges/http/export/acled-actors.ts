// Actor names as ACLED writes them, from the actor table (src/facts/actors): a country named for its
// forces ("Russia", "Russians", "Russian", "Moscow's") is that country's military ("Military Forces of
// Russia (2000-)"); a force named by a pronoun or a bare noun ("its forces", "troops") is its side's
// military when the side is known; a name the table does not know and no side vouches for (a weekday, a
// battle's city) is no actor. Each actor gets ACLED's inter code.
import { COUNTRIES, FORCE_NOUNS, INSTITUTIONS, ORGANISATIONS, PEOPLE } from '../../../facts/actors/index.js';

export interface AcledActor {
  name: string;
  /** ACLED's actor type: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other. */
  inter: number;
}

const fold = (s: string) => s.toLowerCase().replace(/[’']s$/, '').replace(/^the\s+/, '').trim();

/** Every word that names a country (its name, qualifiers, plural demonyms), folded, to the country. */
const COUNTRY_WORDS = new Map<string, (typeof COUNTRIES)[number]>();
for (const c of COUNTRIES) for (const w of [c.name, ...c.qualifiers, ...c.qualifiers.map((q) => `${q}s`)]) COUNTRY_WORDS.set(fold(w), c);

/** Names the actor table gives, kept as they are. */
const KNOWN_NAMES = new Set<string>([
  ...PEOPLE.map((p) => p.canonical),
  ...ORGANISATIONS.map((o) => o.canonical),
  ...INSTITUTIONS.flatMap((i) => Object.values(i.canonical)),
  ...COUNTRIES.flatMap((c) => [c.military, c.police].filter((x): x is string => Boolean(x))),
]);

const FORCE_WORDS = new Set(FORCE_NOUNS.map(fold));
/** A force named only by a pronoun or article and a force noun: "its forces", "their troops", "the army". */
const PRONOUN_FORCE = /^(?:its|their|his|her|our|the|these|those)\s+(.+)$/i;

/** "Russian forces", "Ukraine's army", "the Russian occupation troops": a country word, then a force noun. */
function qualifiedForce(name: string): (typeof COUNTRIES)[number] | undefined {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const country = COUNTRY_WORDS.get(fold(words.slice(0, i).join(' ')));
    if (country && FORCE_WORDS.has(fold(words.slice(i).join(' ')))) return country;
  }
  return undefined;
}

function militaryOf(side: string | undefined): string | null {
  const c = side ? COUNTRIES.find((x) => x.code === side) : undefined;
  return c?.military ?? (c ? `Military Forces of ${c.name}` : null);
}

/** ACLED's inter code for a normalised name. */
export function interOf(name: string): number {
  if (/^(?:Military|Police) Forces of|^Government of|^Ministry of|^Armed Forces of/i.test(name)) return 1;
  if (/^Rebel|separatist|People's Republic/i.test(name)) return 2;
  if (/^Unidentified Armed Group|militia/i.test(name)) return 3;
  if (/^Rioters\b/.test(name)) return 5;
  if (/^Protesters\b/.test(name)) return 6;
  if (/^(?:Civilians|Journalists|Health Workers|Farmers|Refugees|Prisoners|Students|Teachers|Labou?r Group)\b/.test(name)) return 7;
  return 8;
}

/** The actor as ACLED would write it, or null when it is no actor ACLED would code. */
export function acledActor(actor: { name?: unknown; side?: unknown }): AcledActor | null {
  const name = typeof actor.name === 'string' ? actor.name.trim() : '';
  const side = typeof actor.side === 'string' ? actor.side : undefined;
  if (!name) return null;
  const as = (n: string) => ({ name: n, inter: interOf(n) });
  if (KNOWN_NAMES.has(name) || /\([^)]+\)$/.test(name)) return as(name);
  const country = COUNTRY_WORDS.get(fold(name)) ?? qualifiedForce(name);
  if (country) return as(country.military ?? `Military Forces of ${country.name}`);
  const noun = fold(PRONOUN_FORCE.exec(name)?.[1] ?? name);
  if (FORCE_WORDS.has(noun)) {
    const military = militaryOf(side);
    return military ? as(military) : null;
  }
  return side ? as(name) : null;
}
