// The ledger's storage interface. Like a Kysely dialect, each backend (embedded SQLite now, PostgreSQL
// later) implements this one interface over the same schema and migrations; nothing above it knows which.
import type { ContractLine } from '../contract/line.js';
import type { ContractEvent } from '../contract/schema.js';
import type { SourceDocument } from '../ingest/source.js';

/** A document as read, before the pipeline has seen it. */
export type DocumentInput = SourceDocument;

/** What the pipeline made of a document: its contract line (an error line when it failed). */
export interface AnnotationInput {
  pipelineVersion: string;
  line: ContractLine;
  ms: number;
}

/** Where a document already in the ledger stands. */
export interface DocumentState {
  documentId: number;
  pipelineVersion: string | null;
  status: 'ok' | 'failed' | null;
  events: number;
}

export interface SaveResult {
  documentId: number;
  /** Whether the document row is new (false: the bytes were already stored, the annotation was replaced). */
  created: boolean;
  events: number;
}

/** A document as stored: what was read (DocumentInput), plus what the ledger made of it. */
export interface StoredDocument extends DocumentInput {
  id: number;
  ingestedAt: string;
  title: string | null;
  published: string | null;
  publishedSource: string | null;
  pipelineVersion: string | null;
  status: 'ok' | 'failed' | null;
  /** The stored contract line, parsed. */
  line: ContractLine | null;
}

/** One stored event: the contract's event object, plus its ledger id and document. */
export interface StoredEvent {
  id: number;
  documentId: number;
  ordinal: number;
  event: ContractEvent;
  document: { id: number; name: string; title: string | null; published: string | null; url: string | null };
  /** The happening this event is a report of, when it is linked (listings and single reads fill it in). */
  happening?: { id: number; verification: string; independentSources: number };
}

/** A position in the (day_start nulls last, id) order: the last row of the page before. */
export interface EventCursor {
  dayStart: string | null;
  id: number;
}

export interface EventFilter {
  /** Exact type, or a prefix ending at a dot: "strike" matches "strike.shelling". */
  type?: string;
  /** ISO dates, inclusive: events whose date range overlaps [since, until]. */
  since?: string;
  until?: string;
  /** Case-insensitive substring of the place name, admin1 or country code. */
  place?: string;
  verification?: string;
  /** Only events of these documents. */
  documentIds?: readonly number[];
  /** Words that must all occur in the title or body of the event's document (full-text search). */
  text?: string;
  /** Case-insensitive substring of the event's source (who says so). */
  source?: string;
  /** Case-insensitive substring of any of the event's actor names. */
  actor?: string;
  /** Only events that took place (HAPPENED_MODALITIES): not planned, hypothetical, negated or denied ones. */
  happened?: boolean;
  /**
   * The candidates the learned decision kept below its threshold (flagged `candidate: true`): 'also' lists
   * them beside the shown events, 'only' lists them alone. Without it a read sees the shown events only.
   * Happenings never hold candidates, whatever this says.
   */
  candidates?: 'also' | 'only';
  /** Only events at least this confident (0 to 1). */
  minConfidence?: number;
  /** Within radiusKm of a point, on the great circle (a bounding box first, so the index narrows it). */
  near?: { lat: number; lon: number; radiusKm: number };
  /** Keyset paging: only rows after this one in the listing order. */
  after?: EventCursor;
  limit?: number;
  /** Rows of the listing order to skip first (with `limit`; a keyset `after` is cheaper for deep pages). */
  offset?: number;
}

/** Counts of the events matching a filter, made in the database. */
export interface EventStats {
  total: number;
  /** Events dated to one day, per day (ascending). */
  days: Array<{ day: string; count: number }>;
  /** Events whose date spans more than a day (a week, a month...), which no single day can show. */
  coarse: number;
  undated: number;
  types: Array<{ type: string; count: number }>;
  verification: Array<{ verification: string; count: number }>;
  /** The 50 most frequent sources. */
  sources: Array<{ source: string; count: number }>;
  fatalities: number;
}

/** Differing fatality figures for one happening, each with who gives it. */
export interface HappeningFigure {
  fatalities: number;
  claimant: string | null;
  side: string | null;
  documentIds: number[];
}

/** A document reporting a happening, with the ids of its reports (events) of it. */
export interface HappeningSource {
  documentId: number;
  name: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
  eventIds: number[];
}

/** One happening: its best report speaks for it; the counts come from all its reports. */
export interface StoredHappening {
  id: number;
  best: StoredEvent;
  reportCount: number;
  independentSources: number;
  verification: string;
  figures: HappeningFigure[];
  sources: HappeningSource[];
}

/** One entry of a happening's revision log. */
export interface HappeningRevision {
  id: number;
  at: string;
  field: string;
  before: string | null;
  after: string | null;
  reason: string;
  documentId: number | null;
}

export interface HappeningDetail extends StoredHappening {
  reports: StoredEvent[];
  revisions: HappeningRevision[];
}

/** Raw SQL inside a save's transaction (the shape pg-boss takes as its `db`, so a job can be completed there). */
export interface TransactionSql {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface SaveOptions {
  /**
   * Link the saved events into happenings (default true). Off only for synthetic bulk loads (the API
   * bench), which then hold events without happenings.
   */
  link?: boolean;
  /**
   * Runs last inside the save's transaction, with what the save did: whatever it writes commits with the
   * save or not at all (a queue worker completes the document's job there, so a save is never left without
   * its job's completion, nor a job completed without its save).
   */
  inTransaction?: (tx: TransactionSql, saved: SaveResult) => Promise<void>;
  /**
   * The id of the document's stored row, when the caller has read it already (a queue worker reads its
   * batch's documents, ids included): the save then does not look the row up by hash. Document rows are
   * never deleted, so an id once read stays the document's.
   */
  documentId?: number;
}

export interface LedgerCounts {
  documents: number;
  failed: number;
  events: number;
}

export interface LedgerStore {
  /** Where the ledger lives (a file path, or a connection string without secrets). */
  readonly location: string;
  documentState(hash: string): Promise<DocumentState | null>;
  /**
   * Stores the document (once per hash), its cleaned form, its annotation and its events in one
   * transaction, replacing any earlier annotation of the same document.
   */
  save(doc: DocumentInput, annotation: AnnotationInput, opts?: SaveOptions): Promise<SaveResult>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  event(id: number): Promise<StoredEvent | null>;
  /** Counts of the matching events, made in the database. */
  eventStats(filter?: EventFilter): Promise<EventStats>;
  /** Happenings whose best report matches the filter (documentIds and text: any report's document), newest first. */
  happenings(filter?: EventFilter): Promise<StoredHappening[]>;
  /** One happening with all its reports and its revision log. */
  happening(id: number): Promise<HappeningDetail | null>;
  /** The happening an event is a report of. */
  happeningOfEvent(eventId: number): Promise<number | null>;
  /** Earlier annotations of a document, replaced by newer pipeline versions, oldest first. */
  annotationHistory(documentId: number): Promise<Array<{ pipelineVersion: string; status: string; annotatedAt: string; replacedAt: string; events: number }>>;
  document(id: number): Promise<StoredDocument | null>;
  counts(): Promise<LedgerCounts>;
  /** A number that rises whenever anything is saved: one row read, for callers that cache answers. */
  revision(): Promise<number>;
  close(): Promise<void>;
}
