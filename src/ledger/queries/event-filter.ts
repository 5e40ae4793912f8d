// An EventFilter as SQL conditions over a query that has the events table as `e` (for happenings: the
// best report's row). Every condition is written once, in SQL both SQLite and PostgreSQL run, except
// full-text search, which each backend does its own way (FTS5; a tsvector GIN index).
import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { POSTGRES_DOCUMENT_VECTOR } from '../migrations/004-text-search.js';
import type { SqlFlavor } from '../migrations/flavor.js';
import type { EventFilter } from '../store.js';
import { shiftDay } from '../day-range.js';

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const like = (column: string, pattern: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;

/** The words of a search text as an FTS5 query: every word must occur (quoted, so no word is an operator). */
export function fts5Query(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

/**
 * An event's verification as the edges show it: its happening's; an event not linked into one (only
 * synthetic bulk loads) is a single source, which never confirms itself (verificationOf's rule).
 */
export const UNLINKED_VERIFICATION = sql<string>`case e.verification when 'confirmed' then 'unconfirmed' else e.verification end`;
export const EVENT_VERIFICATION = sql<string>`coalesce((select fh.verification from happening_reports fhr inner join happenings fh on fh.id = fhr.happening_id where fhr.event_id = e.id), ${UNLINKED_VERIFICATION})`;

/** Modalities of events that took place; planned, hypothetical, negated and denied ones did not (or not yet). */
export const HAPPENED_MODALITIES = ['asserted', 'claimed', 'historical'] as const;

export interface FilterTarget {
  flavor: SqlFlavor;
  /** The longest day span of any stored event: lets `since` bound day_start, which the indexes lead with. */
  maxSpanDays: number;
  /**
   * The happening's verification, the one every edge shows: a column (h.verification for happenings), or
   * for events an expression reading their happening's.
   */
  verification: string | RawBuilder<string>;
  /** The listing's id column, the tie-break of its order (e.id, or the happening's). */
  id: string;
  /** Restricts the rows to those whose documents are in the given subquery of document ids. */
  documentsIn: (ids: RawBuilder<unknown>) => RawBuilder<SqlBool>;
  /**
   * SQLite: test full-text matches row by row in listing order instead of fetching the matching documents'
   * events (see text-plan.ts).
   */
  textInListingOrder?: boolean;
  /**
   * Whether the rows may be candidates (migration 008): the events listing's may; a happening's best
   * report never is, so happenings take no condition on it.
   */
  candidateRows: boolean;
}

function textSearchDocuments(flavor: SqlFlavor, text: string): RawBuilder<unknown> | null {
  if (flavor.name === 'sqlite') {
    const q = fts5Query(text);
    return q ? sql`select rowid from documents_fts where documents_fts match ${q}` : null;
  }
  return sql`select document_id from cleaned_documents where ${POSTGRES_DOCUMENT_VECTOR} @@ plainto_tsquery('simple', ${text})`;
}

const NOTHING = sql<SqlBool>`1 = 0`;

/**
 * The type or any type under it ("strike" matches "strike.drone"), case-sensitive in both. SQLite compares
 * the prefix with substr, cheaper per row than LIKE (which would also fold case there); PostgreSQL keeps
 * LIKE, whose selectivity its statistics can estimate (a substr() expression gets a blind 0.5%, and at a
 * million events that made it sort a quarter of them for one deep page: 1 s instead of 48 ms).
 */
export function typeCondition(flavor: SqlFlavor, column: string, type: string): RawBuilder<SqlBool> {
  const prefix = `${type}.`;
  const under =
    flavor.name === 'sqlite'
      ? sql<SqlBool>`substr(${sql.ref(column)}, 1, ${prefix.length}) = ${prefix}`
      : sql<SqlBool>`${sql.ref(column)} like ${escapeLike(prefix) + '%'} escape '\\'`;
  return sql<SqlBool>`(${sql.ref(column)} = ${type} or ${under})`;
}

const EARTH_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Within radiusKm of a point: a latitude/longitude box the listing index can check from its entries, then
 * the haversine distance (sin and cos exist in PostgreSQL and in better-sqlite3's SQLite, built with its
 * math functions), compared as hav(d/R) <= hav(radius/R) so no asin or clamp is needed.
 */
function nearConditions({ lat, lon, radiusKm }: { lat: number; lon: number; radiusKm: number }): Array<RawBuilder<SqlBool>> {
  const conds: Array<RawBuilder<SqlBool>> = [];
  const dLat = radiusKm / 111.19;
  const cos = Math.max(Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180), 1e-6);
  const dLon = Math.min(180, dLat / cos);
  // A hair wider than the circle: the exact test below decides, the box only narrows.
  conds.push(sql<SqlBool>`e.lat between ${lat - dLat * 1.001} and ${lat + dLat * 1.001}`);
  if (dLon < 180) conds.push(sql<SqlBool>`e.lon between ${lon - dLon * 1.001} and ${lon + dLon * 1.001}`);
  const half = Math.min(Math.PI / 2, radiusKm / EARTH_KM / 2);
  const bound = Math.sin(half) ** 2;
  if (bound < 1) {
    conds.push(
      sql<SqlBool>`(sin((e.lat - ${lat}) * ${RAD / 2}) * sin((e.lat - ${lat}) * ${RAD / 2}) + ${Math.cos(lat * RAD)} * cos(e.lat * ${RAD}) * sin((e.lon - ${lon}) * ${RAD / 2}) * sin((e.lon - ${lon}) * ${RAD / 2})) <= ${bound}`,
    );
  }
  return conds;
}

export function applyEventFilter<QB extends SelectQueryBuilder<any, any, any>>(q: QB, f: EventFilter, t: FilterTarget): QB {
  const conds: Array<RawBuilder<SqlBool>> = [];
  // Read from the listing indexes' entries (migration 008), like every condition on a column below.
  if (t.candidateRows && f.candidates !== 'also') conds.push(sql<SqlBool>`e.candidate = ${f.candidates === 'only' ? 1 : 0}`);
  if (f.type) conds.push(typeCondition(t.flavor, 'e.type', f.type));
  if (f.since) {
    conds.push(sql<SqlBool>`e.day_end >= ${f.since}`);
    // An event overlapping [since, …] starts at most maxSpanDays before it: a range the index can seek.
    conds.push(sql<SqlBool>`e.day_start >= ${shiftDay(f.since, -t.maxSpanDays)}`);
  }
  if (f.until) conds.push(sql<SqlBool>`e.day_start <= ${f.until}`);
  if (f.happened) conds.push(sql<SqlBool>`e.modality in (${sql.join(HAPPENED_MODALITIES.map((m) => sql`${m}`))})`);
  if (f.minConfidence !== undefined) conds.push(sql<SqlBool>`e.confidence >= ${f.minConfidence}`);
  if (f.verification) conds.push(sql<SqlBool>`${typeof t.verification === 'string' ? sql.ref(t.verification) : t.verification} = ${f.verification}`);
  if (f.documentIds) {
    if (f.documentIds.length === 0) conds.push(NOTHING);
    else conds.push(t.documentsIn(sql`${sql.join(f.documentIds.map((id) => sql`${id}`))}`));
  }
  if (f.text !== undefined) {
    const docs = textSearchDocuments(t.flavor, f.text);
    // SQLite's unary + keeps a column from being used as an index (here: events_document).
    if (docs && t.textInListingOrder && t.flavor.name === 'sqlite') conds.push(sql<SqlBool>`+e.document_id in (${docs})`);
    else conds.push(docs ? t.documentsIn(docs) : NOTHING);
  }
  if (f.place) {
    const place = f.place.toLowerCase();
    const p = `%${escapeLike(place)}%`;
    conds.push(sql<SqlBool>`(${like('e.place_name', p)} or ${like('e.admin1', p)} or lower(e.country) = ${place})`);
  }
  if (f.source) {
    // The substring is matched against the distinct source names (event_source_counts holds every stored
    // event's source), so the events are found by name through events_by_source instead of by testing
    // every row's source.
    const p = `%${escapeLike(f.source.toLowerCase())}%`;
    const counted = sql<SqlBool>`e.source_name in (select n.source_name from event_source_counts n where lower(n.source_name) like ${p} escape '\\')`;
    // Candidates are not counted there: theirs are matched row by row (a listing that asks for them).
    conds.push(f.candidates ? sql<SqlBool>`(${counted} or (e.candidate = 1 and ${like('e.source_name', p)}))` : counted);
  }
  if (f.actor) {
    // A probe of the event's own actor rows (event_actors' key leads with event_id), whichever rows the
    // listing index yields first; the keys are lowercased on save, as the needle is here.
    const actor = `%${escapeLike(f.actor.toLowerCase())}%`;
    conds.push(sql<SqlBool>`exists (select 1 from event_actors ea where ea.event_id = e.id and ea.actor like ${actor} escape '\\')`);
  }
  if (f.near) conds.push(...nearConditions(f.near));
  if (f.after) {
    const { dayStart, id } = f.after;
    conds.push(
      dayStart === null
        ? sql<SqlBool>`(e.day_start is null and ${sql.ref(t.id)} > ${id})`
        : // Dated rows only, in a form the (day_start, id) index can seek to; the store reads the undated
          // rows that follow them (NULLS LAST) with a second query when the page is not full.
          sql<SqlBool>`(e.day_start >= ${dayStart} and (e.day_start > ${dayStart} or ${sql.ref(t.id)} > ${id}))`,
    );
  }
  let out = q;
  for (const c of conds) out = out.where(c) as QB;
  return out;
}
