// A document as read from a file, a .jsonl line or standard input: its exact bytes, where they came
// from, and enough to rebuild the pipeline's RawDocument from them (at ingest, and later from the ledger).
import type { ContentKind } from './types.js';

export interface SourceDocument {
  /** sha256 of `raw`, hex. */
  hash: string;
  kind: ContentKind;
  container: 'file' | 'jsonl' | 'stdin';
  /** The caller's id (a .jsonl line's "id") or the file path. */
  name: string;
  sourcePath: string | null;
  /** 1-based line number inside a .jsonl file. */
  sourceLine: number | null;
  url: string | null;
  givenPublished: string | null;
  /** The bytes exactly as read (for a .jsonl line, that line without its line break). */
  raw: Uint8Array;
}

/** Entries of a file that hold no document and are passed over on purpose (an export's service messages). */
export interface SkippedEntries {
  where: string;
  /** How many of each kind were passed over ("service message": 2, "message without text": 1). */
  counts: Readonly<Record<string, number>>;
}

/**
 * One thing the reader found: a document, a typed failure to read one (an unreadable file), or entries
 * it passed over, counted so that a summary can say that nothing was lost silently.
 */
export type SourceItem =
  | { document: SourceDocument }
  | { failure: { where: string; error: import('../errors.js').SitrepError } }
  | { skipped: SkippedEntries };
