// Chooses which place a name denotes. Every candidate gets a score from ordered, additive evidence:
// population, being a capital or seat, the document's focus country, the area named beside it
// ("Khotin, Sumy"), areas named in the sentence and in the document. Confidence is the winner's margin.
import type { Place } from '../types.js';
import type { AdminAreaFact } from '../../facts/places/types.js';
import { gazetteer, type GazPlace, type Raion } from './gazetteer.js';
import { foldName, soundKeys } from './translit.js';
import { cyrillicStems } from './cyrillic-cases.js';
import { FRONT_LINE } from '../../facts/places/front-line.js';

export interface ResolveContext {
  /** ISO code of the country the document is about; Ukraine unless the text says otherwise. */
  focusCountry: string;
  /** The area given with the name: "X, Sumy", "X in the Kherson region". */
  qualifier: AdminAreaFact | null;
  /** English admin1 names of areas named in the same sentence. */
  sentenceAreas: ReadonlySet<string>;
  /** admin1 name -> share of the document's located mentions in it (0..1). */
  documentAreas: ReadonlyMap<string, number>;
  /** The raion written with the name: "X, Pokrovsk raion". */
  raion?: Raion | null;
  /** Towns the document names without doubt: a village's namesake near them is the one meant. */
  anchors?: ReadonlyArray<{ lat: number; lon: number }>;
  /** The other towns of the same sentence, as the document resolves them: the namesake near them is meant even more surely. */
  sentenceAnchors?: ReadonlyArray<{ lat: number; lon: number }>;
  /**
   * The other names of the same sentence, each with every village of Ukraine it may be: places named together
   * ("assaults on X and Y") lie near each other, so the namesake near one of a partner's namesakes is meant.
   */
  sentencePartners?: ReadonlyArray<ReadonlyArray<{ lat: number; lon: number }>>;
  /** Waters left out: a bare name after "near" or "in" without "the" is the town ("near Dnieper"). */
  noWater?: boolean;
  /** "X (22km southeast of Kupiansk)": the town the text measures from, and how far. */
  reference?: { lat: number; lon: number; km: number; near?: boolean } | null;
}

export interface Resolution {
  place: GazPlace;
  confidence: number;
  /** How the name matched: the same letters, the same sound, or one letter off. */
  match: 'exact' | 'sound' | 'typo';
}

const NEIGHBOURS = new Set(['RU', 'BY', 'PL', 'MD']);
const SEAT_BONUS: Record<string, number> = { PPLC: 2, PPLA: 1.5, PPLA2: 0.7 };
const MATCH_PENALTY = { exact: 0, sound: 2, typo: 3 } as const;

type Evidence = (p: GazPlace, ctx: ResolveContext, query: Query) => number;

/** The query's own keys, computed once per name. */
interface Query {
  fold: string;
  sounds: readonly string[];
}

/** Additive evidence for one candidate; each rule is one line of reasoning. */
const EVIDENCE: readonly Evidence[] = [
  (p) => (p.kind === 'settlement' ? Math.log10(knownPopulation(p) + 10) : p.kind === 'country' ? 6 : 5),
  (p) => SEAT_BONUS[p.featureCode] ?? 0,
  // A world city is what its bare name means ("New York" is not the Donetsk village of that name).
  (p) => (p.kind === 'settlement' && p.population >= 1_000_000 ? 1 : 0),
  (p, ctx) => (p.country === ctx.focusCountry ? 2.5 : NEIGHBOURS.has(p.country) ? 1 : 0),
  (p, ctx) => (ctx.qualifier ? (p.admin1 === ctx.qualifier.name && p.country === ctx.qualifier.country ? 8 : -3) : 0),
  (p, ctx) => (p.admin1 && ctx.sentenceAreas.has(p.admin1) ? 3 : 0),
  (p, ctx) => (p.admin1 ? 3 * (ctx.documentAreas.get(p.admin1) ?? 0) : 0),
  (p, ctx) => (ctx.raion && p.kind === 'settlement' ? (p.admin2 === ctx.raion.admin2 && p.admin1 === ctx.raion.admin1 ? 8 : -3) : 0),
  (p, ctx) => neighbourhood(p, ctx.anchors),
  // "shelled positions west of Lyman around Pryshyb": a town of the sentence locates its villages, where the
  // document's many towns (a front-wide report names dozens) leave several namesakes near one of them.
  (p, ctx) => neighbourhood(p, ctx.sentenceAnchors),
  // "shelled Dolyna, Dibrovne and Bohorodychne": the places one sentence names lie in one theatre; a namesake at
  // the other end of the country from every one of them is not the one meant, however big.
  (p, ctx) => farFromAll(p, ctx.sentenceAnchors),
  // "repelled assaults on Novoselivske and Makiivka": even when no partner is sure, a village whose namesake
  // lies beside one of a partner's namesakes is the one meant, and beats a far town of its name.
  (p, ctx) => listCohesion(p, ctx.sentencePartners),
  (p) => nearTheFront(p),
  (p, ctx) => measuredFrom(p, ctx.reference),
  // A town's name means the town unless the text says which village it is ("Lyman, Kharkiv Oblast").
  (p) => (p.kind === 'settlement' && p.population >= FRONT_VILLAGE ? 3 : 0),
  // A place's own name beats a former or foreign name another place also answers to.
  (p, _ctx, q) => {
    const own = gazetteer().keysOf(p);
    return own.fold === q.fold || own.sounds.some((k) => q.sounds.includes(k)) ? 1.5 : 0;
  },
];

/** Kilometres within which a town the text names makes a namesake village the one meant. */
const NEIGHBOUR_KM = [[15, 3], [40, 1.5]] as const;

function neighbourhood(p: GazPlace, anchors: ReadonlyArray<{ lat: number; lon: number }> | undefined): number {
  if (!anchors?.length || p.kind !== 'settlement') return 0;
  let nearest = Infinity;
  // A town is no evidence for itself: only the other towns named count (the document's anchors hold the
  // town being resolved when its bare name made it one).
  for (const a of anchors) if (a.lat !== p.lat || a.lon !== p.lon) nearest = Math.min(nearest, distanceKm(p, a));
  for (const [km, bonus] of NEIGHBOUR_KM) if (nearest <= km) return bonus;
  return 0;
}

/** Kilometres within which two villages named together count as neighbours, and the bonus per partner near. */
const PARTNER_KM = 35;
const PARTNER_BONUS = 1.5;
/** At most this many partners count: a long list is one theatre, not ever more evidence. */
const PARTNER_CAP = 2;

function listCohesion(p: GazPlace, partners: ResolveContext['sentencePartners']): number {
  if (!partners?.length || p.kind !== 'settlement' || p.country !== 'UA') return 0;
  let near = 0;
  for (const cands of partners) if (cands.some((c) => (c.lat !== p.lat || c.lon !== p.lon) && distanceKm(p, c) <= PARTNER_KM)) near++;
  return PARTNER_BONUS * Math.min(near, PARTNER_CAP);
}

/** Kilometres beyond which a place lies in another theatre than every other place of its sentence. */
const OTHER_THEATRE_KM = 250;

function farFromAll(p: GazPlace, anchors: ReadonlyArray<{ lat: number; lon: number }> | undefined): number {
  if (!anchors?.length || p.kind !== 'settlement') return 0;
  for (const a of anchors) if (distanceKm(p, a) <= OTHER_THEATRE_KM) return 0;
  return -3;
}

/**
 * "Dmytrivka, about 20km southwest of Izium": the namesake at about that distance from the town is the one
 * meant (distances in such notes are rounded, and measured from the town's edge or centre).
 */
function measuredFrom(p: GazPlace, ref: ResolveContext['reference']): number {
  if (!ref || p.kind !== 'settlement') return 0;
  // "X near Y": anywhere within a short drive of Y.
  if (ref.near) return distanceKm(p, ref) <= NEAR_KM ? 6 : -2;
  const off = Math.abs(distanceKm(p, ref) - ref.km);
  return off <= Math.max(8, ref.km * 0.4) ? 6 : -2;
}

/** How far "near" reaches: "Hostomel near Kyiv" is 25 km from the city's centre. */
const NEAR_KM = 30;

/** Below this population a settlement is a village, told from its namesakes by where the war is. */
const FRONT_VILLAGE = 10_000;

/** Kilometres from the line of contact (or the shelled border) within which a village gets a bonus. */
const FRONT_KM = [[20, 2], [50, 1]] as const;

/** Of namesake villages, the one near the front is the one war reporting names. Towns are known by size. */
function nearTheFront(p: GazPlace): number {
  if (p.kind !== 'settlement' || p.country !== 'UA' || p.population >= FRONT_VILLAGE) return 0;
  let nearest = Infinity;
  for (const f of FRONT_LINE) nearest = Math.min(nearest, distanceKm(p, f));
  for (const [km, bonus] of FRONT_KM) if (nearest <= km) return bonus;
  return 0;
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * GeoNames gives most villages of Ukraine no population (0): that is unknown, not empty, and counts as a
 * typical village, so that a village's own name is not outweighed by a namesake's recorded few hundred.
 */
const TYPICAL_VILLAGE = 300;

function knownPopulation(p: GazPlace): number {
  return p.population === 0 && p.village ? TYPICAL_VILLAGE : p.population;
}

function score(p: GazPlace, ctx: ResolveContext, q: Query): number {
  return EVIDENCE.reduce((sum, rule) => sum + rule(p, ctx, q), 0);
}

/** Sound-alike and one-letter-off matches are only believed for places in the war's region. */
function plausibleLooseMatch(p: GazPlace, ctx: ResolveContext): boolean {
  return p.country === ctx.focusCountry || p.kind !== 'settlement';
}

/** Places that bear a name as their own this many times make it theirs: "Oleksandrivka" is no old name of Donetsk. */
const COMMON_OWN_NAME = 3;
/** A city this big, found by a name many villages own, was found by one of its names of long ago. */
const CITY_OF_OLD = 100_000;

/**
 * A name that many villages bear as their own is not a big city's name of the 18th century ("Oleksandrivka" for
 * Donetsk): the city leaves the pool, which its population would otherwise win. A village renamed lately still
 * answers to its old name ("Pervomaiske"), since the war's reports and ACLED go on using it.
 */
function withoutCitiesOfOld<T extends readonly [GazPlace, Resolution['match']]>(pool: T[], q: Query): T[] {
  const gaz = gazetteer();
  // Owned in any spelling: the city's own "Mykolayiv" is its "Mykolaiv" too.
  const owns = (p: GazPlace) => { const own = gaz.keysOf(p); return own.fold === q.fold || own.sounds.some((k) => q.sounds.includes(k)); };
  if (pool.filter(([p, match]) => match === 'exact' && owns(p)).length < COMMON_OWN_NAME) return pool;
  return pool.filter(([p]) => owns(p) || p.kind !== 'settlement' || p.population < CITY_OF_OLD);
}

/** The best place for a name, or null when nothing plausible matches. */
export function resolveName(name: string, ctx: ResolveContext): Resolution | null {
  const gaz = gazetteer();
  const { exact, sound } = gaz.lookup(name);
  let pool: Array<[GazPlace, Resolution['match']]> = exact.map((p) => [p, 'exact']);
  // "Troitskoye near Niu York": when no place of those letters lies where the text says, one of that sound may.
  const ref = ctx.reference;
  if (ref && pool.length && !pool.some(([p]) => measuredFrom(p, ref) > 0)) {
    pool.push(...sound.filter((p) => plausibleLooseMatch(p, ctx) && measuredFrom(p, ref) > 0).map((p): [GazPlace, Resolution['match']] => [p, 'sound']));
  }
  if (pool.length === 0 && name.length >= 4) pool = sound.filter((p) => plausibleLooseMatch(p, ctx)).map((p) => [p, 'sound']);
  if (pool.length === 0) {
    // An inflected Cyrillic name ("Харкові"): its stem may meet the nominative's sound key.
    for (const stem of cyrillicStems(name)) {
      const { exact: e, sound: so } = gaz.lookup(stem);
      pool = [...e, ...so].filter((p) => plausibleLooseMatch(p, ctx)).map((p) => [p, 'sound']);
      if (pool.length) break;
    }
  }
  if (pool.length === 0 && name.length >= 7) {
    pool = gaz.lookupTypo(name).filter((p) => plausibleLooseMatch(p, ctx)).map((p) => [p, 'typo']);
  }
  // "New York, Donetsk region": the area given with the name rules out places in other countries.
  const qualifier = ctx.qualifier;
  if (qualifier) pool = pool.filter(([p]) => p.kind !== 'settlement' || p.country === qualifier.country);
  if (ctx.noWater && pool.some(([p]) => p.kind === 'settlement')) pool = pool.filter(([p]) => p.kind !== 'water');
  if (pool.length === 0) return null;
  const q: Query = { fold: foldName(name), sounds: soundKeys(name) };
  pool = withoutCitiesOfOld(pool, q);
  const ranked = pool
    .map(([p, match]) => ({ p, match, s: score(p, ctx, q) - MATCH_PENALTY[match] }))
    .sort((a, b) => b.s - a.s);
  const best = ranked[0]!;
  const margin = ranked.length > 1 ? best.s - ranked[1]!.s : 4;
  const ceiling = best.match === 'exact' ? 0.95 : best.match === 'sound' ? 0.75 : 0.6;
  const confidence = Math.min(ceiling, 0.45 + 0.5 * (1 - Math.exp(-margin / 2)));
  return { place: best.p, confidence: round(confidence), match: best.match };
}

export function toPlace(p: GazPlace, precision: Place['precision'] = 1): Place {
  return {
    name: p.name, geonameId: p.geonameId, lat: p.lat, lon: p.lon, country: p.country, admin1: p.admin1 ?? areaAbroadOf(p),
    kind: p.kind, ...(p.kind === 'settlement' && p.population ? { population: p.population } : {}),
    precision: p.kind === 'settlement' ? precision : p.kind === 'country' ? 3 : 2,
  };
}

/** The area of a place abroad that only the area tables name ("Munich" is in Bavaria); null when unknown. */
function areaAbroadOf(p: GazPlace): string | null {
  return p.admin1Code && p.country !== 'UA' ? gazetteer().areaAbroad(p.country, p.admin1Code) : null;
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
