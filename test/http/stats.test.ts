// /api/stats: counted by the store in the database (never by reading the events here), and cached only
// while the ledger stays the same: a save makes the next request count again.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import type { EventFilter, LedgerStore } from '../../src/ledger/store.js';
import { contentHash } from '../../src/ingest/hash.js';
import { fixtureStore } from './fixtures.js';

async function countingStore() {
  const inner = await fixtureStore();
  const counted: EventFilter[] = [];
  const listed: EventFilter[] = [];
  const store = Object.assign(Object.create(inner) as LedgerStore, {
    events: (f: EventFilter = {}) => (listed.push(f), inner.events(f)),
    eventStats: (f: EventFilter = {}) => (counted.push(f), inner.eventStats(f)),
  });
  return { inner, store, counted, listed };
}

describe('GET /api/stats', () => {
  it('asks the store for counts with every filter, the actor too, instead of reading events', async () => {
    const { inner, store, counted, listed } = await countingStore();
    const app = createApp({ store });
    const stats = (await (await app.request('/api/stats?type=strike&since=2024-03-10&actor=russian')).json()) as any;
    expect(counted).toEqual([{ type: 'strike', since: '2024-03-10', actor: 'russian' }]);
    expect(listed).toEqual([]);
    const listing = await inner.events({ type: 'strike', since: '2024-03-10', actor: 'russian' });
    expect(listing.length).toBeGreaterThan(0);
    expect(stats.days).toEqual([{ day: '2024-03-12', count: listing.length }]);
    await inner.close();
  });

  it('shares one count among concurrent requests and counts again after a save', async () => {
    const { inner, store, counted } = await countingStore();
    const app = createApp({ store });
    const totals = await Promise.all(Array.from({ length: 5 }, async () => ((await (await app.request('/api/stats')).json()) as any).total));
    expect(totals).toEqual([6, 6, 6, 6, 6]);
    expect(counted).toHaveLength(1);
    const raw = new TextEncoder().encode('One more page.');
    await inner.save(
      { hash: contentHash(raw), kind: 'text', container: 'file', name: 'fx-new', sourcePath: null, sourceLine: null, url: null, givenPublished: null, raw },
      { pipelineVersion: 't', ms: 0, line: { id: 'fx-new', document: { title: null, body: 'One more page.', items: [] }, events: [{ type: 'strike.drone', date: { value: '2024-03-20' }, actors: [], modality: 'asserted', verification: 'unknown', confidence: 0.5 }] } },
    );
    expect(((await (await app.request('/api/stats')).json()) as any).total).toBe(7);
    expect(counted).toHaveLength(2);
    await inner.close();
  });
});
