// Runs the pipeline on one document at a time within a budget of size and time, off the caller's thread.
// A document longer than the budget's characters is refused unread (too_large); one that runs past its
// seconds is stopped (over_budget) by ending its thread, which no loop inside a stage can hold up, and the
// next document gets a fresh thread. A thread that runs out of memory is the same: that document fails,
// the rest go on. The HTTP server's uploads run here, so annotating never stops its event loop, and so do
// the JSONL batch's documents.
//
// Threads need the compiled JavaScript (a worker cannot load the TypeScript sources, as under vitest); there
// the document runs in the caller's thread, refused by size before and by time after it ran.
import { addStepCounts } from '../text/step-counts.js';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, SitrepError, asSitrepError, type ErrorCode } from '../errors.js';
import type { RawDocument } from '../ingest/types.js';
import type { ContractLine, ContractOptions } from '../contract/line.js';

export interface DocumentBudget {
  /** Characters of text or HTML a document may have. */
  maxChars: number;
  /** Milliseconds the pipeline may take over one document. */
  maxMs: number;
}

/**
 * About 3 CPU seconds per million characters (npm run bench, the size slope), so the default size takes
 * some 25 s and the time budget leaves room for a slow or busy machine.
 */
export const DEFAULT_BUDGET: DocumentBudget = { maxChars: 8_000_000, maxMs: 120_000 };

/** What a document thread posts back: the line for document `id`, its typed error, or that it is ready. */
/** A thread's answer; `steps`: the document's step counts, when they are being counted (text/step-counts.ts). */
export type ThreadReply =
  | { id: number; line: ContractLine; steps?: Record<string, number> }
  | { id: number; error: { code: ErrorCode; message: string }; steps?: Record<string, number> }
  | { ready: true };

const threadScript = new URL('./document-thread.js', import.meta.url);
const threadsCanRun = import.meta.url.endsWith('.js');

export class DocumentRunner {
  readonly budget: DocumentBudget;
  private worker: Worker | null = null;
  /** Resolves when the current thread has loaded the pipeline: a document's time starts then. */
  private ready: Promise<void> = Promise.resolve();
  private startFailure: Error | null = null;
  private nextId = 0;
  /** Documents run one after another: the tail of the line. */
  private tail: Promise<unknown> = Promise.resolve();

  constructor(budget: Partial<DocumentBudget> = {}, private readonly threaded = threadsCanRun) {
    this.budget = { ...DEFAULT_BUDGET, ...budget };
  }

  /** Starts the document thread now, so that it loads the pipeline while the caller reads its input. */
  warm(): void {
    if (this.threaded) this.thread();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(threadScript);
    this.worker = worker;
    this.startFailure = null;
    this.ready = new Promise<void>((resolve) => {
      let started = false;
      const onReady = (reply: ThreadReply) => {
        if (!('ready' in reply)) return;
        started = true;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
      // A thread that fails to start fails the document waiting for it (inThread), and the next gets a new one.
      let failure: Error | null = null;
      worker.once('error', (err) => (failure = err));
      worker.once('exit', () => {
        if (this.worker === worker) this.worker = null;
        if (started) return;
        this.startFailure = failure ?? new Error('the document thread exited before it was ready');
        resolve();
      });
    });
    return worker;
  }

  /** The document's contract line; throws SitrepError when it fails or is over budget. */
  run(raw: RawDocument, contract: ContractOptions = {}): Promise<ContractLine> {
    const job = this.tail.then(() => this.runNow(raw, contract));
    this.tail = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    await this.tail;
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private runNow(raw: RawDocument, contract: ContractOptions): Promise<ContractLine> {
    if (raw.content.length > this.budget.maxChars) {
      return Promise.reject(
        new SitrepError(ERROR_CODES.TOO_LARGE, `document is ${raw.content.length} characters; the budget is ${this.budget.maxChars}`, { id: raw.id, limit: this.budget.maxChars }),
      );
    }
    return this.threaded ? this.inThread(raw, contract) : this.inProcess(raw, contract);
  }

  private overBudget(raw: RawDocument): SitrepError {
    return new SitrepError(ERROR_CODES.OVER_BUDGET, `document took longer than its budget of ${this.budget.maxMs / 1000} s; stopped`, { id: raw.id, limitMs: this.budget.maxMs });
  }

  private async inProcess(raw: RawDocument, contract: ContractOptions): Promise<ContractLine> {
    // Loaded here, not above: with threads, only the document thread loads the pipeline and its models.
    const [{ processDocument }, { contractLine }] = await Promise.all([import('../pipeline.js'), import('../contract/line.js')]);
    const t0 = performance.now();
    const line = contractLine(processDocument(raw), contract);
    if (performance.now() - t0 > this.budget.maxMs) throw this.overBudget(raw);
    return line;
  }

  private async inThread(raw: RawDocument, contract: ContractOptions): Promise<ContractLine> {
    const worker = this.thread();
    await this.ready;
    if (this.startFailure || this.worker !== worker) throw asSitrepError(this.startFailure ?? new Error('the document thread stopped'), 'document thread');
    const id = this.nextId++;
    return new Promise<ContractLine>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      // The thread is ended, not asked: a stage in a long loop never looks at its messages.
      const stop = (err: SitrepError) => {
        done();
        if (this.worker === worker) this.worker = null;
        void worker.terminate();
        reject(err);
      };
      const timer = setTimeout(() => stop(this.overBudget(raw)), this.budget.maxMs);
      const onMessage = (reply: ThreadReply) => {
        if ('ready' in reply || reply.id !== id) return;
        done();
        if (reply.steps) addStepCounts(reply.steps);
        if ('line' in reply) resolve(reply.line);
        else reject(new SitrepError(reply.error.code, reply.error.message, { id: raw.id }));
      };
      const onError = (err: Error & { code?: string }) =>
        stop(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new SitrepError(ERROR_CODES.TOO_LARGE, 'document needed more memory than a document thread has; stopped', { id: raw.id })
            : asSitrepError(err, 'document thread'),
        );
      const onExit = (code: number) => stop(new SitrepError(ERROR_CODES.INTERNAL, `the document thread exited (${code})`, { id: raw.id }));
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, raw, contract });
    });
  }
}
