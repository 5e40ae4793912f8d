// Collective actors: a country's forces described ("Russian troops", "Ukraine's forces", "the occupiers")
// and social groups ("Polish farmers", "protesters", "civilians"), named in ACLED's actor style.
import {
  FORCE_NOUNS, PROXY_FORCE_PHRASES, RUSSIAN_FORCE_PHRASES, SOCIAL_GROUPS, countryByCode, type CountryFact, type GroupFact,
} from '../../facts/actors/index.js';
import { PRIORITY, type Candidate, type EntityContext, type EntityMatcher } from './candidate.js';
import { sentenceBounds } from './patterns.js';
import { caseVariants, PhraseTrie } from './phrase-trie.js';
import { qualifierBefore } from './qualifiers.js';
import type { Word } from './words.js';

/** Modifiers that may stand between the qualifier and the noun ("Russian airborne troops"), two at most. */
const MODIFIERS = new Set([
  'airborne', 'armed', 'special', 'occupation', 'occupying', 'regular', 'elite', 'ground', 'naval', 'mechanized',
  'mechanised', 'motorized', 'motorised', 'marine', 'air', 'defense', 'defence', 'border', 'mobilized', 'mobilised',
  'conscript', 'tank', 'artillery', 'assault', 'retreating', 'advancing', 'invading', 'remaining', 'allied', 'separatist',
  'own', 'reserve', 'frontline', 'front-line', 'local', 'territorial', 'military', 'army', 'proxy', 'volunteer', 'irregular',
  'paramilitary', 'national', 'federal', 'security', 'intelligence', 'counteroffensive', 'offensive', 'attacking',
  'defending', 'combat', 'infantry', 'missile', 'drone', 'rocket', 'fascist', 'nazi', 'imperial',
]);
/** Nouns that often modify another noun ("Russian military base"); then they name no actor. */
const MODIFIER_PRONE = new Set(['military', 'army', 'navy', 'aviation', 'air defense', 'air defence', 'artillery', 'personnel', 'commanders', 'civilian']);
const AIR_NOUNS = new Set(['aviation', 'warplanes', 'aircraft', 'jets', 'air defense', 'air defence']);
const NAVY_NOUNS = new Set(['warships', 'navy']);

type Payload = { kind: 'force'; noun: string } | { kind: 'russian' } | { kind: 'proxy' } | { kind: 'social'; group: GroupFact };

let trie: PhraseTrie<Payload> | null = null;

function build(): PhraseTrie<Payload> {
  const t = new PhraseTrie<Payload>();
  for (const noun of FORCE_NOUNS) for (const v of caseVariants(noun)) t.add(v, { kind: 'force', noun });
  for (const p of RUSSIAN_FORCE_PHRASES) for (const v of caseVariants(p.replace(/^the /, ''))) t.add(v, { kind: 'russian' });
  for (const p of PROXY_FORCE_PHRASES) for (const v of caseVariants(p)) t.add(v, { kind: 'proxy' });
  for (const group of SOCIAL_GROUPS) for (const n of group.nouns) for (const v of caseVariants(n)) t.add(v, { kind: 'social', group });
  return t;
}

function militaryOf(c: CountryFact): string {
  return c.military ?? `Military Forces of ${c.name}`;
}

function group(section: number, start: number, end: number, canonical: string, side: string): Candidate {
  return { section, start, end, type: 'GROUP', key: 'group:' + canonical, canonical, side, priority: PRIORITY.group };
}

/** The qualifier before word `from`, past at most two modifiers: "Russian airborne troops". */
function qualifiedFrom(words: readonly Word[], from: number) {
  let i = from;
  for (let n = 0; n < 2 && i > 0 && words[i]!.gap === ' ' && MODIFIERS.has(words[i - 1]!.text.toLowerCase()); n++) i--;
  const q = qualifierBefore(words, i) ?? (i !== from ? qualifierBefore(words, from) : null);
  return q && !q.q.bareName ? q : null;
}

/** The force noun is followed by a noun it modifies ("military base"; "army units" is still a force). */
function modifiesNextNoun(words: readonly Word[], to: number, posAt: ReadonlyMap<number, string>): boolean {
  const next = words[to];
  if (!next || next.gap !== ' ') return false;
  const pos = posAt.get(next.start);
  return (pos === 'NOUN' || pos === 'PROPN') && !FORCE_NOUNS.includes(next.text.toLowerCase());
}

/** The country of a place named in the sentence, for groups the text does not qualify. */
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
  trie ??= build();
  const out: Candidate[] = [];
  const russia = countryByCode('RU')!;
  let docCountry: CountryFact | undefined;
  ctx.words.forEach((words, si) => {
    const s = ctx.sections[si]!;
    let posAt: Map<number, string> | null = null;
    for (const m of trie!.scan(words)) {
      const start = words[m.from]!.start;
      const end = words[m.to - 1]!.end;
      const p = m.payloads[0]!;
      if (p.kind === 'force') {
        const q = qualifiedFrom(words, m.from);
        if (!q) continue;
        const noun = p.noun.toLowerCase();
        if (MODIFIER_PRONE.has(noun)) {
          posAt ??= new Map(s.sentences.flatMap((x) => x.tokens.map((t) => [t.start, t.pos] as const)));
          if (modifiesNextNoun(words, m.to, posAt)) continue;
        }
        const base = militaryOf(q.q.country);
        const canonical = AIR_NOUNS.has(noun) ? `${base} Air Force` : NAVY_NOUNS.has(noun) ? `${base} Navy` : base;
        out.push(group(si, words[q.from]!.start, end, canonical, q.q.country.code));
        // "Ukrainian and Russian forces": the first qualifier names a force of its own.
        const and = words[q.from - 1];
        const other = and?.text === 'and' && and.gap === ' ' ? qualifierBefore(words, q.from - 1) : null;
        if (other && !other.q.bareName && other.q.country !== q.q.country) {
          const b = militaryOf(other.q.country);
          const c = AIR_NOUNS.has(noun) ? `${b} Air Force` : NAVY_NOUNS.has(noun) ? `${b} Navy` : b;
          out.push(group(si, words[other.from]!.start, words[q.from - 2]!.end, c, other.q.country.code));
        }
      } else if (p.kind === 'russian') {
        // "the German fascist invaders": another country's qualifier names whose invaders they are.
        const q = qualifiedFrom(words, m.from);
        const country = q?.q.country ?? russia;
        out.push(group(si, q ? words[q.from]!.start : start, end, militaryOf(country), country.code));
      } else if (p.kind === 'proxy') {
        const [a, b] = sentenceBounds(s.sentences, start, s.section.text.text.length);
        const luhansk = /Luhansk|Lugansk|LNR|LPR/.test(s.section.text.text.slice(a, b));
        out.push(group(si, start, end, `Military Forces of Russia (2000-) ${luhansk ? 'Luhansk' : 'Donetsk'} People's Militia`, 'RU'));
      } else {
        if (MODIFIER_PRONE.has(words[m.to - 1]!.text.toLowerCase())) {
          posAt ??= new Map(s.sentences.flatMap((x) => x.tokens.map((t) => [t.start, t.pos] as const)));
          if (modifiesNextNoun(words, m.to, posAt) || /^(?:ADJ|NOUN|PROPN)$/.test(posAt.get(words[m.to]?.start ?? -1) ?? '')) continue;
        }
        const q = qualifiedFrom(words, m.from);
        if (p.group.qualified && !q) continue;
        const country = q?.q.country ?? countryOfSentence(ctx, si, start) ?? (docCountry ??= dominantCountry(ctx) ?? countryByCode('UA')!);
        out.push(group(si, q ? words[q.from]!.start : start, end, p.group.template.replace('{country}', country.name), country.code));
      }
    }
  });
  return out;
}

export const groups: EntityMatcher = { name: 'groups', run: (ctx) => findGroups(ctx) };
