// Shared revision reads: many concurrent requests cost few reads, and none sees a read from before it came.
import { describe, expect, it } from 'vitest';
import { RevisionReads } from '../../src/edges/http/revision-reads.js';

/** A store whose revision reads finish when the test says, each returning the revision at its start. */
function slowStore() {
  let revision = 1;
  const reads: Array<{ startedAt: number; finish: () => void }> = [];
  return {
    reads,
    save: () => revision++,
    store: {
      revision: () =>
        new Promise<number>((resolve) => {
          const startedAt = revision;
          reads.push({ startedAt, finish: () => resolve(startedAt) });
        }),
    },
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('RevisionReads', () => {
  it('answers the requests of one turn of the event loop with one read, started after all of them', async () => {
    const s = slowStore();
    const reads = new RevisionReads(s.store);
    const same = [reads.current(), reads.current()];
    expect(s.reads).toHaveLength(0);
    s.save(); // committed after those requests came but before the turn ended: their read must see it
    const last = reads.current();
    await tick();
    expect(s.reads).toHaveLength(1);
    s.reads[0]!.finish();
    expect(await Promise.all([...same, last])).toEqual([2, 2, 2]);
  });

  it('answers requests that came during a read with the next read, one for all of them', async () => {
    const s = slowStore();
    const reads = new RevisionReads(s.store);
    const first = reads.current();
    await tick();
    expect(s.reads).toHaveLength(1);
    s.save(); // committed while the first read is under way, before the next requests arrive
    const later = [reads.current(), reads.current(), reads.current()];
    await tick();
    expect(s.reads).toHaveLength(1);
    s.reads[0]!.finish();
    expect(await first).toBe(1);
    await tick();
    expect(s.reads).toHaveLength(2); // one more read, shared by the three
    s.reads[1]!.finish();
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
  });

  it('passes a failed read to its callers and reads again for the next', async () => {
    let fail = true;
    const reads = new RevisionReads({ revision: async () => (fail ? Promise.reject(new Error('gone')) : 7) });
    await expect(reads.current()).rejects.toThrow('gone');
    fail = false;
    expect(await reads.current()).toBe(7);
  });
});
