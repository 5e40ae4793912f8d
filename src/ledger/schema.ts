// The ledger's tables as Kysely sees them. One schema for every dialect (SQLite now, PostgreSQL later);
// the migrations in ./migrations create exactly these columns.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface DocumentsTable {
  id: Generated<number>;
  /** sha256 of `raw`, hex: the identity that makes ingest idempotent. */
  hash: string;
  kind: 'text' | 'html';
  /** How the bytes arrived: a whole file, one line of a .jsonl file, or standard input. */
  container: 'file' | 'jsonl' | 'stdin';
  /** The caller's id (a .jsonl line's "id") or the file path. */
  name: string;
  source_path: string | null;
  /** 1-based line number inside a .jsonl file. */
  source_line: number | null;
  url: string | null;
  /** Creation time the caller gave (a .jsonl line's "published"). */
  given_published: string | null;
  /** The document exactly as read (for a .jsonl line: that line's bytes; gzip already undone). */
  raw: Uint8Array;
  byte_length: number;
  ingested_at: string;
  /** The newer version of the same URL that replaced this one (its events left the ledger then), else null. */
  superseded_by: number | null;
}

export interface CleanedDocumentsTable {
  document_id: number;
  title: string | null;
  byline: string | null;
  published: string | null;
  published_source: string | null;
  site_name: string | null;
  language: string | null;
  canonical_url: string | null;
  body: string;
}

export interface AnnotationsTable {
  document_id: number;
  pipeline_version: string;
  status: 'ok' | 'failed';
  error_code: string | null;
  error_message: string | null;
  /** The batch contract's output line for this document, as JSON. */
  line: string;
  annotated_at: string;
  /** Milliseconds the pipeline took. */
  ms: number;
}

export interface EventsTable {
  id: Generated<number>;
  document_id: number;
  /**
   * Position in the document's contract line `events` array; for a candidate, the number of events plus
   * its position in `candidates` (one numbering per document, so the pair stays unique).
   */
  ordinal: number;
  /**
   * 1 for a candidate the learned decision kept below its threshold (migration 008), 0 for a shown event.
   * Candidates are stored so nothing the rules proposed is lost, and read only when a query asks for them:
   * they are never linked into happenings nor counted in the summaries.
   */
  candidate: number;
  type: string;
  acled_event_type: string | null;
  acled_sub_event_type: string | null;
  plover: string | null;
  date_value: string | null;
  date_precision: string | null;
  date_start: string | null;
  date_end: string | null;
  /** The days the date covers, resolved from value/start/end (ISO dates, inclusive), for filtering. */
  day_start: string | null;
  day_end: string | null;
  /** day_end minus day_start in days (0 for one day): bounds date-overlap queries. */
  day_span: number | null;
  place_name: string | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  country: string | null;
  geoname_id: number | null;
  geo_precision: number | null;
  modality: string;
  verification: string;
  source_name: string | null;
  confidence: number;
  fatalities_best: number | null;
  /** The event exactly as in the contract line, as JSON. */
  json: string;
}

/** A document's outlet (site name or URL host) and the MinHash signature of its text. */
export interface DocumentSourcesTable {
  document_id: number;
  outlet: string | null;
  signature: string;
}

/** One happening: the reports (events) of it from every document, linked. Anchor fields are its best report's. */
export interface HappeningsTable {
  id: Generated<number>;
  best_event_id: number | null;
  type: string;
  family: string;
  day_start: string | null;
  day_end: string | null;
  place_name: string | null;
  admin1: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geo_precision: number | null;
  /** JSON array of the best report's actor names. */
  actors: string;
  verification: string;
  independent_sources: number;
  /** 0 when every report was withdrawn (its document re-annotated); kept for its history. */
  report_count: number;
  fatalities_best: number | null;
  /** JSON array of {fatalities, claimant, side, documentIds}. */
  figures: string;
  created_at: string;
  updated_at: string;
}

export interface HappeningReportsTable {
  event_id: number;
  happening_id: number;
}

export interface HappeningRevisionsTable {
  id: Generated<number>;
  happening_id: number;
  document_id: number | null;
  at: string;
  field: string;
  before: string | null;
  after: string | null;
  reason: string;
}

export interface AnnotationHistoryTable {
  id: Generated<number>;
  document_id: number;
  pipeline_version: string;
  status: string;
  line: string;
  annotated_at: string;
  replaced_at: string;
}

/** Small named numbers about the ledger itself; `revision` rises with every save. */
export interface LedgerMetaTable {
  key: string;
  value: number;
}

/** Events per (days, type, verification), kept by every save (migration 006); '' for undated days. */
export interface EventDayCountsTable {
  day_start: string;
  day_end: string;
  type: string;
  verification: string;
  events: number;
  fatalities: number;
}

/** Events per (source, type, verification), kept by every save (migration 006). */
export interface EventSourceCountsTable {
  source_name: string;
  type: string;
  verification: string;
  events: number;
}

/** An event's actor names, lowercased, one row each (migration 006). */
export interface EventActorsTable {
  event_id: number;
  actor: string;
}

export interface LedgerDatabase {
  ledger_meta: LedgerMetaTable;
  documents: DocumentsTable;
  cleaned_documents: CleanedDocumentsTable;
  annotations: AnnotationsTable;
  events: EventsTable;
  document_sources: DocumentSourcesTable;
  happenings: HappeningsTable;
  happening_reports: HappeningReportsTable;
  happening_revisions: HappeningRevisionsTable;
  annotation_history: AnnotationHistoryTable;
  event_day_counts: EventDayCountsTable;
  event_source_counts: EventSourceCountsTable;
  event_actors: EventActorsTable;
}

export type DocumentRow = Selectable<DocumentsTable>;
export type NewDocumentRow = Insertable<DocumentsTable>;
export type CleanedDocumentRow = Selectable<CleanedDocumentsTable>;
export type AnnotationRow = Selectable<AnnotationsTable>;
export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
