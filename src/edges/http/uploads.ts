// Documents posted to the API on a SQLite ledger, annotated off the server's thread: each is run by a
// DocumentRunner (a document thread, within the document budget) and saved when its line is ready, so a
// GET is never held up by an upload (only by the save, a few milliseconds). The poster is answered 202 at
// once and reads the document's status at /api/uploads/HASH: queued, then done (with its document id) or
// failed (with the typed error, the document stored with its error line, as `sitrep ingest` stores it).
// Statuses are kept in memory for the latest uploads; the ledger keeps the documents.
import { asSitrepError } from '../../errors.js';
import type { SourceDocument } from '../../ingest/source.js';
import { ingestDocument, LEDGER_CONTRACT } from '../../ledger/ingest.js';
import type { LedgerStore } from '../../ledger/store.js';
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
    try {
      // As `sitrep ingest` does it (a failed document is stored with its error line), the pipeline in the runner.
      const done = await ingestDocument(this.store, doc, { pipelineVersion: this.pipelineVersion, force: true, annotate: (raw) => this.runner.run(raw, LEDGER_CONTRACT) });
      status.documentId = done.documentId;
      status.events = done.events;
      status.error = done.error ?? null;
    } catch (err) {
      const e = asSitrepError(err);
      status.error = { code: e.code, message: e.message };
    }
    status.status = status.error ? 'failed' : 'done';
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
