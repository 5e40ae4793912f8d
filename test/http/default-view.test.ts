// The filters behind the web app's default view: events that took place (not planned, hypothetical,
// negated or denied) and above a confidence threshold, with the listing and the counts in step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { KHARKIV, KHERSON, ODESA, contractEvent, contractLineFor, textDocument } from '../ledger/fixtures.js';

let store: LedgerStore;
beforeAll(async () => {
  store = await openSqliteLedger(':memory:');
  const specs: Array<[string, number, typeof KHERSON]> = [['asserted', 0.8, KHERSON], ['planned', 0.8, ODESA], ['hypothetical', 0.7, KHARKIV], ['claimed', 0.3, ODESA], ['historical', 0.6, KHARKIV]];
  for (const [i, [modality, confidence, place]] of specs.entries()) {
    const doc = textDocument(`Report ${i} of a strike, told in words of its own for test number ${i}.`, `r${i}.txt`);
    const event = { ...contractEvent({ type: 'strike.missile', date: { value: `2024-01-0${i + 1}`, precision: 'day' }, place }), modality, confidence };
    await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, `Report ${i}`, [event]), ms: 0 });
  }
});
afterAll(() => store.close());

describe('happened and min_confidence', () => {
  it('keep what took place above the threshold, in the listing, the counts and the exports alike', async () => {
    const app = createApp({ store });
    const get = async (q: string) => (await (await app.request(`/api/events?${q}`)).json()) as { events: Array<{ modality: string; confidence: number }> };
    expect((await get('')).events).toHaveLength(5);
    expect((await get('happened=true')).events.map((e) => e.modality).sort()).toEqual(['asserted', 'claimed', 'historical']);
    expect((await get('happened=true&min_confidence=0.5')).events.map((e) => e.modality).sort()).toEqual(['asserted', 'historical']);
    const stats = (await (await app.request('/api/stats?happened=true&min_confidence=0.5')).json()) as { total: number; days: unknown[] };
    expect(stats.total).toBe(2);
    expect(stats.days).toHaveLength(2);
    const geo = JSON.parse(await (await app.request('/api/export?format=geojson&happened=true&min_confidence=0.5')).text());
    expect(geo.features).toHaveLength(2);
    expect((await app.request('/api/events?min_confidence=2')).status).toBe(400);
    expect((await app.request('/api/events?happened=maybe')).status).toBe(400);
  });
});
