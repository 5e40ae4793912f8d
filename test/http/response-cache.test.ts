// The response cache's keys: one per route and query, whatever the order of the parameters, and never the
// same for two different queries (a collision would serve one query's answer to the other).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { createApp } from '../../src/edges/http/app.js';
import { ResponseCache } from '../../src/edges/http/response-cache.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { fixtureStore } from './fixtures.js';

let store: LedgerStore;
let app: Hono;

beforeAll(async () => {
  store = await fixtureStore();
  app = createApp({ store });
});
afterAll(() => store.close());

describe('cache keys', () => {
  it('tell a value holding & or = from separate parameters, whatever their order', () => {
    expect(ResponseCache.key('events', { place: 'a&source=x' })).not.toBe(ResponseCache.key('events', { place: 'a', source: 'x' }));
    expect(ResponseCache.key('events', { b: '2', a: '1' })).toBe(ResponseCache.key('events', { a: '1', b: '2' }));
  });

  it('serve each query its own answer when a value holds &', async () => {
    const tricky = (await (await app.request(`/api/events?place=${encodeURIComponent('kharkiv&type=strike')}`)).json()) as { events: unknown[] };
    const split = (await (await app.request('/api/events?place=kharkiv&type=strike')).json()) as { events: unknown[] };
    expect(tricky.events).toHaveLength(0);
    expect(split.events).toHaveLength(2);
  });
});
