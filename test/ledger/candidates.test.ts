// Candidates (events the learned decision kept below its threshold) in the ledger, on every backend: stored
// flagged, replaced on re-annotation, listed only when asked, and never linked, counted or exported.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import { exportChunks } from '../../src/edges/http/export/index.js';
import { ingestInto, LEDGER_CONTRACT } from '../../src/ledger/ingest.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import type { ContractLine } from '../../src/contract/line.js';
import { describeEachStore, type OpenedStore } from '../helpers/stores.js';
import { contractEvent, contractLineFor, itemsOf, KHARKIV, KHERSON, textDocument } from './fixtures.js';

const DAY = { value: '2023-03-20', precision: 'day' };
const shown = [
  contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 2 }),
  contractEvent({ type: 'strike.missile', date: DAY, place: KHARKIV }),
];
// A candidate of the same happening as the first shown event (same type, day and place): linked, it would
// join that happening from a second outlet and confirm it.
const candidates = [
  contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 5 }),
  contractEvent({ type: 'strike.drone', date: { value: '2023-03-19', precision: 'day' }, place: KHARKIV }),
];

const withCandidates = (line: ContractLine, below: Array<Record<string, unknown>>): ContractLine => ({ ...line, candidates: below as ContractLine['candidates'] });

describeEachStore('ledger candidates', (backend) => {
  let opened: OpenedStore;
  let store: LedgerStore;
  beforeEach(async () => {
    opened = await backend.open();
    store = opened.store;
  });
  afterEach(async () => {
    await store.close();
    await opened.cleanup();
  });

  /** Document A shows two events and holds two candidates; document B (another outlet) shows nothing. */
  async function ingestTwo(withBelow: boolean) {
    const a = textDocument('A report on shelling and a strike.', 'a.txt');
    const b = textDocument('Another report, from elsewhere.', 'b.txt');
    const lines = new Map<string, ContractLine>([
      ['a.txt', withBelow ? withCandidates(contractLineFor('a', 'Shelling', shown), candidates.slice(1)) : contractLineFor('a', 'Shelling', shown)],
      ['b.txt', withBelow ? withCandidates(contractLineFor('b', 'Other', []), candidates.slice(0, 1)) : contractLineFor('b', 'Other', [])],
    ]);
    const summary = await ingestInto(store, itemsOf([a, b]), { annotate: (raw) => lines.get(raw.id)! });
    return { summary, a, b };
  }

  it('lists by default exactly the events a ledger without candidates lists, and counts only them', async () => {
    const { summary } = await ingestTwo(true);
    expect(summary.events).toBe(2);
    const events = await store.events();
    expect(events.map((e) => e.event)).toEqual(shown);
    expect(events.map((e) => e.ordinal)).toEqual([0, 1]);
    expect(events.every((e) => !('candidate' in e.event))).toBe(true);
    expect((await store.counts()).events).toBe(2);
    const stats = await store.eventStats();
    expect(stats.total).toBe(2);
    expect(stats.fatalities).toBe(2);
    // A filter the summaries cannot answer counts from the events themselves: still no candidate.
    expect((await store.eventStats({ place: 'kherson' })).total).toBe(1);
    expect((await store.eventStats({ source: 'regional' })).total).toBe(2);
    expect(await store.events({ source: 'regional' })).toHaveLength(2);
    expect(await store.events({ type: 'strike.drone' })).toEqual([]);
    const state = await store.documentState(textDocument('Another report, from elsewhere.', 'b.txt').hash);
    expect(state?.events).toBe(0);
  });

  it('never links a candidate into a happening, so it neither corroborates nor is exported', async () => {
    await ingestTwo(true);
    const happenings = await store.happenings();
    expect(happenings).toHaveLength(2);
    const shelling = happenings.find((h) => h.best.event.type === 'attack.shelling')!;
    expect(shelling.reportCount).toBe(1);
    expect(shelling.independentSources).toBe(1);
    expect(shelling.verification).toBe('unconfirmed');
    expect(shelling.best.event.fatalities?.best).toBe(2);
    const detail = await store.happening(shelling.id);
    expect(detail!.reports.every((r) => !r.event.candidate)).toBe(true);
    const exported: string[] = [];
    for await (const chunk of await exportChunks(store, 'jsonl')) exported.push(chunk);
    const records = exported.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(2);
    expect(records.some((r) => r.candidate)).toBe(false);
    for (const e of await store.events({ candidates: 'only' })) expect(await store.happeningOfEvent(e.id)).toBeNull();
  });

  it('keeps the candidates queryable, flagged, and the stored line as the pipeline shows it', async () => {
    const { a } = await ingestTwo(true);
    const all = await store.events({ candidates: 'also' });
    expect(all).toHaveLength(4);
    const below = await store.events({ candidates: 'only' });
    expect(below.map((e) => e.event.type).sort()).toEqual(['attack.shelling', 'strike.drone']);
    expect(below.every((e) => e.event.candidate === true)).toBe(true);
    const ofA = below.find((e) => e.event.type === 'strike.drone')!;
    // Numbered after the document's events; otherwise the contract's event as the pipeline gave it.
    expect(ofA.ordinal).toBe(2);
    expect(ofA.event).toEqual({ ...candidates[1], candidate: true });
    expect(await store.events({ candidates: 'only', source: 'regional', type: 'strike' })).toHaveLength(1);
    const doc = await store.document(ofA.documentId);
    expect(doc!.line).not.toHaveProperty('candidates');
    expect(doc!.line!.events).toEqual(shown);
    expect((await store.documentState(a.hash))?.events).toBe(2);
  });

  it('replaces the candidates with the events when the document is annotated again', async () => {
    const doc = textDocument('A report on shelling and a strike.', 'a.txt');
    await store.save(doc, { pipelineVersion: 'v1', line: withCandidates(contractLineFor('a', 'Shelling', shown), candidates), ms: 1 });
    await store.save(doc, { pipelineVersion: 'v2', line: withCandidates(contractLineFor('a', 'Shelling', shown.slice(0, 1)), candidates.slice(1)), ms: 1 });
    expect((await store.events()).map((e) => e.event.type)).toEqual(['attack.shelling']);
    expect((await store.events({ candidates: 'only' })).map((e) => [e.event.type, e.ordinal])).toEqual([['strike.drone', 1]]);
    expect((await store.eventStats()).total).toBe(1);
  });

  it('serves them on GET /api/events?candidates=true only, marked', async () => {
    await ingestTwo(true);
    const app = createApp({ store });
    const get = async (path: string) => (await (await app.request(path)).json()) as { events: Array<Record<string, unknown>> };
    const byDefault = await get('/api/events');
    expect(byDefault.events).toHaveLength(2);
    expect(byDefault.events.some((e) => 'candidate' in e)).toBe(false);
    const asked = await get('/api/events?candidates=true');
    expect(asked.events).toHaveLength(4);
    expect(asked.events.filter((e) => e.candidate === true)).toHaveLength(2);
    expect((await get('/api/events?candidates=false')).events).toHaveLength(2);
    const stats = (await (await app.request('/api/stats')).json()) as { total: number };
    expect(stats.total).toBe(2);
    const openapi = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, { get: { parameters: Array<{ name: string }> } }> };
    expect(openapi.paths['/api/events']!.get.parameters.map((p) => p.name)).toContain('candidates');
    expect(openapi.paths['/api/stats']!.get.parameters.map((p) => p.name)).not.toContain('candidates');
  });
});

it('the ledger annotates with the candidates, without the training features', () => {
  expect(LEDGER_CONTRACT).toEqual({ candidates: true });
});
