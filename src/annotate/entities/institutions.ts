// State bodies whose country the text gives or implies: "Ukraine's Defense Ministry", "the Russian MoD",
// "the General Staff of the Armed Forces of Ukraine". Unqualified mentions take the country of the nearest
// qualified mention of the same kind in the document, else Ukraine when the document is about Ukraine.
import { INSTITUTIONS, countryByCode, type CountryFact, type InstitutionFact } from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { PhraseTrie } from './phrase-trie.js';
import { countryAfterOf, qualifierBefore } from './qualifiers.js';
import type { Word } from './words.js';

let trie: PhraseTrie<InstitutionFact> | null = null;

const EQUIPMENT = new Set(['systems', 'system', 'missiles', 'missile', 'batteries', 'battery', 'complexes', 'complex', 'assets', 'capabilities', 'equipment', 'weapons', 'interceptors', 'radars', 'budget', 'spending', 'base', 'bases']);

function build(): PhraseTrie<InstitutionFact> {
  const t = new PhraseTrie<InstitutionFact>();
  for (const inst of INSTITUTIONS) for (const a of inst.aliases) t.add(a, inst);
  return t;
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

/** "of the Polish Army", "of the Armed Forces of Ukraine": a country given after the body's name. */
function countryAfter(words: readonly Word[], to: number): { country: CountryFact; to: number } | null {
  const direct = countryAfterOf(words, to);
  if (direct) return direct;
  if (words[to]?.text !== 'of' || words[to + 1]?.text !== 'the') return null;
  const q = qualifierBefore(words, to + 3);
  if (q && q.from === to + 2 && /^(?:Army|Armed)$/.test(words[to + 3]!.text)) {
    return { country: q.q.country, to: words[to + 3]!.text === 'Armed' ? to + 5 : to + 4 };
  }
  return null;
}

function findInstitutions(ctx: EntityContext): Candidate[] {
  trie ??= build();
  const hits: Hit[] = [];
  let order = 0;
  ctx.words.forEach((words, si) => {
    for (const m of trie!.scan(words)) {
      const inst = m.payloads[0]!;
      const qual = qualifierBefore(words, m.from);
      const suffix = qual ? null : countryAfter(words, m.to);
      const country = qual?.q.country ?? suffix?.country ?? null;
      const lowerAlias = /^\p{Ll}/u.test(words[m.from]!.text);
      // "air defense systems", "Air Defense missiles": the body's name used as a modifier of equipment.
      const next = words[m.to];
      if (next && next.gap === ' ' && EQUIPMENT.has(next.text)) continue;
      if (!country && (inst.needsQualifier || lowerAlias)) continue;
      // An adjectival qualifier belongs to the name ("Russian Defense Ministry"); a possessive does not.
      const startWord = qual && !qual.q.possessive ? qual.from : m.from;
      const endWord = suffix ? suffix.to : m.to;
      hits.push({ section: si, start: words[startWord]!.start, end: words[endWord - 1]!.end, inst, country, order: order++ });
    }
  });
  const aboutUkraine = ctx.sections.some((s) => s.section.text.text.includes('Ukrain'));
  return hits.flatMap((h) => {
    const country = h.country ?? nearestQualified(hits, h) ?? (aboutUkraine ? countryByCode('UA') : null);
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
  // Earlier mentions win over later ones at the same distance: a body is usually introduced in full first.
  const distance = (o: Hit) => Math.abs(o.order - h.order) + (o.order > h.order ? 0.5 : 0);
  for (const o of hits) if (o.inst === h.inst && o.country && (!best || distance(o) < distance(best))) best = o;
  return best?.country ?? null;
}

export const institutions: EntityMatcher = { name: 'institutions', run: (ctx) => findInstitutions(ctx) };
