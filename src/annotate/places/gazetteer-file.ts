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

/**
 * A typed array's bytes: base64 in the in-memory build, or a place in the binary file written beside the
 * JSON (data/gazetteer.bin), which a load reads without decoding.
 */
export type Blob = string | { at: number; bytes: number };

interface PackedIndex {
  /** Sorted keys joined by '\n'. */
  keys: string;
  /** Uint32: the end of each key's run in `rows`. */
  ends: Blob;
  /** Uint32: row numbers, each key's run in turn. */
  rows: Blob;
}

export interface GazetteerFile {
  format: 2;
  source: string;
  builtFrom: string;
  count: number;
  ids: Blob;
  names: string;
  lat: Blob;
  lon: Blob;
  country: string;
  admin1: string;
  code: string;
  population: Blob;
  admin2: string;
  flags: Blob;
  raions: RaionRow[];
  fold: PackedIndex;
  sound: PackedIndex;
}

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function bytes(blob: Blob, binary: Buffer | null): ArrayBuffer {
  const b = typeof blob === 'string' ? Buffer.from(blob, 'base64') : binary?.subarray(blob.at, blob.at + blob.bytes);
  if (!b || (typeof blob !== 'string' && b.byteLength !== blob.bytes)) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, 'the gazetteer\'s binary file is missing or short; rebuild it with the build step');
  }
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/** The file with its typed arrays moved into one binary buffer (each at a 4-byte boundary). */
export function splitBlobs(file: GazetteerFile): { json: GazetteerFile; binary: Buffer } {
  const parts: Buffer[] = [];
  let at = 0;
  const move = (blob: Blob): Blob => {
    if (typeof blob !== 'string') return blob;
    const b = Buffer.from(blob, 'base64');
    const ref = { at, bytes: b.byteLength };
    const pad = (4 - (b.byteLength % 4)) % 4;
    parts.push(b, Buffer.alloc(pad));
    at += b.byteLength + pad;
    return ref;
  };
  const index = (i: PackedIndex): PackedIndex => ({ keys: i.keys, ends: move(i.ends), rows: move(i.rows) });
  const json: GazetteerFile = {
    ...file, ids: move(file.ids), lat: move(file.lat), lon: move(file.lon), population: move(file.population),
    flags: move(file.flags), fold: index(file.fold), sound: index(file.sound),
  };
  return { json, binary: Buffer.concat(parts) };
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

/**
 * Newline-joined strings read by position without splitting: a load makes no 300,000 small strings for the
 * garbage collector, and a lookup slices out only the lines it reads.
 */
export class Lines {
  private readonly starts: Uint32Array;
  readonly length: number;

  constructor(private readonly text: string) {
    let n = text ? 1 : 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.starts = new Uint32Array(n + 1);
    let k = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts[k++] = i + 1;
    this.starts[n] = text.length + 1;
    this.length = n;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Whether line i equals s, without slicing it out. */
  is(i: number, s: string): boolean {
    const start = this.starts[i]!;
    return this.starts[i + 1]! - 1 - start === s.length && this.text.startsWith(s, start);
  }
}

/** A name index as read: keys found by bisection, each key's rows a view on one array. */
export class RowIndex {
  readonly keys: Lines;
  private readonly ends: Uint32Array;
  private readonly rows: Uint32Array;

  constructor(packed: PackedIndex, binary: Buffer | null) {
    this.keys = new Lines(packed.keys);
    this.ends = new Uint32Array(bytes(packed.ends, binary));
    this.rows = new Uint32Array(bytes(packed.rows, binary));
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
      const k = this.keys.at(mid);
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
  readonly names: Lines;
  readonly lat: Float32Array;
  readonly lon: Float32Array;
  readonly country: Lines;
  readonly admin1: Lines;
  readonly code: Lines;
  readonly population: Int32Array;
  readonly admin2: Lines;
  readonly flags: Uint8Array;
  readonly raions: RaionRow[];
  readonly fold: RowIndex;
  readonly sound: RowIndex;

  constructor(file: GazetteerFile, path: string, binary: Buffer | null = null) {
    if (file?.format !== 2 || typeof file.names !== 'string' || !file.fold || !file.sound) {
      throw new SitrepError(ERROR_CODES.UNREADABLE, `${path} is not a gazetteer file of this version; rebuild it with the build step`, { path });
    }
    this.count = file.count;
    this.ids = new Int32Array(bytes(file.ids, binary));
    this.names = new Lines(file.names);
    this.lat = new Float32Array(bytes(file.lat, binary));
    this.lon = new Float32Array(bytes(file.lon, binary));
    this.country = new Lines(file.country);
    this.admin1 = new Lines(file.admin1);
    this.code = new Lines(file.code);
    this.population = new Int32Array(bytes(file.population, binary));
    this.admin2 = new Lines(file.admin2);
    this.flags = new Uint8Array(bytes(file.flags, binary));
    this.raions = file.raions ?? [];
    this.fold = new RowIndex(file.fold, binary);
    this.sound = new RowIndex(file.sound, binary);
    if (this.names.length !== this.count || this.ids.length !== this.count || this.lat.length !== this.count) {
      throw new SitrepError(ERROR_CODES.UNREADABLE, `${path}: its columns disagree in length; rebuild it`, { path });
    }
  }
}
