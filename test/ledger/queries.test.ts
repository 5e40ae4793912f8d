// The store's SQL filters, counts and keyset paging checked against the same answers computed in plain
// code over every stored event, on a seeded synthetic ledger (varied types, days, spans, places, sources).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/hash.js';
import { eventDays } from '../../src/ledger/day-range.js';
import { haversineKm } from '../../src/ledger/linking/link.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { EventFilter, LedgerStore, StoredEvent } from '../../src/ledger/store.js';
import { statsOf } from '../../src/edges/http/stats.js';

const TYPES = ['strike.drone', 'strike.missile', 'battle.armed-clash', 'protest.peaceful', 'strike'];
const PLACES: Array<[string, number, number, string]> = [
  ['Kyiv', 50.45, 30.52, 'Kyiv City'], ['Kharkiv', 49.99, 36.23, 'Kharkiv'], ['Chuhuiv', 49.835, 36.688, 'Kharkiv'], ['Odesa', 46.48, 30.73, 'Odesa'],
];
const WORDS = ['harbour', 'granary', 'bridge', 'depot', 'school', 'market'];

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

let store: LedgerStore;
let all: StoredEvent[];

beforeAll(async () => {
  store = await openSqliteLedger(':memory:');
  const rand = rng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  for (let d = 0; d < 30; d++) {
    const events = Array.from({ length: 10 }, () => {
      const [name, lat, lon, admin1] = pick(PLACES);
      const r = rand();
      const day = `2024-0${1 + Math.floor(rand() * 3)}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
      const date = r < 0.1 ? null : r < 0.2 ? { value: day.slice(0, 7), precision: 'month' } : { value: day, precision: 'day' };
      return {
        type: pick(TYPES), date,
        location: rand() < 0.1 ? null : { name, lat: lat + (rand() - 0.5) * 0.3, lon: lon + (rand() - 0.5) * 0.3, admin1, country: 'UA', precision: 1 },
        actors: [], fatalities: rand() < 0.3 ? { best: Math.floor(rand() * 9) } : null, modality: 'asserted',
        source: rand() < 0.2 ? null : { name: `Source ${1 + Math.floor(rand() * 12)}` }, verification: pick(['unconfirmed', 'confirmed', 'unknown']),
        trigger: { start: 0, end: 1, text: 'x' }, evidence: [], confidence: 0.5,
      };
    });
    const body = `Synthetic page ${d} about the ${WORDS[d % WORDS.length]}.`;
    const raw = new TextEncoder().encode(body);
    await store.save(
      { hash: contentHash(raw), kind: 'text', container: 'file', name: `doc-${d}`, sourcePath: null, sourceLine: null, url: null, givenPublished: null, raw },
      { pipelineVersion: 't', line: { id: `doc-${d}`, document: { title: `Page ${d}`, body, items: [] }, events }, ms: 0 },
      { link: false },
    );
  }
  all = await store.events();
});
afterAll(() => store.close());

const FILTERS: EventFilter[] = [
  {},
  { type: 'strike' },
  { since: '2024-02-10', until: '2024-02-20' },
  { since: '2024-03-01' },
  { source: 'source 1' },
  { verification: 'confirmed', type: 'battle' },
  { near: { lat: 49.99, lon: 36.23, radiusKm: 25 } },
  { text: 'granary' },
];

describe('SQL filters, counts and paging', () => {
  it('counts in SQL exactly what counting every event gives', async () => {
    for (const f of FILTERS) {
      const stats = await store.eventStats(f);
      const expected = statsOf(await store.events(f));
      expect(stats.total, JSON.stringify(f)).toBe(expected.total);
      expect(stats.days, JSON.stringify(f)).toEqual(expected.days);
      expect([stats.coarse, stats.undated, stats.fatalities]).toEqual([expected.coarse, expected.undated, expected.fatalities]);
      expect(new Set(stats.types.map((t) => `${t.type}:${t.count}`))).toEqual(new Set(expected.types.map((t) => `${t.type}:${t.count}`)));
      expect(new Set(stats.sources.map((t) => `${t.source}:${t.count}`))).toEqual(new Set(expected.sources.map((t) => `${t.source}:${t.count}`)));
    }
    expect((await store.eventStats({})).total).toBe(300);
  });

  it('filters by date overlap, source, place radius and text as plain code over every event would', async () => {
    const overlap = all.filter((e) => {
      const d = eventDays(e.event.date as never);
      return d !== null && d.end >= '2024-02-10' && d.start <= '2024-02-20';
    });
    expect((await store.events({ since: '2024-02-10', until: '2024-02-20' })).map((e) => e.id).sort()).toEqual(overlap.map((e) => e.id).sort());
    const bySource = all.filter((e) => /source 1/i.test(String((e.event.source as { name?: string } | null)?.name ?? '')));
    expect((await store.events({ source: 'Source 1' })).map((e) => e.id).sort()).toEqual(bySource.map((e) => e.id).sort());
    const near = await store.events({ near: { lat: 49.99, lon: 36.23, radiusKm: 25 } });
    const dist = (e: StoredEvent) => {
      const l = e.event.location as { lat: number; lon: number } | null;
      return l ? haversineKm(49.99, 36.23, l.lat, l.lon) : Infinity;
    };
    expect(near.length).toBeGreaterThan(0);
    expect(near.every((e) => dist(e) <= 25 * 1.01)).toBe(true);
    expect(all.filter((e) => dist(e) <= 24.9).every((e) => near.some((n) => n.id === e.id))).toBe(true);
    const granary = await store.events({ text: 'GRANARY' });
    expect(granary.length).toBe(all.filter((e) => e.document.name.match(/^doc-(\d+)$/) && Number(e.document.name.slice(4)) % WORDS.length === 1).length);
  });

  it('treats search text as words, never as query syntax', async () => {
    for (const text of ['"granary', 'granary OR', 'NEAR(', '*', 'a AND -b ^c']) await expect(store.events({ text })).resolves.toBeInstanceOf(Array);
    expect(await store.events({ text: '***' })).toEqual([]);
  });

  it('walks keyset pages to the same order as one listing, undated events last', async () => {
    for (const f of [{}, { type: 'strike' }, { since: '2024-02-01' }] as EventFilter[]) {
      const whole = await store.events(f);
      const walked: number[] = [];
      let after: EventFilter['after'];
      for (;;) {
        const page = await store.events({ ...f, limit: 17, ...(after ? { after } : {}) });
        walked.push(...page.map((e) => e.id));
        if (page.length < 17) break;
        const last = page[page.length - 1]!;
        after = { dayStart: eventDays(last.event.date as never)?.start ?? null, id: last.id };
      }
      expect(walked).toEqual(whole.map((e) => e.id));
    }
  });
});
