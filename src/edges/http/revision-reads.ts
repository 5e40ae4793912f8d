// The ledger revision, read for many concurrent requests at once but never from before a request came.
// A read starts at the end of the event loop's current turn (setImmediate), so every request that arrived
// in that turn (under load, all the sockets that were readable together) shares it; and it starts only
// when the read before it has ended, so on PostgreSQL a hundred concurrent requests cost a few round trips,
// not a hundred. Each request still sees every save committed before it arrived: its read starts later.
import type { LedgerStore } from '../../ledger/store.js';

const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class RevisionReads {
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(private readonly store: Pick<LedgerStore, 'revision'>) {}

  /** A revision read that starts no earlier than this call. */
  current(): Promise<number> {
    // Not started yet, so it starts after this call: shareable.
    if (this.queued) return this.queued;
    const before = this.running;
    const next = (before ? before.then(endOfTurn, endOfTurn) : endOfTurn()).then(() => {
      this.queued = null;
      return this.start();
    });
    this.queued = next;
    return next;
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
