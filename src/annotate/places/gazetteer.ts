// The gazetteer at run time: the built GeoNames rows (data/gazetteer.json; GeoNames, CC-BY 4.0) plus the
// hand-kept facts (countries, regions, waters, renames), indexed by folded name and by sound keys.
// Loaded once, lazily. When the built file is missing (a checkout where the build step has not run yet)
// it is built in memory from the installed GeoNames file, which is slower but gives the same answers.
import { LRUCache } from 'lru-cache';
import { existsSync, readFileSync } from 'node:fs';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import type { PlaceKind } from '../types.js';
import { COUNTRIES } from '../../facts/places/countries.js';
import { FEATURES } from '../../facts/places/features.js';
import { RENAMES } from '../../facts/places/renames.js';
import { ENGLISH_NAMES } from '../../facts/places/english-names.js';
import { AREAS_ABROAD } from '../../facts/places/areas-abroad.js';
import { buildGazetteer } from './gazetteer-build.js';
import { GazetteerColumns, ROW_FLAGS, type GazetteerFile } from './gazetteer-file.js';
import { adminAreaByCode } from './admin-areas.js';
import { gazetteerBinaryPath, gazetteerDataPath } from './data-paths.js';
import { foldName, soundKeys } from './translit.js';

export interface GazPlace {
  geonameId: number | null;
  name: string;
  lat: number;
  lon: number;
  country: string;
  /** English admin1 name, when the area is one sitrep knows. */
  admin1: string | null;
  kind: PlaceKind;
  population: number;
  /** GeoNames feature code (PPLC capital, PPLA admin seat, PPL ...), '' for facts. */
  featureCode: string;
  /** GeoNames admin2 code (the raion in Ukraine), '' when unknown. */
  admin2?: string;
  /** GeoNames admin1 code, for naming an area abroad that sitrep's own tables lack (areaAbroad). */
  admin1Code?: string;
  /** A village only the full dump knows: its name must be earned by a cue or an area. */
  village?: boolean;
  /** Its name is a common English word ("Bar") or an English name of something else ("Maria"). */
  wordLike?: 'common' | 'proper';
}

/** A raion of Ukraine: its oblast and GeoNames admin2 code. */
export interface Raion {
  admin1: string;
  admin2: string;
  name: string;
}

export interface NameMatches {
  /** Places with a name equal to the query after folding. */
  exact: GazPlace[];
  /** Places that only share a sound key with the query. */
  sound: GazPlace[];
}

export { gazetteerDataPath } from './data-paths.js';

function readGazetteerFile(): GazetteerColumns {
  const path = gazetteerDataPath();
  if (!existsSync(path)) return new GazetteerColumns(buildGazetteer(), 'the in-memory build');
  let parsed: GazetteerFile;
  let binary: Buffer | null;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile;
    const binaryPath = gazetteerBinaryPath();
    binary = existsSync(binaryPath) ? readFileSync(binaryPath) : null;
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${path}; rebuild it with the build step`, { path }, { cause: err });
  }
  return new GazetteerColumns(parsed, path, binary);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

export class Gazetteer {
  /** The built file's columns and indexes (folded name / sound key -> row numbers), used as read. */
  private readonly columns: GazetteerColumns;
  /** Rows become places when first asked for. */
  private readonly places: Array<GazPlace | undefined>;
  /** Names from sitrep's own tables (countries, features, renames), indexed at load. */
  private readonly byFold = new Map<string, GazPlace[]>();
  private readonly bySound = new Map<string, GazPlace[]>();
  private byIdCache: Map<number, number> | null = null;
  private readonly raionsByFold = new Map<string, Raion[]>();
  /** Sound keys of towns with one letter deleted: a typo ("Nova Kakhova") still finds the town. */
  private readonly byDeletion = new Map<string, GazPlace[]>();
  readonly size: number;

  constructor(columns: GazetteerColumns) {
    this.columns = columns;
    this.places = new Array<GazPlace | undefined>(columns.count);
    const renamed = new Map<number, string[]>();
    for (const r of RENAMES) push(renamed, r.geonameId, r.old);
    for (const [id, names] of renamed) {
      const place = this.place(id);
      if (place) this.index(place, names);
    }
    // Typo tolerance is for towns: the few rows of 15,000 people and more in Ukraine.
    for (let i = 0; i < columns.count; i++) {
      if (columns.population[i]! < TYPO_TOWN || !columns.country.is(i, 'UA')) continue;
      const place = this.placeAt(i);
      if (typoTolerant(place)) for (const k of soundKeys(place.name)) for (const d of deletions(k)) push(this.byDeletion, d, place);
    }
    for (const [admin1, admin2, name, alternates] of columns.raions) {
      const raion: Raion = { admin1: adminAreaByCode('UA', admin1)?.name ?? admin1, admin2, name };
      for (const n of new Set([name, ...alternates].map(foldName))) push(this.raionsByFold, n, raion);
    }
    for (const c of COUNTRIES) {
      const place: GazPlace = { geonameId: c.geonameId, name: c.name, lat: c.lat, lon: c.lon, country: c.code,
        admin1: null, kind: 'country', population: 1e8, featureCode: 'PCLI' };
      this.index(place, [c.name, ...c.names]);
    }
    for (const f of FEATURES) {
      const place: GazPlace = { geonameId: f.geonameId, name: f.name, lat: f.lat, lon: f.lon, country: f.country,
        admin1: f.admin1, kind: f.kind, population: 1e6, featureCode: '' };
      this.index(place, [f.name, ...f.names]);
    }
    this.size = columns.count;
  }

  private placeAt(i: number): GazPlace {
    let p = this.places[i];
    if (!p) {
      const c = this.columns;
      const flags = c.flags[i]!;
      p = {
        geonameId: c.ids[i]!, name: ENGLISH_NAMES.get(c.ids[i]!) ?? this.districtName(i), lat: round5(c.lat[i]!), lon: round5(c.lon[i]!), country: c.country.at(i),
        admin1: adminAreaByCode(c.country.at(i), c.admin1.at(i))?.name ?? null, kind: 'settlement', population: c.population[i]!,
        featureCode: c.code.at(i), admin2: c.admin2.at(i), admin1Code: c.admin1.at(i),
        ...(flags & ROW_FLAGS.village ? { village: true } : {}),
        ...(flags & ROW_FLAGS.commonWord ? { wordLike: 'common' as const } : flags & ROW_FLAGS.properName ? { wordLike: 'proper' as const } : {}),
      };
      this.places[i] = p;
    }
    return p;
  }

  /** Rows of the big cities of Ukraine, found once: the cities whose districts are written "City, District". */
  private bigCities: number[] | null = null;

  /**
   * A section of a big city (GeoNames PPLX: "Left Bank", "Shevchenkivskyi") is named with its city,
   * "Mariupol, Left Bank", as the news writes it; the position stays the district's.
   */
  private districtName(i: number): string {
    const c = this.columns;
    const name = c.names.at(i);
    if (!c.code.is(i, 'PPLX') || !c.country.is(i, 'UA')) return name;
    this.bigCities ??= Array.from({ length: c.count }, (_, k) => k).filter((k) => c.population[k]! >= BIG_CITY && c.country.is(k, 'UA') && !c.code.is(k, 'PPLX'));
    const here = { lat: c.lat[i]!, lon: c.lon[i]! };
    let best: { k: number; km: number } | null = null;
    for (const k of this.bigCities) {
      const km = kmBetween(here, { lat: c.lat[k]!, lon: c.lon[k]! });
      if (km <= CITY_DISTRICT_KM && (!best || km < best.km)) best = { k, km };
    }
    return best ? `${ENGLISH_NAMES.get(c.ids[best.k]!) ?? c.names.at(best.k)}, ${name}` : name;
  }

  /** Raions whose name (without the word "raion", in any of its forms) folds to the query's. */
  raionsNamed(name: string): Raion[] {
    return this.raionsByFold.get(foldName(name)) ?? [];
  }

  private index(place: GazPlace, names: readonly string[]): void {
    for (const n of names) {
      const folded = foldName(n);
      if (!folded) continue;
      push(this.byFold, folded, place);
      for (const k of soundKeys(n)) push(this.bySound, k, place);
    }
  }

  private withFold(key: string): GazPlace[] {
    return [...Array.from(this.columns.fold.find(key), (i) => this.placeAt(i)), ...(this.byFold.get(key) ?? [])];
  }

  private withSound(key: string): GazPlace[] {
    return [...Array.from(this.columns.sound.find(key), (i) => this.placeAt(i)), ...(this.bySound.get(key) ?? [])];
  }

  /** Places with a name equal to the query after folding; no sound keys computed. */
  lookupExact(name: string): GazPlace[] {
    return [...new Set(this.withFold(foldName(name)))];
  }

  /** Lookups repeat a lot within and across documents, so answers are kept (a bounded cache). */
  private readonly cache = new LRUCache<string, NameMatches>({ max: LOOKUP_CACHE_SIZE });

  lookup(name: string): NameMatches {
    const hit = this.cache.get(name);
    if (hit) return hit;
    const found = this.lookupUncached(name);
    this.cache.set(name, found);
    return found;
  }

  /** A place's own folded name and sound keys, computed once. */
  keysOf(p: GazPlace): { fold: string; sounds: readonly string[] } {
    let k = this.placeKeys.get(p);
    if (!k) {
      k = { fold: foldName(p.name), sounds: soundKeys(p.name) };
      this.placeKeys.set(p, k);
    }
    return k;
  }

  private readonly placeKeys = new WeakMap<GazPlace, { fold: string; sounds: readonly string[] }>();

  private lookupUncached(name: string): NameMatches {
    const exact = [...new Set(this.withFold(foldName(name)))];
    // Sets for membership: a short sound key can file thousands of places, and arrays' includes() made
    // that quadratic for every name a process meets the first time.
    const seen = new Set<GazPlace>(exact);
    const sound: GazPlace[] = [];
    for (const k of soundKeys(name)) {
      for (const p of this.withSound(k)) {
        if (seen.has(p)) continue;
        seen.add(p);
        sound.push(p);
      }
    }
    return { exact, sound };
  }

  private readonly typoCache = new LRUCache<string, GazPlace[]>({ max: LOOKUP_CACHE_SIZE });

  /** Towns whose name is one letter away from the query's (sound keys of 7+ letters only). */
  lookupTypo(name: string): GazPlace[] {
    const hit = this.typoCache.get(name);
    if (hit) return hit;
    const found = this.lookupTypoUncached(name);
    this.typoCache.set(name, found);
    return found;
  }

  /** Folded names under which some place passing the test is filed (one pass over the index). */
  foldedNamesOf(test: (p: GazPlace) => boolean): Set<string> {
    const out = new Set<string>();
    const fold = this.columns.fold;
    for (let i = 0; i < fold.keys.length; i++) {
      if (fold.rowsAt(i).some((row) => test(this.placeAt(row)))) out.add(fold.keys.at(i));
    }
    for (const [key, places] of this.byFold) if (places.some(test)) out.add(key);
    return out;
  }

  private lookupTypoUncached(name: string): GazPlace[] {
    const out = new Set<GazPlace>();
    for (const k of soundKeys(name)) {
      if (k.length < 7) continue;
      for (const p of this.byDeletion.get(k) ?? []) out.add(p);
      for (const d of deletions(k)) {
        // Only one letter dropped or added; a swapped letter ("Shyrokyne"/"Sorokyne") is another name.
        for (const p of this.withSound(d)) if (typoTolerant(p)) out.add(p);
      }
    }
    return [...out];
  }

  private areasAbroad: Map<string, string> | null = null;

  /** The English name of a first-level area abroad (facts/places/areas-abroad.ts), by country and GeoNames code. */
  areaAbroad(country: string, code: string): string | null {
    if (!this.areasAbroad) {
      this.areasAbroad = new Map();
      for (const [id, area] of AREAS_ABROAD) {
        const city = this.place(id);
        if (city?.admin1Code) this.areasAbroad.set(`${city.country}.${city.admin1Code}`, area);
      }
    }
    return this.areasAbroad.get(`${country}.${code}`) ?? null;
  }

  place(geonameId: number): GazPlace | null {
    if (!this.byIdCache) {
      this.byIdCache = new Map();
      this.columns.ids.forEach((id, i) => this.byIdCache!.set(id, i));
    }
    const i = this.byIdCache.get(geonameId);
    return i === undefined ? null : this.placeAt(i);
  }
}

/** Only towns big enough to be written about often get typo tolerance; villages would collide. */
const TYPO_TOWN = 15_000;

function typoTolerant(p: GazPlace): boolean {
  return p.kind === 'settlement' && p.country === 'UA' && p.population >= TYPO_TOWN;
}

/** A city this big has districts written with its name; they lie within CITY_DISTRICT_KM of its centre. */
const BIG_CITY = 100_000;
const CITY_DISTRICT_KM = 15;

function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Float32 positions back to the five decimals GeoNames gives. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function deletions(key: string): string[] {
  if (key.length < 7) return [];
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
}

const LOOKUP_CACHE_SIZE = 20_000;

let loaded: Gazetteer | null = null;

/** The shared gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(readGazetteerFile());
  return loaded;
}
