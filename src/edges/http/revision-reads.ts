// The ledger revision, read for many concurrent requests at once but never from before a request came:
// a request that arrives while a read is under way waits for the next read, which starts when that one
// ends and answers every request that arrived meanwhile. So each request still sees every save committed
// before it arrived, and on PostgreSQL a hundred concurrent requests cost a few round trips, not a hundred.
import type { LedgerStore } from '../../ledger/store.js';

export class RevisionReads {
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(private readonly store: Pick<LedgerStore, 'revision'>) {}

  /** A revision read that starts no earlier than this call. */
  current(): Promise<number> {
    // Not started yet, so it starts after this call: shareable.
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    const after = this.running;
    this.queued = after.then(
      () => this.next(),
      () => this.next(),
    );
    return this.queued;
  }

  private next(): Promise<number> {
    this.queued = null;
    return this.start();
  }

  private start(): Promise<number> {
    const read = this.store.revision();
    this.running = read;
    const done = () => {
      if (this.running === read) this.running = null;
    };
    // The caller gets the failure; this only notes that the read is over.
    read.then(done, done);
    return read;
  }
}
