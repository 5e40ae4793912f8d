// The gazetteer at run time: the built GeoNames rows (data/gazetteer.json; GeoNames, CC-BY 4.0) plus the
// hand-kept facts (countries, regions, waters, renames), indexed by folded name and by sound keys.
// Loaded once, lazily. When the built file is missing (a checkout where the build step has not run yet)
// it is built in memory from the installed GeoNames file, which is slower but gives the same answers.
import { LRUCache } from 'lru-cache';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import type { PlaceKind } from '../types.js';
import { COUNTRIES } from '../../facts/places/countries.js';
import { FEATURES } from '../../facts/places/features.js';
import { RENAMES } from '../../facts/places/renames.js';
import { FRONTLINE_SETTLEMENTS } from '../../facts/places/frontline-settlements.js';
import { buildGazetteer, type GazetteerFile, type KeyIndex } from './gazetteer-build.js';
import { adminAreaByCode } from './admin-areas.js';
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
}

export interface NameMatches {
  /** Places with a name equal to the query after folding. */
  exact: GazPlace[];
  /** Places that only share a sound key with the query. */
  sound: GazPlace[];
}

/** Finds the project root (where package.json is) from this module, in src/ or in dist/src/. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new SitrepError(ERROR_CODES.INTERNAL, 'cannot find the project root for data/gazetteer.json');
}

export function gazetteerDataPath(): string {
  return join(projectRoot(), 'data', 'gazetteer.json');
}

function readGazetteerFile(): GazetteerFile {
  const path = gazetteerDataPath();
  if (!existsSync(path)) return buildGazetteer();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${path}; rebuild it with the build step`, { path }, { cause: err });
  }
  const file = parsed as GazetteerFile;
  if (!file || typeof file !== 'object' || !Array.isArray(file.rows) || !Array.isArray(file.fold?.keys) || !Array.isArray(file.sound?.keys)) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `${path} is not a gazetteer file`, { path });
  }
  return parsed as GazetteerFile;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Row numbers under a key of a built index (keys sorted by code unit), found by bisection. */
function rowsOf(index: KeyIndex, key: string): readonly number[] {
  let lo = 0;
  let hi = index.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = index.keys[mid]!;
    if (k === key) return index.rows[mid]!;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return [];
}

export class Gazetteer {
  /** The built indexes, used as parsed: folded name / sound key -> row numbers. */
  private readonly rowFold: KeyIndex;
  private readonly rowSound: KeyIndex;
  private readonly places: GazPlace[];
  /** Names from sitrep's own tables (countries, features, renames), indexed at load. */
  private readonly byFold = new Map<string, GazPlace[]>();
  private readonly bySound = new Map<string, GazPlace[]>();
  private readonly byId = new Map<number, GazPlace>();
  /** Sound keys of towns with one letter deleted: a typo ("Nova Kakhova") still finds the town. */
  private readonly byDeletion = new Map<string, GazPlace[]>();
  readonly size: number;

  constructor(file: GazetteerFile) {
    const renamed = new Map<number, string[]>();
    for (const r of RENAMES) push(renamed, r.geonameId, r.old);
    this.rowFold = file.fold;
    this.rowSound = file.sound;
    this.places = file.rows.map(([id, name, lat, lon, cc, code, featureCode, population]) => ({
      geonameId: id, name, lat, lon, country: cc, admin1: adminAreaByCode(cc, code)?.name ?? null,
      kind: 'settlement', population, featureCode,
    }));
    for (const place of this.places) {
      const { name } = place;
      const id = place.geonameId!;
      this.byId.set(id, place);
      this.index(place, renamed.get(id) ?? []);
      if (typoTolerant(place)) for (const k of soundKeys(name)) for (const d of deletions(k)) push(this.byDeletion, d, place);
    }
    for (const c of COUNTRIES) {
      const place: GazPlace = { geonameId: c.geonameId, name: c.name, lat: c.lat, lon: c.lon, country: c.code,
        admin1: null, kind: 'country', population: 1e8, featureCode: 'PCLI' };
      this.index(place, [c.name, ...c.names]);
    }
    for (const f of FRONTLINE_SETTLEMENTS) {
      // Population unknown here: counted as a village, so that a namesake town wins without context.
      const place: GazPlace = { geonameId: null, name: f.name, lat: f.lat, lon: f.lon, country: 'UA', admin1: f.admin1,
        kind: 'settlement', population: 1000, featureCode: 'PPL' };
      this.index(place, [f.name, ...f.names]);
    }
    for (const f of FEATURES) {
      const place: GazPlace = { geonameId: f.geonameId, name: f.name, lat: f.lat, lon: f.lon, country: f.country,
        admin1: f.admin1, kind: f.kind, population: 1e6, featureCode: '' };
      this.index(place, [f.name, ...f.names]);
    }
    this.size = file.rows.length;
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
    return [...rowsOf(this.rowFold, key).map((i) => this.places[i]!), ...(this.byFold.get(key) ?? [])];
  }

  private withSound(key: string): GazPlace[] {
    return [...rowsOf(this.rowSound, key).map((i) => this.places[i]!), ...(this.bySound.get(key) ?? [])];
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
    this.rowFold.keys.forEach((key, i) => {
      if (this.rowFold.rows[i]!.some((row) => test(this.places[row]!))) out.add(key);
    });
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

  place(geonameId: number): GazPlace | null {
    return this.byId.get(geonameId) ?? null;
  }
}

/** Only towns big enough to be written about often get typo tolerance; villages would collide. */
function typoTolerant(p: GazPlace): boolean {
  return p.kind === 'settlement' && p.country === 'UA' && p.population >= 15000;
}

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
