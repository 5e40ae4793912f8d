// Collective actors: a country's forces described ("Russian troops", "Ukraine's forces", "the occupiers")
// and social groups ("Polish farmers", "protesters", "civilians"), named in ACLED's actor style.
import {
  ALL_QUALIFIERS, COUNTRIES, FORCE_NOUNS, PROXY_FORCE_PHRASES, RUSSIAN_FORCE_PHRASES, SOCIAL_GROUPS, countryByCode, countryByQualifier,
  type CountryFact, type GroupFact,
} from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { alternation, fold, sentenceBounds, WORD_END, WORD_START } from './patterns.js';

/** Up to two known modifiers may stand between the qualifier and the noun ("Russian airborne troops"). */
const MODIFIERS = `(?:(?:${[
  'airborne', 'armed', 'special', 'occupation', 'occupying', 'regular', 'elite', 'ground', 'naval', 'mechani[sz]ed',
  'motori[sz]ed', 'marine', 'air', 'defen[cs]e', 'border', 'mobili[sz]ed', 'conscript', 'tank', 'artillery', 'assault',
  'retreating', 'advancing', 'invading', 'remaining', 'allied', 'separatist', 'own', 'reserve', 'front-?line', 'local',
  'territorial', 'military', 'army', 'proxy', 'volunteer', 'irregular', 'paramilitary', 'national', 'federal', 'security',
  'intelligence', 'counter-?offensive', 'offensive', 'attacking', 'defending', 'enemy', 'combat', 'infantry', 'missile',
  'drone', 'rocket', 'many', 'some', 'the',
].join('|')})\\s+){0,2}`;
/** Nouns that often modify another noun ("Russian military base"); then they name no actor. */
const MODIFIER_PRONE = new Set(['military', 'army', 'navy', 'aviation', 'air defense', 'air defence', 'artillery', 'personnel', 'commanders']);
const AIR_NOUNS = new Set(['aviation', 'warplanes', 'aircraft', 'jets', 'air defense', 'air defence']);
const NAVY_NOUNS = new Set(['warships', 'navy']);

/** Adjectives and possessives only: "Ukraine forces" or "Kremlin military bloggers" are rarely actors. */
const ADJECTIVAL_QUALIFIERS = ALL_QUALIFIERS.filter((q) => !COUNTRIES.some((c) => c.name === q) && q !== 'Kremlin');

function forceRegex(): RegExp {
  return new RegExp(`${WORD_START}(${alternation(ADJECTIVAL_QUALIFIERS)})\\s+${MODIFIERS}(${alternation(FORCE_NOUNS)})${WORD_END}`, 'gu');
}
const phraseRegex = (phrases: readonly string[]) => new RegExp(`${WORD_START}(?:${alternation(phrases)})${WORD_END}`, 'gu');

function socialRegex(): RegExp {
  const nouns = alternation(SOCIAL_GROUPS.flatMap((g) => g.nouns));
  return new RegExp(`${WORD_START}(?:(${alternation(ADJECTIVAL_QUALIFIERS)})\\s+)?(?:local\\s+)?(${nouns})${WORD_END}`, 'gu');
}

let regexes: { force: RegExp; russian: RegExp; proxy: RegExp; social: RegExp; groupOf: Map<string, GroupFact> } | null = null;

function militaryOf(c: CountryFact): string {
  return c.military ?? `Military Forces of ${c.name}`;
}

function forceCandidate(section: number, start: number, end: number, country: CountryFact, noun: string): Candidate {
  const base = militaryOf(country);
  const n = fold(noun);
  const canonical = AIR_NOUNS.has(n) ? `${base} Air Force` : NAVY_NOUNS.has(n) ? `${base} Navy` : base;
  return { section, start, end, type: 'GROUP', key: 'group:' + canonical, canonical, side: country.code, priority: PRIORITY.group };
}

/** The word after `end` is a noun the force noun modifies ("military base", "army units" excepted). */
function modifiesNextNoun(text: string, end: number, posAt: ReadonlyMap<number, string>): boolean {
  const next = /^[ \u00a0]+(\p{L}[\p{L}-]*)/u.exec(text.slice(end, end + 40));
  if (!next) return false;
  const pos = posAt.get(end + next[0].length - next[1]!.length);
  return (pos === 'NOUN' || pos === 'PROPN') && !FORCE_NOUNS.includes(next[1]!.toLowerCase());
}

/** The country of the first place named in the sentence, for groups the text does not qualify. */
function countryOfSentence(ctx: EntityContext, section: number, at: number): CountryFact | null {
  const s = ctx.sections[section]!;
  const [a, b] = sentenceBounds(s.sentences, at, s.section.text.text.length);
  const place = s.places.find((p) => p.start >= a && p.end <= b);
  return place ? countryByCode(place.place.country) ?? { code: place.place.country, name: place.place.country, qualifiers: [] } : null;
}

/** The country most places of the document lie in. */
function dominantCountry(ctx: EntityContext): CountryFact | null {
  const counts = new Map<string, number>();
  for (const s of ctx.sections) for (const p of s.places) counts.set(p.place.country, (counts.get(p.place.country) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  return top ? countryByCode(top[0]) : null;
}

function findGroups(ctx: EntityContext): Candidate[] {
  regexes ??= {
    force: forceRegex(),
    russian: phraseRegex(RUSSIAN_FORCE_PHRASES),
    proxy: phraseRegex(PROXY_FORCE_PHRASES),
    social: socialRegex(),
    groupOf: new Map(SOCIAL_GROUPS.flatMap((g) => g.nouns.map((n) => [fold(n), g] as const))),
  };
  const r = regexes;
  const out: Candidate[] = [];
  const russia = countryByCode('RU')!;
  const ukraine = countryByCode('UA')!;
  let docCountry: CountryFact | null = null;
  ctx.sections.forEach((s, si) => {
    const text = s.section.text.text;
    const posAt = new Map(s.sentences.flatMap((x) => x.tokens.map((t) => [t.start, t.pos] as const)));
    for (const m of text.matchAll(r.force)) {
      const country = countryByQualifier(m[1]!);
      const end = m.index + m[0].length;
      if (!country || (MODIFIER_PRONE.has(fold(m[2]!)) && modifiesNextNoun(text, end, posAt))) continue;
      out.push(forceCandidate(si, m.index, end, country, m[2]!));
    }
    for (const m of text.matchAll(r.russian)) {
      const start = m[0].startsWith('the ') ? m.index + 4 : m.index;
      out.push(forceCandidate(si, start, m.index + m[0].length, russia, 'forces'));
    }
    for (const m of text.matchAll(r.proxy)) {
      const [a, b] = sentenceBounds(s.sentences, m.index, text.length);
      const luhansk = /Luhansk|Lugansk|LNR|LPR/.test(text.slice(a, b));
      const canonical = `Military Forces of Russia (2000-) ${luhansk ? 'Luhansk' : 'Donetsk'} People's Militia`;
      out.push({ section: si, start: m.index, end: m.index + m[0].length, type: 'GROUP', key: 'group:' + canonical, canonical, side: 'RU', priority: PRIORITY.group });
    }
    for (const m of text.matchAll(r.social)) {
      const group = r.groupOf.get(fold(m[2]!));
      if (!group) continue;
      const qualified = m[1] ? countryByQualifier(m[1]) : null;
      if (group.qualified && !qualified) continue;
      const country = qualified ?? countryOfSentence(ctx, si, m.index) ?? (docCountry ??= dominantCountry(ctx) ?? ukraine);
      const canonical = group.template.replace('{country}', country.name);
      out.push({ section: si, start: m.index, end: m.index + m[0].length, type: 'GROUP', key: 'group:' + canonical, canonical, side: country.code, priority: PRIORITY.group });
    }
  });
  return out;
}

export const groups: EntityMatcher = { name: 'groups', run: (ctx) => findGroups(ctx) };
