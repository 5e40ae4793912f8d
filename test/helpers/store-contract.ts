// What every LedgerStore must do, whatever the database under it: one suite, run for each backend by
// test/helpers/stores.ts, so SQLite and PostgreSQL cannot drift apart.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SitrepError } from '../../src/errors.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { KHARKIV, KHERSON, ODESA, contractEvent, contractLineFor, textDocument } from '../ledger/fixtures.js';
import type { OpenedStore } from './stores.js';

const TEXT = 'Artillery struck Kherson on Tuesday morning. Two people died.';

export function storeContract(open: () => Promise<OpenedStore>): void {
  let opened: OpenedStore;
  let store: LedgerStore;
  beforeEach(async () => {
    opened = await open();
    store = opened.store;
  });
  afterEach(async () => {
    await store.close();
    await opened.cleanup();
  });

  it('round-trips a document: raw bytes, cleaned fields, annotation and events', async () => {
    const doc = { ...textDocument(TEXT, 'kherson.txt'), url: 'https://example.org/a', givenPublished: '2023-03-21T08:00:00Z' };
    const events = [
      contractEvent({ type: 'attack.shelling', date: { value: '2023-03-21', precision: 'day' }, place: KHERSON, killed: 2 }),
      contractEvent({ type: 'attack.drone', date: { value: '2023-03', precision: 'month' }, place: ODESA }),
    ];
    const saved = await store.save(doc, { pipelineVersion: 'contract@1', line: contractLineFor(doc.name, 'Kherson shelled', events), ms: 3.5 });
    expect(saved).toMatchObject({ created: true, events: 2 });
    expect(typeof saved.documentId).toBe('number');

    const stored = await store.document(saved.documentId);
    expect(Buffer.from(stored!.raw).equals(Buffer.from(doc.raw))).toBe(true);
    expect(stored).toMatchObject({
      id: saved.documentId,
      hash: doc.hash,
      kind: 'text',
      container: 'file',
      name: 'kherson.txt',
      url: 'https://example.org/a',
      givenPublished: '2023-03-21T08:00:00Z',
      title: 'Kherson shelled',
      published: '2023-03-21',
      publishedSource: 'page',
      pipelineVersion: 'contract@1',
      status: 'ok',
    });
    expect(stored!.line?.events).toEqual(events);
    expect(await store.document(saved.documentId + 1000)).toBeNull();

    const listed = await store.events();
    expect(listed.map((e) => e.event.type)).toEqual(['attack.drone', 'attack.shelling']);
    for (const e of listed) expect(typeof e.id).toBe('number');
    const one = await store.event(listed[1]!.id);
    expect(one?.event).toEqual(events[0]);
    expect(one).toMatchObject({ documentId: saved.documentId, ordinal: 0, document: { id: saved.documentId, name: 'kherson.txt', title: 'Kherson shelled', url: 'https://example.org/a' } });
    expect(await store.event(listed[1]!.id + 1000)).toBeNull();
    expect(await store.counts()).toEqual({ documents: 1, failed: 0, events: 2 });
  });

  it('stores the same bytes once and replaces their annotation instead of duplicating it', async () => {
    const doc = textDocument(TEXT);
    const line = contractLineFor(doc.name, 'x', [contractEvent({ type: 'attack.shelling', place: KHERSON }), contractEvent({ type: 'visit' })]);
    const first = await store.save(doc, { pipelineVersion: 'contract@1', line, ms: 1 });
    const again = await store.save({ ...doc, name: 'copy.txt' }, { pipelineVersion: 'contract@2', line, ms: 1 });
    expect(again).toEqual({ documentId: first.documentId, created: false, events: 2 });
    expect(await store.counts()).toEqual({ documents: 1, failed: 0, events: 2 });
    expect(await store.documentState(doc.hash)).toEqual({ documentId: first.documentId, pipelineVersion: 'contract@2', status: 'ok', events: 2 });
    expect(await store.documentState('f'.repeat(64))).toBeNull();
    // The first name stays: the bytes are the identity, not the name they arrived under.
    expect((await store.document(first.documentId))?.name).toBe(doc.name);
  });

  it('replaces an annotation by the stored row id it is given as it does by hash', async () => {
    const doc = textDocument(TEXT);
    const line = contractLineFor(doc.name, 'x', [contractEvent({ type: 'attack.shelling', place: KHERSON })]);
    const first = await store.save(doc, { pipelineVersion: 'contract@1', line, ms: 1 });
    const again = await store.save(doc, { pipelineVersion: 'contract@2', line, ms: 1 }, { documentId: first.documentId });
    expect(again).toEqual({ documentId: first.documentId, created: false, events: 1 });
    expect(await store.counts()).toEqual({ documents: 1, failed: 0, events: 1 });
    expect(await store.annotationHistory(first.documentId)).toMatchObject([{ pipelineVersion: 'contract@1', events: 1 }]);
  });

  it('records a failed document with its error and no events', async () => {
    const doc = textDocument('   ', 'blank.txt');
    await store.save(doc, { pipelineVersion: 'contract@1', line: { id: doc.name, error: { code: 'empty', message: 'blank.txt is empty' } }, ms: 0 });
    expect(await store.counts()).toEqual({ documents: 1, failed: 1, events: 0 });
    const state = await store.documentState(doc.hash);
    expect(state).toMatchObject({ status: 'failed', events: 0 });
    const stored = await store.document(state!.documentId);
    expect(stored).toMatchObject({ status: 'failed', title: null, line: { error: { code: 'empty' } } });
  });

  it('rolls a save back whole when it fails half-way, as a typed store error', async () => {
    const doc = textDocument(TEXT);
    const poisoned = { ...contractEvent({ type: 'attack.shelling' }), toJSON: () => { throw new Error('disk on fire'); } };
    const err = await store.save(doc, { pipelineVersion: 'contract@1', line: contractLineFor(doc.name, 'x', [poisoned]), ms: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SitrepError);
    expect((err as SitrepError).code).toBe('store');
    expect(await store.counts()).toEqual({ documents: 0, failed: 0, events: 0 });
  });

  it('filters by type prefix, date overlap, place, verification, documents and limit', async () => {
    const specs = [
      contractEvent({ type: 'attack.shelling', date: { value: '2023-03-21', precision: 'day' }, place: KHERSON, verification: 'confirmed' }),
      contractEvent({ type: 'attack.drone', date: { value: '2023-W38', precision: 'week' }, place: ODESA }),
      contractEvent({ type: 'attacker.other', date: { value: '2023', precision: 'year' }, place: KHARKIV }),
      contractEvent({ type: 'visit', date: null, place: KHARKIV }),
      contractEvent({ type: 'protest.blockade', date: { value: '2023-11-10', precision: 'day', start: '2023-11-07', end: '2023-11-10' }, place: null }),
    ];
    const doc = textDocument(TEXT);
    const a = await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, 'x', specs), ms: 0 });
    const other = textDocument('Another report entirely.', 'other.txt');
    const b = await store.save(other, { pipelineVersion: 't', line: contractLineFor(other.name, 'y', [contractEvent({ type: 'attack.air', date: { value: '2024-01-02', precision: 'day' }, place: ODESA })]), ms: 0 });
    const types = async (f: Parameters<LedgerStore['events']>[0]) => (await store.events(f)).map((e) => e.event.type);

    expect(await types({ type: 'attack', documentIds: [a.documentId] })).toEqual(['attack.shelling', 'attack.drone']);
    expect(await types({ type: 'attack.drone' })).toEqual(['attack.drone']);
    expect(await types({ since: '2023-09-20', until: '2023-09-20' })).toEqual(['attacker.other', 'attack.drone']);
    expect(await types({ since: '2023-11-08' })).toEqual(['attacker.other', 'protest.blockade', 'attack.air']);
    expect(await types({ until: '2023-03-21' })).toEqual(['attacker.other', 'attack.shelling']);
    expect(await types({ place: 'KHARK' })).toEqual(['attacker.other', 'visit']);
    expect(await types({ place: 'ua' })).toHaveLength(5);
    expect(await types({ place: '%' })).toEqual([]);
    expect(await types({ place: "o'; drop table events; --" })).toEqual([]);
    // The happening's verification: the shelling's one report says "confirmed", and one source never confirms itself.
    expect(await types({ verification: 'confirmed' })).toEqual([]);
    expect(await types({ verification: 'unconfirmed', documentIds: [a.documentId] })).toHaveLength(5);
    expect(await types({ documentIds: [b.documentId] })).toEqual(['attack.air']);
    expect(await types({ documentIds: [] })).toEqual([]);
    expect(await types({ limit: 2 })).toHaveLength(2);
    // Undated events sort last, ties by id: the same order on every backend.
    expect(await types({})).toEqual(['attacker.other', 'attack.shelling', 'attack.drone', 'protest.blockade', 'attack.air', 'visit']);
    expect(await store.counts()).toEqual({ documents: 2, failed: 0, events: 6 });
  });

  it('lands every one of many concurrent saves of distinct documents', async () => {
    const docs = Array.from({ length: 24 }, (_, i) => textDocument(`Report number ${i}: shelling near Kharkiv.`, `r${i}.txt`));
    const results = await Promise.all(
      docs.map((d) => store.save(d, { pipelineVersion: 't', line: contractLineFor(d.name, d.name, [contractEvent({ type: 'attack.shelling', place: KHARKIV })]), ms: 0 })),
    );
    expect(new Set(results.map((r) => r.documentId)).size).toBe(docs.length);
    expect(await store.counts()).toEqual({ documents: 24, failed: 0, events: 24 });
  });

  it('reopens an existing ledger with its contents, without migrating it again', async () => {
    const doc = textDocument(TEXT);
    const saved = await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, 'x', [contractEvent({ type: 'visit' })]), ms: 0 });
    await store.close();
    store = await opened.reopen();
    expect(await store.counts()).toEqual({ documents: 1, failed: 0, events: 1 });
    expect((await store.documentState(doc.hash))?.documentId).toBe(saved.documentId);
    // A second save after reopening gets the next id, not a reused one.
    const next = await store.save(textDocument('A second report.', 'b.txt'), { pipelineVersion: 't', line: contractLineFor('b.txt', 'y', []), ms: 0 });
    expect(next.documentId).toBeGreaterThan(saved.documentId);
  });
}
