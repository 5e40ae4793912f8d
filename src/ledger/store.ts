// The ledger's storage interface. Like a Kysely dialect, each backend (embedded SQLite now, PostgreSQL
// later) implements this one interface over the same schema and migrations; nothing above it knows which.
import type { ContractLine } from '../edges/contract.js';
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

export interface StoredDocument {
  id: number;
  hash: string;
  kind: 'text' | 'html';
  container: 'file' | 'jsonl' | 'stdin';
  name: string;
  sourcePath: string | null;
  sourceLine: number | null;
  url: string | null;
  givenPublished: string | null;
  raw: Uint8Array;
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
  event: Record<string, unknown>;
  document: { id: number; name: string; title: string | null; published: string | null; url: string | null };
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
  limit?: number;
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
  save(doc: DocumentInput, annotation: AnnotationInput): Promise<SaveResult>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  event(id: number): Promise<StoredEvent | null>;
  document(id: number): Promise<StoredDocument | null>;
  counts(): Promise<LedgerCounts>;
  close(): Promise<void>;
}
