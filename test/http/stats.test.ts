// /api/stats counting: by the store in the database, but never for filters only this layer applies.
import { describe, expect, it } from 'vitest';
import type { EventFilter, LedgerStore } from '../../src/ledger/store.js';
import { StatsCache, statsOf } from '../../src/edges/http/stats.js';
import { fixtureStore } from './fixtures.js';

async function countingStore() {
  const inner = await fixtureStore();
  const asked: EventFilter[] = [];
  const readAll: EventFilter[] = [];
  // Inherits the real store; eventStats stands in for a database aggregate.
  const store = Object.assign(Object.create(inner) as LedgerStore, {
    events: (f: EventFilter = {}) => (readAll.push(f), inner.events(f)),
    eventStats: async (f: EventFilter) => (asked.push(f), statsOf(await inner.events(f))),
  });
  return { inner, store, asked, readAll };
}

describe('stats', () => {
  it('asks a counting store for its counts instead of reading every event', async () => {
    const { inner, store, asked, readAll } = await countingStore();
    const stats = await new StatsCache(store).get({ type: 'strike', since: '2024-03-10' });
    expect(asked).toEqual([{ type: 'strike', since: '2024-03-10' }]);
    expect(readAll).toEqual([]);
    expect(stats.days).toEqual([{ day: '2024-03-12', count: 2 }]);
    await inner.close();
  });

  it('counts from the events when a filter is applied in the HTTP layer, and caches by ledger totals', async () => {
    const { inner, store, asked, readAll } = await countingStore();
    const cache = new StatsCache(store);
    const stats = await cache.get({ type: 'strike', actor: 'russian' });
    expect(asked).toEqual([]);
    expect(readAll).toEqual([{ type: 'strike', limit: 100_001 }]); // the scan bound, plus one to see past it
    expect(stats.total).toBe(3);
    await cache.get({ type: 'strike', actor: 'russian' });
    expect(readAll).toHaveLength(1);
    await inner.close();
  });
});
