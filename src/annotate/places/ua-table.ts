// Ukraine's every populated place, from GeoNames' per-country dump (geonames.org, CC BY 4.0): written by
// `node dist/scripts/build-gazetteer.js --ua <geonames-UA.zip>` into data/geonames-ua.tsv.gz (committed, so that
// an install needs nothing else), read back when data/gazetteer.json is built.
//
// The table keeps what sitrep reads: id, name, position, oblast and raion codes, feature code, population,
// and the alternate names in Latin and Cyrillic that fold to a key not already kept (spellings that differ
// only in case, diacritics or apostrophes meet under one key anyway). Raions (ADM2) are rows too, with
// their names stripped of the word "raion", so that "X, Pokrovsk raion" can pick the right X.
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ERROR_CODES, SitrepError } from '../../errors.js';
import { readZipEntry } from './zip-entry.js';
import { foldName } from './translit.js';

export interface UaRow {
  id: number;
  name: string;
  lat: number;
  lon: number;
  admin1: string;
  /** The 2020 raion's GeoNames admin2 code ('' when the dump gives none). */
  admin2: string;
  /** GeoNames feature code: PPL, PPLA2, PPLX (section of a city), ..., or ADM2 for a raion. */
  code: string;
  population: number;
  alternates: string[];
}

export const UA_TABLE_HEADER = [
  '# Ukraine: every populated place (GeoNames feature class P) and raion (ADM2) of GeoNames\' UA dump.',
  '# Source: GeoNames, https://www.geonames.org/, licence CC BY 4.0. Derived by scripts/build-gazetteer.ts --ua.',
  '# Columns: geonameid, name, lat, lon, admin1, admin2, feature code, population, alternate names (|-separated).',
];

const LATIN_OR_CYRILLIC = /^[\p{Script=Latin}\p{Script=Cyrillic}][\p{Script=Latin}\p{Script=Cyrillic}\p{M} '’ʼ\-.()]*$/u;
const RAION = String.raw`(?<!\p{L})(?:raion|rayon|rajon|raïon|raión|district|район|р-н)(?!\p{L})`;
const RAION_WORD = new RegExp(String.raw`\s*${RAION}\s*`, 'giu');
const HAS_RAION_WORD = new RegExp(RAION, 'iu');

/** Alternate names worth a key: Latin or Cyrillic, not a code, not a romanisation written in lower case. */
function alternatesOf(name: string, field: string, raion: boolean): string[] {
  const keys = new Set([foldName(name)]);
  const out: string[] = [];
  for (let alt of field.split(',')) {
    if (raion) {
      if (!HAS_RAION_WORD.test(alt)) continue;
      alt = alt.replace(RAION_WORD, ' ').trim();
    }
    if (alt.length < 3 || !LATIN_OR_CYRILLIC.test(alt) || /^\p{Ll}/u.test(alt) || alt === alt.toUpperCase()) continue;
    const key = foldName(alt);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(alt);
  }
  return out;
}

/** The rows of the dump's UA.txt that sitrep keeps: populated places and raions. */
export function uaRowsFromDump(zipPath: string): UaRow[] {
  const text = readZipEntry(zipPath, 'UA.txt').toString('utf8');
  const rows: UaRow[] = [];
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15) continue;
    const raion = f[7] === 'ADM2';
    if (f[6] !== 'P' && !raion) continue;
    const name = raion ? f[1]!.replace(RAION_WORD, ' ').trim() : f[1]!;
    rows.push({
      id: Number(f[0]), name, lat: Number(f[4]), lon: Number(f[5]), admin1: f[10] ?? '', admin2: f[11] ?? '',
      code: f[7] ?? '', population: Number(f[14]) || 0, alternates: alternatesOf(name, `${f[2]},${f[3]}`, raion),
    });
  }
  if (rows.length === 0) throw new SitrepError(ERROR_CODES.UNREADABLE, `${zipPath}: no populated places in UA.txt`, { path: zipPath });
  return rows;
}

const clean = (s: string) => s.replace(/[\t\n|]/g, ' ');

/** The table as written to data/geonames-ua.tsv.gz: gzip of tab-separated lines after a '#' header. */
export function formatUaTable(rows: readonly UaRow[]): Buffer {
  const lines = rows.map((r) => [r.id, clean(r.name), r.lat.toFixed(5), r.lon.toFixed(5), r.admin1, r.admin2, r.code, r.population,
    r.alternates.map(clean).join('|')].join('\t'));
  return gzipSync([...UA_TABLE_HEADER, ...lines].join('\n') + '\n', { level: 9 });
}

export function readUaTable(path: string): UaRow[] {
  let text: string;
  try {
    text = gunzipSync(readFileSync(path)).toString('utf8');
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${path}`, { path }, { cause: err });
  }
  const rows: UaRow[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length !== 9) throw new SitrepError(ERROR_CODES.UNREADABLE, `${path}: a row with ${f.length} columns, 9 expected`, { path });
    rows.push({
      id: Number(f[0]), name: f[1]!, lat: Number(f[2]), lon: Number(f[3]), admin1: f[4]!, admin2: f[5]!, code: f[6]!,
      population: Number(f[7]) || 0, alternates: f[8] ? f[8].split('|') : [],
    });
  }
  return rows;
}
