// Ingest into the ledger: each document read is hashed, skipped when the ledger already holds it annotated
// by this pipeline version, else run through the pipeline and stored with its annotation in one
// transaction. A document that fails is stored with its error line; one that cannot be read is reported.
import { asSitrepError, type SitrepError } from '../errors.js';
import { contractLine, errorLine } from '../edges/contract.js';
import { processDocument } from '../pipeline.js';
import { rawDocumentOf } from '../ingest/raw-document.js';
import type { SourceItem } from '../ingest/source.js';
import type { LedgerStore } from './store.js';
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
  ms: number;
  failures: IngestFailure[];
}

export interface IngestOptions {
  /** Annotate again documents the ledger already holds from this pipeline version. */
  force?: boolean;
  pipelineVersion?: string;
  onFailure?: (failure: IngestFailure) => void;
  onDocument?: (report: { where: string; outcome: IngestOutcome; events: number; documentId: number | null }) => void;
}

export async function ingestInto(store: LedgerStore, items: AsyncIterable<SourceItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const version = opts.pipelineVersion ?? pipelineVersion();
  const summary: IngestSummary = { documents: 0, new: 0, updated: 0, unchanged: 0, failed: 0, events: 0, ms: 0, failures: [] };
  const fail = (where: string, error: { code: string; message: string }) => {
    const failure = { where, code: error.code, message: error.message };
    summary.failed++;
    summary.failures.push(failure);
    opts.onFailure?.(failure);
  };

  for await (const item of items) {
    summary.documents++;
    if ('failure' in item) {
      fail(item.failure.where, item.failure.error);
      opts.onDocument?.({ where: item.failure.where, outcome: 'failed', events: 0, documentId: null });
      continue;
    }
    const doc = item.document;
    const where = doc.sourceLine !== null ? `${doc.sourcePath ?? 'stdin'}:${doc.sourceLine} (${doc.name})` : doc.name;
    const state = await store.documentState(doc.hash);
    if (state && !opts.force && state.status === 'ok' && state.pipelineVersion === version) {
      summary.unchanged++;
      opts.onDocument?.({ where, outcome: 'unchanged', events: state.events, documentId: state.documentId });
      continue;
    }
    const t = performance.now();
    let line;
    let error: SitrepError | null = null;
    try {
      line = contractLine(processDocument(rawDocumentOf(doc)));
    } catch (err) {
      error = asSitrepError(err);
      line = errorLine(doc.name, error);
    }
    const saved = await store.save(doc, { pipelineVersion: version, line, ms: performance.now() - t });
    if (error) {
      fail(where, error);
      opts.onDocument?.({ where, outcome: 'failed', events: 0, documentId: saved.documentId });
      continue;
    }
    summary.events += saved.events;
    const outcome = saved.created ? 'new' : 'updated';
    summary[outcome]++;
    opts.onDocument?.({ where, outcome, events: saved.events, documentId: saved.documentId });
  }
  summary.ms = performance.now() - t0;
  return summary;
}
