// The response cache's keys: one per route and query, whatever the order of the parameters, and never the
// same for two different queries (a collision would serve one query's answer to the other).
import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/edges/http/response-cache.js';
import { fixtureApp } from './fixtures.js';

const fixture = fixtureApp();

describe('cache keys', () => {
  it('tell a value holding & or = from separate parameters, whatever their order', () => {
    expect(ResponseCache.key('events', { place: 'a&source=x' })).not.toBe(ResponseCache.key('events', { place: 'a', source: 'x' }));
    expect(ResponseCache.key('events', { b: '2', a: '1' })).toBe(ResponseCache.key('events', { a: '1', b: '2' }));
  });

  it('serve each query its own answer when a value holds &', async () => {
    const tricky = (await (await fixture.app.request(`/api/events?place=${encodeURIComponent('kharkiv&type=strike')}`)).json()) as { events: unknown[] };
    const split = (await (await fixture.app.request('/api/events?place=kharkiv&type=strike')).json()) as { events: unknown[] };
    expect(tricky.events).toHaveLength(0);
    expect(split.events).toHaveLength(2);
  });
});
