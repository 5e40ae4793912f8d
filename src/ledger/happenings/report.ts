// Stored event rows seen as linking reports (src/ledger/linking): what sameHappening compares, what
// corroborate counts, and which report of a happening speaks for it.
import type { Report } from '../linking/link.js';
import type { SourcedReport } from '../linking/corroborate.js';
import { signatureFromHex } from '../linking/fingerprint.js';
import type { EventRow } from '../schema.js';
import { obj, type JsonObject } from '../../contract/read.js';

/** Reports whose date covers more than this many days ("in March") are too vague to link to anything. */
export const MAX_LINKED_SPAN_DAYS = 7;

export type ReportRow = Pick<
  EventRow,
  'id' | 'document_id' | 'type' | 'day_start' | 'day_end' | 'day_span' | 'lat' | 'lon' | 'admin1' | 'geo_precision' | 'modality' | 'verification' | 'fatalities_best' | 'confidence' | 'date_precision' | 'json'
>;

export function actorNames(event: JsonObject): string[] {
  const actors = Array.isArray(event.actors) ? event.actors : [];
  // Targets are who was hit, not who did it: two reports naming different victims still agree on the deed.
  return actors
    .map(obj)
    .filter((a): a is JsonObject => a !== null && a.role !== 'target' && typeof a.name === 'string')
    .map((a) => a.name as string);
}

export function reportOf(row: ReportRow, event: JsonObject = JSON.parse(row.json) as JsonObject): Report {
  return {
    eventId: Number(row.id),
    documentId: Number(row.document_id),
    type: row.type,
    dateStart: row.day_start,
    dateEnd: row.day_end,
    lat: row.lat,
    lon: row.lon,
    admin1: row.admin1,
    precision: row.geo_precision,
    actors: actorNames(event),
  };
}

/** Whether a report may be linked at all: it needs a place and a date narrow enough to compare. */
export function linkable(r: Report): boolean {
  if (!r.dateStart || r.lat === null || r.lon === null) return false;
  const span = (Date.parse(r.dateEnd ?? r.dateStart) - Date.parse(r.dateStart)) / 86_400_000;
  return span <= MAX_LINKED_SPAN_DAYS;
}

export function sourcedReportOf(row: ReportRow, outlet: string | null, signatureHex: string | null, event: JsonObject = JSON.parse(row.json) as JsonObject): SourcedReport {
  const source = obj(event.source);
  return {
    documentId: Number(row.document_id),
    outlet,
    signature: (signatureHex ? signatureFromHex(signatureHex) : null) ?? new Uint32Array(64).fill(0xffffffff),
    modality: row.modality,
    verification: row.verification,
    claimant: typeof source?.name === 'string' ? source.name : null,
    side: typeof source?.side === 'string' ? source.side : null,
    fatalities: row.fatalities_best,
  };
}

const MODALITY_RANK: Record<string, number> = { asserted: 0, claimed: 1, historical: 3, planned: 3, hypothetical: 3, denied: 4, negated: 4 };

/**
 * The report that speaks for a happening, best first: a firm statement over a denial or a look back, a
 * precise place over a region, a narrow date over a wide one, a report with a death toll, then the
 * extractor's confidence; the oldest report breaks ties so the choice is stable.
 */
export function compareReports(a: ReportRow, b: ReportRow): number {
  return (
    (MODALITY_RANK[a.modality] ?? 2) - (MODALITY_RANK[b.modality] ?? 2) ||
    (a.geo_precision ?? 9) - (b.geo_precision ?? 9) ||
    (a.day_span ?? 999) - (b.day_span ?? 999) ||
    Number(b.fatalities_best !== null) - Number(a.fatalities_best !== null) ||
    b.confidence - a.confidence ||
    Number(a.id) - Number(b.id)
  );
}
