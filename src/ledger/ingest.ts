// Ingest into the ledger: each document read is hashed, skipped when the ledger already holds it annotated
// by this pipeline version, else run through the pipeline and stored with its annotation in one
// transaction. A document that fails is stored with its error line; one that cannot be read is reported.
import { asSitrepError, type SitrepError } from '../errors.js';
import { contractLine, errorLine, type ContractLine, type ContractOptions } from '../contract/line.js';
import { rawDocumentOf } from '../ingest/raw-document.js';
import type { SourceDocument, SourceItem } from '../ingest/source.js';
import type { RawDocument } from '../ingest/types.js';
import type { DocumentState, LedgerStore, SaveOptions } from './store.js';
import { pipelineVersion } from './project.js';

export type IngestOutcome = 'new' | 'updated' | 'unchanged' | 'failed';

export interface IngestFailure {
  where: string;
  code: string;
  message: string;
}

export interface IngestSummary {
  documents: number;
  new: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Events stored by this run (new and re-annotated documents). */
  events: number;
  /** Documents annotated by this run that stay without a publication date (their relative dates stay unresolved). */
  undated: number;
  /** Entries passed over on purpose, by kind (an export's service messages): read, but no documents. */
  skipped: Record<string, number>;
  ms: number;
  failures: IngestFailure[];
}

/** Runs the pipeline on one document: in this thread by default, or within a budget (DocumentRunner.run). */
export type AnnotateDocument = (raw: RawDocument) => ContractLine | Promise<ContractLine>;

/**
 * The contract line the ledger stores from: with the candidates below the decision's threshold, which it
 * keeps flagged (not shown by default), so nothing the rules proposed is lost. No features: those are for
 * training only. Every caller that annotates for the ledger passes this.
 */
export const LEDGER_CONTRACT: ContractOptions = { candidates: true };

// The pipeline is loaded on first use: a caller that annotates elsewhere (the server's uploads) never loads it.
const inThisThread: AnnotateDocument = async (raw) => contractLine((await import('../pipeline.js')).processDocument(raw), LEDGER_CONTRACT);

export interface IngestOptions {
  /** Annotate again documents the ledger already holds from this pipeline version. */
  force?: boolean;
  annotate?: AnnotateDocument;
  pipelineVersion?: string;
  onFailure?: (failure: IngestFailure) => void;
  onDocument?: (report: { where: string; outcome: IngestOutcome; events: number; documentId: number | null }) => void;
  /** A document annotated without a publication date from anywhere (caller, page, name, text). */
  onUndated?: (where: string) => void;
}

export interface DocumentOutcome {
  outcome: IngestOutcome;
  events: number;
  documentId: number;
  /** Why the pipeline rejected the document (it is stored with this error line). */
  error?: { code: string; message: string };
  /** Annotated, but no publication date was found for it. */
  undated?: boolean;
}

export interface DocumentIngestOptions {
  force?: boolean;
  annotate?: AnnotateDocument;
  pipelineVersion: string;
  /** Where the document stands, when the caller has read it already (a worker reads a batch at once). */
  state?: DocumentState | null;
  /** Runs inside the save's transaction, knowing what the save did (see SaveOptions.inTransaction). */
  inTransaction?: (tx: Parameters<NonNullable<SaveOptions['inTransaction']>>[0], outcome: DocumentOutcome) => Promise<void>;
}

/**
 * One document: left alone when this pipeline version already annotated it (unless forced), else run
 * through the pipeline and saved with its annotation (or its error line) in one transaction.
 */
export async function ingestDocument(store: LedgerStore, doc: SourceDocument, opts: DocumentIngestOptions): Promise<DocumentOutcome> {
  const state = opts.state !== undefined ? opts.state : await store.documentState(doc.hash);
  if (state && !opts.force && state.status === 'ok' && state.pipelineVersion === opts.pipelineVersion) {
    return { outcome: 'unchanged', events: state.events, documentId: state.documentId };
  }
  const t = performance.now();
  let line;
  let error: SitrepError | null = null;
  try {
    line = await (opts.annotate ?? inThisThread)(rawDocumentOf(doc));
  } catch (err) {
    error = asSitrepError(err);
    line = errorLine(doc.name, error);
  }
  const undated = !error && !(line.document as { published?: unknown } | undefined)?.published;
  const outcomeOf = (saved: { documentId: number; created: boolean; events: number }): DocumentOutcome =>
    error
      ? { outcome: 'failed', events: 0, documentId: saved.documentId, error: { code: error.code, message: error.message } }
      : { outcome: saved.created ? 'new' : 'updated', events: saved.events, documentId: saved.documentId, ...(undated ? { undated } : {}) };
  const inTransaction = opts.inTransaction;
  const saveOptions: SaveOptions = {
    // A document already stored keeps its row (and its id): the save need not look it up again.
    ...(state ? { documentId: state.documentId } : {}),
    ...(inTransaction ? { inTransaction: (tx, s) => inTransaction(tx, outcomeOf(s)) } : {}),
  };
  const saved = await store.save(doc, { pipelineVersion: opts.pipelineVersion, line, ms: performance.now() - t }, saveOptions);
  return outcomeOf(saved);
}

export async function ingestInto(store: LedgerStore, items: AsyncIterable<SourceItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const version = opts.pipelineVersion ?? pipelineVersion();
  const summary: IngestSummary = { documents: 0, new: 0, updated: 0, unchanged: 0, failed: 0, events: 0, undated: 0, skipped: {}, ms: 0, failures: [] };
  const fail = (where: string, error: { code: string; message: string }) => {
    const failure = { where, code: error.code, message: error.message };
    summary.failed++;
    summary.failures.push(failure);
    opts.onFailure?.(failure);
  };

  for await (const item of items) {
    if ('skipped' in item) {
      addSkipped(summary.skipped, item.skipped.counts);
      continue;
    }
    summary.documents++;
    if ('failure' in item) {
      fail(item.failure.where, item.failure.error);
      opts.onDocument?.({ where: item.failure.where, outcome: 'failed', events: 0, documentId: null });
      continue;
    }
    const doc = item.document;
    const where = doc.sourceLine !== null ? `${doc.sourcePath ?? 'stdin'}:${doc.sourceLine} (${doc.name})` : doc.name;
    const done = await ingestDocument(store, doc, { pipelineVersion: version, ...(opts.force ? { force: true } : {}), ...(opts.annotate ? { annotate: opts.annotate } : {}) });
    if (done.error) fail(where, done.error);
    else summary[done.outcome]++;
    if (done.undated) {
      summary.undated++;
      opts.onUndated?.(where);
    }
    if (done.outcome === 'new' || done.outcome === 'updated') summary.events += done.events;
    opts.onDocument?.({ where, outcome: done.outcome, events: done.events, documentId: done.documentId });
  }
  summary.ms = performance.now() - t0;
  return summary;
}

/** Adds one file's passed-over entries to a summary's counts by kind. */
export function addSkipped(into: Record<string, number>, counts: Readonly<Record<string, number>>): void {
  for (const [kind, n] of Object.entries(counts)) if (n > 0) into[kind] = (into[kind] ?? 0) + n;
}

/** ", 3 entries passed over (service messages: 2, messages without text: 1)", or "" when none were. */
export function skippedText(skipped: Readonly<Record<string, number>>): string {
  const kinds = Object.entries(skipped).filter(([, n]) => n > 0);
  const total = kinds.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return '';
  return `, ${total} ${total === 1 ? 'entry' : 'entries'} passed over (${kinds.map(([kind, n]) => `${kind}: ${n}`).join(', ')})`;
}
