// State bodies whose country the text gives or implies: "Ukraine's Defense Ministry", "the Russian MoD",
// "the General Staff of the Armed Forces of Ukraine". Unqualified mentions take the country of the nearest
// qualified mention of the same kind in the document, else Ukraine when the document is about Ukraine.
import {
  ALL_QUALIFIERS, COUNTRIES, INSTITUTIONS, countryByCode, countryByQualifier, type CountryFact, type InstitutionFact,
} from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { alternation, WORD_END, WORD_START } from './patterns.js';

const COUNTRY_NAMES = alternation([...COUNTRIES.map((c) => c.name), 'the Russian Federation', 'Russian Federation', 'the United States', 'the United Kingdom']);

function buildRegex(): RegExp {
  const aliases = alternation(INSTITUTIONS.flatMap((i) => i.aliases));
  return new RegExp(
    `${WORD_START}(?:(${alternation(ALL_QUALIFIERS)})\\s+)?(${aliases})` +
      `(?:\\s+of\\s+(?:the\\s+)?(?:(${COUNTRY_NAMES})|(${alternation(ALL_QUALIFIERS)})\\s+(?:Army|Armed\\s+Forces|armed\\s+forces)))?${WORD_END}`,
    'gu',
  );
}

let regex: RegExp | null = null;
let byAlias: Map<string, InstitutionFact> | null = null;

function countryByName(name: string): CountryFact | null {
  const n = name.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
  if (/^Russian Federation$/i.test(n)) return countryByCode('RU');
  return COUNTRIES.find((c) => c.name === n) ?? null;
}

export function canonicalFor(inst: InstitutionFact, country: CountryFact): string {
  return (inst.canonical[country.code] ?? inst.canonical['*']!)
    .replace('{military}', country.military ?? `Military Forces of ${country.name}`)
    .replace('{police}', country.police ?? `Police Forces of ${country.name}`)
    .replace('{country}', country.name);
}

interface Hit {
  section: number;
  start: number;
  end: number;
  inst: InstitutionFact;
  country: CountryFact | null;
  order: number;
}

function findInstitutions(ctx: EntityContext): Candidate[] {
  regex ??= buildRegex();
  byAlias ??= new Map(INSTITUTIONS.flatMap((i) => i.aliases.map((a) => [a.replace(/\s+/g, ' '), i] as const)));
  const hits: Hit[] = [];
  let order = 0;
  ctx.sections.forEach((s, si) => {
    for (const m of s.section.text.text.matchAll(regex!)) {
      const [whole, qual, alias, suffix, suffixQual] = m;
      const inst = byAlias!.get(alias!.replace(/\s+/g, ' '));
      if (!inst) continue;
      const country =
        (qual ? countryByQualifier(qual) : null) ??
        (suffix ? countryByName(suffix) : null) ??
        (suffixQual ? countryByQualifier(suffixQual) : null);
      const lowerAlias = alias![0] === alias![0]!.toLowerCase();
      if (!country && (inst.needsQualifier || lowerAlias)) continue;
      // An adjectival qualifier belongs to the name ("Russian Defense Ministry"); a possessive does not.
      const possessive = qual && /['’]s$|^(Kremlin)$/.test(qual);
      const start = qual && !possessive ? m.index : m.index + whole.indexOf(alias!, qual ? qual.length : 0);
      hits.push({ section: si, start, end: m.index + whole.length, inst, country, order: order++ });
    }
  });
  const aboutUkraine = ctx.sections.some((s) => /Ukrain/.test(s.section.text.text));
  return hits.flatMap((h) => {
    const country =
      h.country ??
      nearestQualified(hits, h) ??
      (aboutUkraine ? countryByCode('UA') : null);
    if (!country) return [];
    const canonical = canonicalFor(h.inst, country);
    return [{
      section: h.section, start: h.start, end: h.end, type: h.inst.type ?? 'ORG', key: 'inst:' + canonical,
      canonical, side: country.code, priority: PRIORITY.institution,
    }];
  });
}

function nearestQualified(hits: readonly Hit[], h: Hit): CountryFact | null {
  let best: Hit | null = null;
  for (const o of hits) {
    if (o.inst !== h.inst || !o.country) continue;
    // Earlier mentions win over later ones at the same distance: a body is usually introduced in full first.
    const d = Math.abs(o.order - h.order) + (o.order > h.order ? 0.5 : 0);
    const bd = best ? Math.abs(best.order - h.order) + (best.order > h.order ? 0.5 : 0) : Infinity;
    if (d < bd) best = o;
  }
  return best?.country ?? null;
}

export const institutions: EntityMatcher = { name: 'institutions', run: (ctx) => findInstitutions(ctx) };
