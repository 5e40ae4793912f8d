// The store's happenings: linking on save, re-annotation without lost history, the revision log, and the
// acceptance case on the bundled samples (one Kherson shelling, two outlets; re-ingest adds nothing).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { ingestInto } from '../../src/ledger/ingest.js';
import { pipelineVersion } from '../../src/ledger/project.js';
import { readSources } from '../../src/ingest/reader.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { KHERSON, contractEvent, contractLineFor, tempDir, textDocument } from './fixtures.js';

let tmp: ReturnType<typeof tempDir>;
let store: LedgerStore;

beforeEach(async () => {
  tmp = tempDir();
  store = await openSqliteLedger(join(tmp.dir, 'ledger.db'));
});
afterEach(async () => {
  await store.close();
  tmp.cleanup();
});

const DAY = { value: '2023-03-21', precision: 'day' };
const A = 'Shells hit a market in Kherson on Tuesday morning. Two people were killed and five were hurt, officials said.';
const B = 'Two civilians died when Russian artillery struck the central market of Kherson, the regional governor reported on Tuesday.';

async function save(text: string, url: string | null, events: Array<Record<string, unknown>>, version = 'v1') {
  const doc = { ...textDocument(text, `${url ?? 'local'}.txt`), url };
  const line = contractLineFor(doc.name, text.slice(0, 20), events);
  (line.document as Record<string, unknown>).body = text;
  return store.save(doc, { pipelineVersion: version, line, ms: 0 });
}

describe('happenings in the store', () => {
  it('links two outlets into one happening with two sources, and logs how it came to be confirmed', async () => {
    const a = await save(A, 'https://south.example/a', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 2 })]);
    const [only] = await store.happenings();
    expect(only).toMatchObject({ independentSources: 1, verification: 'unconfirmed', reportCount: 1 });
    const b = await save(B, 'https://www.north.example/b', [contractEvent({ type: 'attack.shelling', date: DAY, place: { ...KHERSON, lat: 46.65 }, killed: 2 })]);
    const all = await store.happenings();
    expect(all).toHaveLength(1);
    const h = await store.happening(all[0]!.id);
    expect(h).toMatchObject({ independentSources: 2, verification: 'confirmed', reportCount: 2 });
    expect(h!.sources.map((s) => [s.documentId, s.outlet])).toEqual([[a.documentId, 'south.example'], [b.documentId, 'north.example']]);
    expect(h!.reports.map((r) => r.documentId)).toEqual([a.documentId, b.documentId]);
    const change = h!.revisions.find((r) => r.field === 'verification' && r.before !== null);
    expect(change).toMatchObject({ before: 'unconfirmed', after: 'confirmed', documentId: b.documentId });
    expect(change!.reason).toMatch(/north\.example/);
    expect(await store.happeningOfEvent(h!.reports[1]!.id)).toBe(h!.id);
  });

  it('counts a republished copy from another site as no new source', async () => {
    await save(A, 'https://south.example/a', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON })]);
    await save(`${A} Republished with permission.`, 'https://mirror.example/x', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON })]);
    const [h] = await store.happenings();
    expect(h).toMatchObject({ reportCount: 2, independentSources: 1 });
  });

  it('re-annotates a document without duplicating its happening, keeping the old annotation and logging the change', async () => {
    const first = await save(A, 'https://south.example/a', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 2 })], 'v1');
    await save(B, 'https://north.example/b', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 2 })]);
    const again = await save(A, 'https://south.example/a', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 3 })], 'v2');
    expect(again).toMatchObject({ documentId: first.documentId, created: false });
    const all = await store.happenings();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ reportCount: 2, independentSources: 2 });
    expect(all[0]!.figures.map((f) => f.fatalities)).toEqual([2, 3]);
    const history = await store.annotationHistory(first.documentId);
    expect(history).toEqual([expect.objectContaining({ pipelineVersion: 'v1', status: 'ok', events: 1 })]);
    const revisions = (await store.happening(all[0]!.id))!.revisions;
    expect(revisions.some((r) => r.field === 'fatalities' && /v1 → v2/.test(r.reason))).toBe(true);
  });

  it('keeps different places, days and kinds of happening apart', async () => {
    await save(A, 'https://south.example/a', [
      contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON }),
      contractEvent({ type: 'protest.peaceful', date: DAY, place: KHERSON }),
    ]);
    await save(B, 'https://north.example/b', [
      contractEvent({ type: 'attack.shelling', date: { value: '2023-03-25', precision: 'day' }, place: KHERSON }),
      contractEvent({ type: 'attack.shelling', date: DAY, place: { ...KHERSON, name: 'Mykolaiv', admin1: 'Mykolaiv', lat: 46.975, lon: 31.995 } }),
    ]);
    const all = await store.happenings();
    expect(all).toHaveLength(4);
    expect(all.every((h) => h.reportCount === 1)).toBe(true);
  });

  it('filters happenings by any reporting document and by words of their text', async () => {
    const a = await save(A, 'https://south.example/a', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON })]);
    await save(B, 'https://north.example/b', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON })]);
    expect(await store.happenings({ documentIds: [a.documentId] })).toHaveLength(1);
    expect(await store.happenings({ text: 'governor' })).toHaveLength(1);
    expect(await store.happenings({ text: 'submarine' })).toHaveLength(0);
  });
});

describe('the pipeline version', () => {
  it('names the package version and a hash of the running code, the same all process long', () => {
    expect(pipelineVersion()).toMatch(/^sitrep@\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
  });
});

describe('ingesting the bundled samples', () => {
  it('makes one Kherson shelling from two outlets, and adds nothing when ingested again', async () => {
    const samples = join(PROJECT_ROOT, 'samples');
    const first = await ingestInto(store, readSources([samples], {}));
    expect(first.failed).toBe(0);
    const before = await store.happenings();
    const kherson = before.filter((h) => (h.best.event.location as { name?: string } | null)?.name === 'Kherson' && String(h.best.event.type).startsWith('strike'));
    const linked = kherson.find((h) => h.sources.some((s) => s.name.endsWith('.html')) && h.sources.some((s) => s.name.endsWith('.txt')));
    expect(linked).toBeDefined();
    expect(linked!.independentSources).toBe(2);
    const second = await ingestInto(store, readSources([samples], {}));
    expect(second).toMatchObject({ new: 0, updated: 0, unchanged: first.documents });
    const after = await store.happenings();
    expect(after.map((h) => [h.id, h.reportCount, h.independentSources])).toEqual(before.map((h) => [h.id, h.reportCount, h.independentSources]));
  });
});
