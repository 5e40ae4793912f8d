// Documents posted to the API on a SQLite ledger, annotated off the server's thread: each is run by a
// DocumentRunner (a document thread, within the document budget) and saved when its line is ready, so a
// GET is never held up by an upload (only by the save, a few milliseconds). The poster is answered 202 at
// once and reads the document's status at /api/uploads/HASH: queued, then done (with its document id) or
// failed (with the typed error, the document stored with its error line, as `sitrep ingest` stores it).
// Statuses are kept in memory for the latest uploads; the ledger keeps the documents.
import { asSitrepError, type SitrepError } from '../../errors.js';
import { rawDocumentOf } from '../../ingest/raw-document.js';
import type { SourceDocument } from '../../ingest/source.js';
import type { LedgerStore } from '../../ledger/store.js';
import { errorLine, type ContractLine } from '../contract.js';
import type { DocumentRunner } from '../document-runner.js';

export interface UploadStatus {
  hash: string;
  status: 'queued' | 'done' | 'failed';
  documentId: number | null;
  events: number;
  error: { code: string; message: string } | null;
}

/** Statuses remembered; the oldest finished ones are forgotten first. */
const MAX_STATUSES = 1000;

export class Uploads {
  private readonly statuses = new Map<string, UploadStatus>();
  /** Saves still to finish, so that close() can wait for them. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly store: LedgerStore,
    private readonly runner: DocumentRunner,
    private readonly pipelineVersion: string,
  ) {}

  /** Starts annotating the document (once while it is under way) and returns its status. */
  submit(doc: SourceDocument, knownId: number | null): UploadStatus {
    const current = this.statuses.get(doc.hash);
    if (current?.status === 'queued') return current;
    const status: UploadStatus = { hash: doc.hash, status: 'queued', documentId: knownId, events: 0, error: null };
    this.remember(status);
    const job = this.annotate(doc, status).finally(() => this.running.delete(job));
    this.running.add(job);
    return status;
  }

  status(hash: string): UploadStatus | null {
    return this.statuses.get(hash) ?? null;
  }

  async close(): Promise<void> {
    await Promise.all(this.running);
  }

  private async annotate(doc: SourceDocument, status: UploadStatus): Promise<void> {
    const t0 = performance.now();
    let line: ContractLine;
    let error: SitrepError | null = null;
    try {
      line = await this.runner.run(rawDocumentOf(doc));
    } catch (err) {
      error = asSitrepError(err);
      line = errorLine(doc.name, error);
    }
    try {
      const saved = await this.store.save(doc, { pipelineVersion: this.pipelineVersion, line, ms: performance.now() - t0 }, status.documentId === null ? {} : { documentId: status.documentId });
      status.documentId = saved.documentId;
      status.events = error ? 0 : saved.events;
    } catch (err) {
      error = asSitrepError(err);
    }
    status.status = error ? 'failed' : 'done';
    status.error = error ? { code: error.code, message: error.message } : null;
  }

  private remember(status: UploadStatus): void {
    this.statuses.delete(status.hash);
    this.statuses.set(status.hash, status);
    if (this.statuses.size <= MAX_STATUSES) return;
    for (const [hash, s] of this.statuses) {
      if (s.status !== 'queued') {
        this.statuses.delete(hash);
        return;
      }
    }
  }
}
