// First-level areas (oblasts and their neighbours' equivalents): lookup by GeoNames code, and by any of
// their names or adjectival forms in any transliteration.
import { UA_OBLASTS } from '../../facts/places/ua-oblasts.js';
import { NEIGHBOUR_REGIONS } from '../../facts/places/neighbour-regions.js';
import type { AdminAreaFact } from '../../facts/places/types.js';
import type { Place } from '../types.js';
import { foldName, soundKeys } from './translit.js';

export const ADMIN_AREAS: readonly AdminAreaFact[] = [...UA_OBLASTS, ...NEIGHBOUR_REGIONS];

const byCode = new Map(ADMIN_AREAS.map((a) => [`${a.country}.${a.code}`, a]));

export function adminAreaByCode(country: string, code: string): AdminAreaFact | null {
  return byCode.get(`${country}.${code}`) ?? null;
}

interface NameIndex {
  fold: Map<string, AdminAreaFact[]>;
  sound: Map<string, AdminAreaFact[]>;
}

function buildIndex(pick: (a: AdminAreaFact) => readonly string[]): NameIndex {
  const idx: NameIndex = { fold: new Map(), sound: new Map() };
  const add = (map: Map<string, AdminAreaFact[]>, key: string, a: AdminAreaFact) => {
    const list = map.get(key) ?? [];
    if (!list.includes(a)) list.push(a);
    map.set(key, list);
  };
  for (const a of ADMIN_AREAS) {
    for (const n of pick(a)) {
      add(idx.fold, foldName(n), a);
      for (const k of soundKeys(n)) add(idx.sound, k, a);
    }
  }
  return idx;
}

// "Kyiv City" is only ever written with its own word, so plain "Kyiv" + area word means the oblast.
const NAME_INDEX = buildIndex((a) => [a.name, ...a.names]);
const ADJECTIVE_INDEX = buildIndex((a) => a.adjectives);

function find(idx: NameIndex, name: string): AdminAreaFact[] {
  const exact = idx.fold.get(foldName(name));
  if (exact) return exact;
  const out: AdminAreaFact[] = [];
  for (const k of soundKeys(name)) for (const a of idx.sound.get(k) ?? []) if (!out.includes(a)) out.push(a);
  return out;
}

/** Areas a name (not an adjective) may denote: "Kherson", "Cherson", "Херсонщина". Ukraine first. */
export function adminAreasNamed(name: string): AdminAreaFact[] {
  return rank(find(NAME_INDEX, name));
}

/** The area a name denotes letter for letter ("Crimea", "Krym"), not by sound: a bare name standing alone. */
export function adminAreaNamedExactly(name: string): AdminAreaFact | null {
  return rank(NAME_INDEX.fold.get(foldName(name)) ?? [])[0] ?? null;
}

/** Areas an adjectival form denotes: "Khersonska", "Херсонська", "Donetskaya". */
export function adminAreasOfAdjective(adjective: string): AdminAreaFact[] {
  return rank(find(ADJECTIVE_INDEX, adjective));
}

function rank(areas: AdminAreaFact[]): AdminAreaFact[] {
  return [...areas].sort((a, b) => Number(b.country === 'UA') - Number(a.country === 'UA'));
}

/** The area by its English admin1 name as sitrep writes it ("Kherson", "Kyiv City"), any spelling. */
export function adminAreaByName(name: string, country?: string): AdminAreaFact | null {
  const exact = ADMIN_AREAS.find((a) => a.name === name && (!country || a.country === country));
  if (exact) return exact;
  const bare = name.replace(/(?:^|\s)(?:oblast|region|province|city|область)(?=\s|$)/giu, ' ').trim();
  const inCountry = (a: AdminAreaFact) => !country || a.country === country;
  return adminAreasNamed(bare).find(inCountry) ?? adminAreasOfAdjective(bare).find(inCountry) ?? null;
}

/** A Place for the area itself. Coded to its seat, as ACLED codes region-level reports; precision 3. */
export function adminPlace(a: AdminAreaFact): Place {
  return {
    name: a.name, geonameId: null, lat: a.seat.lat, lon: a.seat.lon, country: a.country, admin1: a.name,
    kind: 'admin1', precision: 3,
  };
}
