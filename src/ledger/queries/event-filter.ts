// An EventFilter as SQL conditions over a query that has the events table as `e` (for happenings: the
// best report's row). Every condition is written once, in SQL both SQLite and PostgreSQL run, except
// full-text search, which each backend does its own way (FTS5; a tsvector GIN index).
import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { POSTGRES_DOCUMENT_VECTOR } from '../migrations/004-text-search.js';
import type { SqlFlavor } from '../migrations/flavor.js';
import type { EventFilter } from '../store.js';

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const like = (column: string, pattern: string) => sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;

/** The words of a search text as an FTS5 query: every word must occur (quoted, so no word is an operator). */
export function fts5Query(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu);
  return words?.length ? words.map((w) => `"${w}"`).join(' ') : null;
}

export const shiftDay = (day: string, by: number) => new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);

export interface FilterTarget {
  flavor: SqlFlavor;
  /** The longest day span of any stored event: lets `since` bound day_start, which the indexes lead with. */
  maxSpanDays: number;
  /** The column holding the verification to filter on (e.verification, or the happening's). */
  verification: string;
  /** The listing's id column, the tie-break of its order (e.id, or the happening's). */
  id: string;
  /** Restricts the rows to those whose documents are in the given subquery of document ids. */
  documentsIn: (ids: RawBuilder<unknown>) => RawBuilder<SqlBool>;
}

function textSearchDocuments(flavor: SqlFlavor, text: string): RawBuilder<unknown> | null {
  if (flavor.name === 'sqlite') {
    const q = fts5Query(text);
    return q ? sql`select rowid from documents_fts where documents_fts match ${q}` : null;
  }
  return sql`select document_id from cleaned_documents where ${POSTGRES_DOCUMENT_VECTOR} @@ plainto_tsquery('simple', ${text})`;
}

const NOTHING = sql<SqlBool>`1 = 0`;

export function applyEventFilter<QB extends SelectQueryBuilder<any, any, any>>(q: QB, f: EventFilter, t: FilterTarget): QB {
  const conds: Array<RawBuilder<SqlBool>> = [];
  if (f.type) conds.push(sql<SqlBool>`(e.type = ${f.type} or e.type like ${escapeLike(f.type) + '.%'} escape '\\')`);
  if (f.since) {
    conds.push(sql<SqlBool>`e.day_end >= ${f.since}`);
    // An event overlapping [since, …] starts at most maxSpanDays before it: a range the index can seek.
    conds.push(sql<SqlBool>`e.day_start >= ${shiftDay(f.since, -t.maxSpanDays)}`);
  }
  if (f.until) conds.push(sql<SqlBool>`e.day_start <= ${f.until}`);
  if (f.verification) conds.push(sql<SqlBool>`${sql.ref(t.verification)} = ${f.verification}`);
  if (f.documentIds) {
    if (f.documentIds.length === 0) conds.push(NOTHING);
    else conds.push(t.documentsIn(sql`${sql.join(f.documentIds.map((id) => sql`${id}`))}`));
  }
  if (f.text !== undefined) {
    const docs = textSearchDocuments(t.flavor, f.text);
    conds.push(docs ? t.documentsIn(docs) : NOTHING);
  }
  if (f.place) {
    const place = f.place.toLowerCase();
    const p = `%${escapeLike(place)}%`;
    conds.push(sql<SqlBool>`(${like('e.place_name', p)} or ${like('e.admin1', p)} or lower(e.country) = ${place})`);
  }
  if (f.source) conds.push(like('e.source_name', `%${escapeLike(f.source.toLowerCase())}%`));
  if (f.near) {
    const { lat, lon, radiusKm } = f.near;
    const dLat = radiusKm / 111.2;
    const cos = Math.max(Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180), 1e-6);
    const dLon = Math.min(180, dLat / cos);
    conds.push(sql<SqlBool>`e.lat between ${lat - dLat} and ${lat + dLat}`);
    if (dLon < 180) conds.push(sql<SqlBool>`e.lon between ${lon - dLon} and ${lon + dLon}`);
    // Flat-earth distance around the point: arithmetic every SQL engine has, tight at these radii.
    if (radiusKm <= 500) {
      const c = Math.cos((lat * Math.PI) / 180);
      conds.push(sql<SqlBool>`((e.lat - ${lat}) * (e.lat - ${lat}) + (e.lon - ${lon}) * (e.lon - ${lon}) * ${c * c}) <= ${(dLat * 1.005) ** 2}`);
    }
  }
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
