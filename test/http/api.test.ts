// The JSON API, in process (hono's app.request): filters, pagination, evidence, stats, errors, OpenAPI.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import type { EventFilter, LedgerStore } from '../../src/ledger/store.js';
import { BODY_2, TEXT_1, fixtureApp } from './fixtures.js';

const fixture = fixtureApp();

async function get(path: string): Promise<{ status: number; body: any }> {
  const res = await fixture.app.request(path);
  return { status: res.status, body: await res.json() };
}
const types = (body: any) => body.events.map((e: any) => e.type).sort();

describe('GET /api/events', () => {
  it('lists every event with its document', async () => {
    const { status, body } = await get('/api/events');
    expect(status).toBe(200);
    expect(body.events).toHaveLength(6);
    expect(body.next).toBeNull();
    expect(body.events[0].document.name).toMatch(/^fx-/);
  });

  it('pages with a cursor until next is null, without repeats', async () => {
    const seen: number[] = [];
    let path = '/api/events?limit=2';
    for (let i = 0; i < 6; i++) {
      const { body } = await get(path);
      seen.push(...body.events.map((e: any) => e.id));
      if (!body.next) break;
      path = `/api/events?limit=2&cursor=${encodeURIComponent(body.next)}`;
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    const { body } = await get('/api/events?limit=2&offset=4');
    expect(body.events.map((e: any) => e.id)).toEqual(seen.slice(4, 6));
  });

  it('filters by type prefix, dates, verification and place in the store', async () => {
    expect(types((await get('/api/events?type=strike')).body)).toEqual(['strike.drone', 'strike.missile', 'strike.missile']);
    // A month-precision date overlaps any day of its month.
    expect(types((await get('/api/events?since=2024-03-09&until=2024-03-10')).body)).toEqual(['other.vandalism', 'retreat.withdrawal']);
    expect(types((await get('/api/events?since=2024-03-10&until=2024-03-31&type=retreat')).body)).toEqual([]);
    // Verification is the happening's: each of these has one source, which never confirms itself, whatever
    // its own text says; the depot strike's report says it is disputed.
    expect(types((await get('/api/events?verification=confirmed')).body)).toEqual([]);
    expect(types((await get('/api/events?verification=unconfirmed')).body)).toEqual(expect.arrayContaining(['retreat.withdrawal', 'strike.drone']));
    expect(types((await get('/api/events?verification=disputed')).body)).toContain('strike.missile');
    expect(types((await get('/api/events?place=kharkiv')).body)).toEqual(['strike.missile', 'strike.missile']);
  });

  it('searches the documents\' text with q', async () => {
    expect(types((await get('/api/events?q=general%20staff')).body)).toEqual(['retreat.withdrawal', 'strike.missile']);
    expect((await get('/api/events?q=submarine')).body.events).toEqual([]);
  });

  it('filters by distance, source and actor', async () => {
    expect(types((await get('/api/events?near=50.45,30.52&radius_km=10')).body)).toEqual(['strike.drone']);
    // Testovka and Kherson are ~2 km apart; Kharkiv is far.
    expect(types((await get('/api/events?near=46.63,32.62&radius_km=20')).body)).toEqual(['attack.shelling', 'retreat.withdrawal']);
    expect(types((await get('/api/events?source=general%20staff')).body)).toEqual(['retreat.withdrawal']);
    expect(types((await get('/api/events?actor=ukrainian')).body)).toEqual(['retreat.withdrawal']);
    const page = (await get('/api/events?actor=russian&limit=1')).body;
    expect(page.events).toHaveLength(1);
    expect(page.next).not.toBeNull();
  });

  it('hands every filter to the store as SQL, the actor and the radius too', async () => {
    const asked: EventFilter[] = [];
    const recording = Object.assign(Object.create(fixture.store) as LedgerStore, { events: (f: EventFilter = {}) => (asked.push(f), fixture.store.events(f)) });
    const res = await createApp({ store: recording }).request('/api/events?actor=Russian&near=50.45,30.52&radius_km=10&limit=5');
    expect(((await res.json()) as any).events.map((e: any) => e.type)).toEqual(['strike.drone']);
    expect(asked).toEqual([{ actor: 'Russian', near: { lat: 50.45, lon: 30.52, radiusKm: 10 }, limit: 6 }]);
  });

  it('jumps to an offset, then continues with a keyset cursor', async () => {
    const whole = (await get('/api/events')).body.events.map((e: any) => e.id);
    const jumped = (await get('/api/events?offset=2&limit=2')).body;
    expect(jumped.events.map((e: any) => e.id)).toEqual(whole.slice(2, 4));
    const next = (await get(`/api/events?limit=2&cursor=${encodeURIComponent(jumped.next)}`)).body;
    expect(next.events.map((e: any) => e.id)).toEqual(whole.slice(4, 6));
  });

  it('rejects bad parameters with 400 and a usage error', async () => {
    for (const q of ['since=yesterday', 'since=2022-13-01', 'until=2023-02-30', 'limit=0', 'limit=5000', 'near=91,0', 'radius_km=5', 'verification=maybe', 'colour=red', 'cursor=!!', 'offset=1&cursor=eyJvIjoxfQ']) {
      const { status, body } = await get(`/api/events?${q}`);
      expect(status, q).toBe(400);
      expect(body.error.code, q).toBe('usage');
    }
  });
});

describe('GET /api/events/:id and /api/documents/:id', () => {
  it('returns the event, its document and its evidence cut from the stored text', async () => {
    const list = (await get('/api/events?type=attack')).body.events;
    const { status, body } = await get(`/api/events/${list[0].id}`);
    expect(status).toBe(200);
    expect(body.event.type).toBe('attack.shelling');
    expect(body.document.title).toBe('Overnight shelling in the south');
    expect(body.evidence).toHaveLength(1);
    expect(body.evidence[0].text).toBe('Artillery shelling hit the village of Testovka overnight, killing two civilians, the regional governor said.');
    expect(TEXT_1.slice(body.evidence[0].start, body.evidence[0].end)).toBe(body.evidence[0].text);
    // Located in the cleaned body too, whose offsets differ from the input text's.
    const { start, end } = body.evidence[0].body;
    expect(body.document.body.slice(start, end)).toBe(body.evidence[0].text);
  });

  it('cuts html evidence from document.body, and lists other documents\' reports of the same happening', async () => {
    const [ev, other] = (await get('/api/events?type=strike.missile')).body.events;
    expect(ev.document.name).toBe('fx-2');
    const { body } = await get(`/api/events/${ev.id}`);
    expect(body.evidence[0].text).toBe(BODY_2.slice(BODY_2.indexOf('A missile')));
    expect(body.related.map((r: any) => r.id)).toEqual([other.id]);
    expect(body.related[0].source.name).toBe('Regional military administration');
    // The Kyiv drone strike the same week is another happening.
    const drone = (await get('/api/events?type=strike.drone')).body.events[0];
    expect((await get(`/api/events/${drone.id}`)).body.related).toEqual([]);
  });

  it('answers 404 for a missing id and 400 for a malformed one', async () => {
    expect((await get('/api/events/999999')).status).toBe(404);
    expect((await get('/api/events/999999')).body.error.code).toBe('not_found');
    expect((await get('/api/events/abc')).status).toBe(400);
    expect((await get('/api/documents/999999')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('returns a document with its events and without its raw bytes', async () => {
    const ev = (await get('/api/events?type=retreat')).body.events[0];
    const { status, body } = await get(`/api/documents/${ev.document.id}`);
    expect(status).toBe(200);
    expect(body.body).toBe(BODY_2);
    expect(body.events).toHaveLength(2);
    expect(body.raw).toBeUndefined();
    expect(body.bytes).toBeGreaterThan(0);
  });
});

describe('GET /api/stats, /openapi.json, /healthz', () => {
  it('counts per day and type, keeping coarse dates off the day axis', async () => {
    const { body } = await get('/api/stats');
    expect(body.total).toBe(6);
    expect(body.days).toEqual([
      { day: '2024-03-03', count: 2 },
      { day: '2024-03-09', count: 1 },
      { day: '2024-03-12', count: 2 },
    ]);
    expect(body.coarse).toBe(1);
    expect(body.types.find((t: any) => t.type === 'strike.drone').count).toBe(1);
    expect(body.fatalities).toBe(4);
    expect((await get('/api/stats?type=strike')).body.total).toBe(3);
  });

  it('describes every route it serves', async () => {
    const { status, body } = await get('/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toMatch(/^3\./);
    for (const p of ['/api/events', '/api/events/{id}', '/api/documents/{id}', '/api/stats', '/api/export', '/healthz']) expect(body.paths[p], p).toBeDefined();
    expect(body.paths['/api/documents']).toBeUndefined();
    const params = body.paths['/api/events'].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(['type', 'since', 'until', 'place', 'near', 'radius_km', 'verification', 'source', 'actor', 'limit', 'cursor', 'offset']));
  });

  it('reports health with the ledger totals and sets a strict CSP', async () => {
    const res = await fixture.app.request('/healthz');
    expect(await res.json()).toMatchObject({ ok: true, ledger: { documents: 3, events: 6 } });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});
