// The built gazetteer file (data/gazetteer.json) and its reading. Columns, not rows: numbers as base64
// typed arrays, strings joined by newlines, and the name indexes as sorted keys with their row lists laid
// end to end. Parsing is then a few long strings rather than a hundred thousand small arrays, which kept
// the load of Ukraine's 33,000 villages inside the budget (scripts/bench-gazetteer.ts).
import { ERROR_CODES, SitrepError } from '../../errors.js';

/** A raion: GeoNames admin1 and admin2 codes, its name without the word "raion", its other names. */
export type RaionRow = [admin1: string, admin2: string, name: string, alternates: string[]];

/** One place as the build step collects it. */
export interface GazetteerRow {
  id: number;
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  /** GeoNames feature code (PPL, PPLA2, PPLC, PPLX ...). */
  code: string;
  population: number;
  admin2: string;
  /** ROW_FLAGS bits. */
  flags: number;
}

/** Bits of a row's flags. */
export const ROW_FLAGS = {
  /** A Ukrainian place that only the full dump knows (cities500 lacks it): a village, to be earned. */
  village: 1,
  /** Its own name is a common English word ("Bar", "Mission"): only a cue or an area makes it the place. */
  commonWord: 2,
  /** Its own name is an English proper name of something else (a given name, a place abroad). */
  properName: 4,
} as const;

interface PackedIndex {
  /** Sorted keys joined by '\n'. */
  keys: string;
  /** base64 Uint32: the end of each key's run in `rows`. */
  ends: string;
  /** base64 Uint32: row numbers, each key's run in turn. */
  rows: string;
}

export interface GazetteerFile {
  format: 2;
  source: string;
  builtFrom: string;
  count: number;
  ids: string;
  names: string;
  lat: string;
  lon: string;
  country: string;
  admin1: string;
  code: string;
  population: string;
  admin2: string;
  flags: string;
  raions: RaionRow[];
  fold: PackedIndex;
  sound: PackedIndex;
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function bytes(s: string): ArrayBuffer {
  const b = Buffer.from(s, 'base64');
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

function packIndex(index: Map<string, number[]>): PackedIndex {
  const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const ends = new Uint32Array(keys.length);
  const rows: number[] = [];
  keys.forEach((k, i) => {
    rows.push(...index.get(k)!);
    ends[i] = rows.length;
  });
  return { keys: keys.join('\n'), ends: b64(ends), rows: b64(Uint32Array.from(rows)) };
}

export function packGazetteer(source: string, builtFrom: string, rows: readonly GazetteerRow[], raions: RaionRow[],
  fold: Map<string, number[]>, sound: Map<string, number[]>): GazetteerFile {
  const col = <K extends keyof GazetteerRow>(k: K) => rows.map((r) => r[k]);
  return {
    format: 2, source, builtFrom, count: rows.length,
    ids: b64(Int32Array.from(col('id'))),
    names: col('name').join('\n'),
    lat: b64(Float32Array.from(col('lat'))),
    lon: b64(Float32Array.from(col('lon'))),
    country: col('country').join('\n'),
    admin1: col('admin1').join('\n'),
    code: col('code').join('\n'),
    population: b64(Int32Array.from(col('population'))),
    admin2: col('admin2').join('\n'),
    flags: b64(Uint8Array.from(col('flags'))),
    raions,
    fold: packIndex(fold),
    sound: packIndex(sound),
  };
}

/** A name index as read: keys found by bisection, each key's rows a view on one array. */
export class RowIndex {
  readonly keys: string[];
  private readonly ends: Uint32Array;
  private readonly rows: Uint32Array;

  constructor(packed: PackedIndex) {
    this.keys = packed.keys ? packed.keys.split('\n') : [];
    this.ends = new Uint32Array(bytes(packed.ends));
    this.rows = new Uint32Array(bytes(packed.rows));
  }

  rowsAt(i: number): Uint32Array {
    return this.rows.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  /** Row numbers under a key (keys sorted by code unit), found by bisection. */
  find(key: string): Uint32Array {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keys[mid]!;
      if (k === key) return this.rowsAt(mid);
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return EMPTY;
  }
}

const EMPTY = new Uint32Array(0);

/** The columns of the file, ready to read row by row. */
export class GazetteerColumns {
  readonly count: number;
  readonly ids: Int32Array;
  readonly names: string[];
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly country: string[];
  readonly admin1: string[];
  readonly code: string[];
  readonly population: Int32Array;
  readonly admin2: string[];
  readonly flags: Uint8Array;
  readonly raions: RaionRow[];
  readonly fold: RowIndex;
  readonly sound: RowIndex;

  constructor(file: GazetteerFile, path: string) {
    if (file?.format !== 2 || typeof file.names !== 'string' || !file.fold || !file.sound) {
      throw new SitrepError(ERROR_CODES.UNREADABLE, `${path} is not a gazetteer file of this version; rebuild it with the build step`, { path });
    }
    this.count = file.count;
    this.ids = new Int32Array(bytes(file.ids));
    this.names = file.names.split('\n');
    this.lat = new Float32Array(bytes(file.lat));
    this.lon = new Float32Array(bytes(file.lon));
    this.country = file.country.split('\n');
    this.admin1 = file.admin1.split('\n');
    this.code = file.code.split('\n');
    this.population = new Int32Array(bytes(file.population));
    this.admin2 = file.admin2.split('\n');
    this.flags = new Uint8Array(bytes(file.flags));
    this.raions = file.raions ?? [];
    this.fold = new RowIndex(file.fold);
    this.sound = new RowIndex(file.sound);
    if (this.names.length !== this.count || this.ids.length !== this.count || this.lat.length !== this.count) {
      throw new SitrepError(ERROR_CODES.UNREADABLE, `${path}: its columns disagree in length; rebuild it`, { path });
    }
  }
}
