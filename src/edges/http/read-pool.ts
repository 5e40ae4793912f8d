// Who computes the answers the response cache misses. better-sqlite3 is synchronous: a query run in the
// server's thread stops every other request until it ends, so under load one uncached page (a few ms)
// delays the hundred cached ones queued behind it. For a SQLite ledger file the server therefore hands
// misses to reader threads, each with its own read-only connection (WAL lets them read while the server
// writes), and keeps its own thread for parsing, cache hits and writes. PostgreSQL queries do not block
// the thread (the driver is asynchronous, the server has a connection pool), so they run in-process.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, SitrepError, type ErrorCode } from '../../errors.js';
import type { LedgerStore } from '../../ledger/store.js';
import { answerBytes, type ReadTask } from './answers.js';

export interface ReadRunner {
  run(task: ReadTask): Promise<Uint8Array<ArrayBuffer>>;
  close(): Promise<void>;
}

export const inProcessReader = (store: LedgerStore): ReadRunner => ({ run: (task) => answerBytes(store, task), close: async () => undefined });

/** What a reader thread posts back for task `id`. */
export type ReadReply = { id: number; body: Uint8Array<ArrayBuffer> } | { id: number; error: { code: ErrorCode; message: string } } | { ready: true };

interface Pending {
  resolve: (body: Uint8Array<ArrayBuffer>) => void;
  reject: (err: Error) => void;
}

/** Reader threads over the SQLite file at `path`; a task goes to the thread with the fewest in hand. */
export class ReaderPool implements ReadRunner {
  private readonly workers: Array<{ worker: Worker; pending: Map<number, Pending> }> = [];
  private next = 0;
  /** Resolves once every thread has opened the ledger and made a first read (so no request pays for that). */
  readonly ready: Promise<void>;

  constructor(path: string, size = defaultReaders()) {
    // Compiled JavaScript only: a reader thread cannot load the TypeScript sources (see readerPoolFor).
    const script = new URL('./read-worker.js', import.meta.url);
    const started: Array<Promise<void>> = [];
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: { path } });
      const pending = new Map<number, Pending>();
      started.push(
        new Promise((resolve, reject) => {
          worker.once('message', () => resolve());
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`a reader thread exited (${code}) before it was ready`)));
        }),
      );
      worker.on('message', (reply: ReadReply) => {
        if ('ready' in reply) return;
        const p = pending.get(reply.id);
        if (!p) return;
        pending.delete(reply.id);
        if ('body' in reply) p.resolve(reply.body);
        else p.reject(new SitrepError(reply.error.code, reply.error.message));
      });
      // A thread that dies fails what it had in hand (a 5xx through errors.ts) and leaves the pool; the
      // others go on, and with none left every miss fails as a store error.
      const entry = { worker, pending };
      let failure: Error | null = null;
      worker.on('error', (err) => (failure = err));
      worker.on('exit', (code) => {
        const index = this.workers.indexOf(entry);
        if (index >= 0) this.workers.splice(index, 1);
        const err = new SitrepError(ERROR_CODES.STORE, `a ledger reader thread stopped (exit ${code}${failure ? `: ${failure.message}` : ''})`, {}, { cause: failure });
        for (const p of pending.values()) p.reject(err);
        pending.clear();
      });
      this.workers.push(entry);
    }
    this.ready = Promise.all(started).then(() => undefined);
  }

  run(task: ReadTask): Promise<Uint8Array<ArrayBuffer>> {
    if (this.workers.length === 0) return Promise.reject(new SitrepError(ERROR_CODES.STORE, 'no ledger reader thread is running'));
    const w = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      w.pending.set(id, { resolve, reject });
      w.worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}

/** One reader per core, at least one and at most four (the server's own thread needs a core too). */
export const defaultReaders = () => Math.max(1, Math.min(4, availableParallelism()));

/**
 * Reader threads when they can help and can run: a SQLite ledger file (not ":memory:", not PostgreSQL),
 * served from the compiled JavaScript (under the TypeScript sources, as in the tests, there is no
 * read-worker.js to start). Otherwise null: answers are made in-process.
 */
export function readerPoolFor(store: LedgerStore, size?: number): ReaderPool | null {
  const sqliteFile = !/^postgres(ql)?:\/\//.test(store.location) && store.location !== ':memory:';
  if (!sqliteFile || !import.meta.url.endsWith('.js') || size === 0) return null;
  return new ReaderPool(store.location, size);
}
