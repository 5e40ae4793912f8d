// A newer version of a URL (an edited post, a changed page) replaces the earlier one in the ledger, on every
// backend: the earlier version's events leave their happenings, the figures are the edit's, the earlier
// document is kept and names its successor, and reading the earlier version again changes nothing.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ingestInto } from '../../src/ledger/ingest.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import type { ContractLine } from '../../src/contract/line.js';
import type { SourceDocument } from '../../src/ingest/source.js';
import { describeEachStore, type OpenedStore } from '../helpers/stores.js';
import { contractEvent, contractLineFor, itemsOf, KHERSON, ODESA, textDocument } from './fixtures.js';

const DAY = { value: '2023-03-20', precision: 'day' };
const URL = 'https://t.me/example_channel/41';

const version = (text: string): SourceDocument => ({ ...textDocument(text, 'result.json'), url: URL });
const first = version('Shelling of Kherson: one person was killed.');
const edited = version('Shelling of Kherson: three people were killed (updated).');
const other = { ...textDocument('Another outlet on the Kherson shelling.', 'other.txt'), url: 'https://news.example/kherson' };

const text = (d: SourceDocument) => new TextDecoder().decode(d.raw);
const lines = new Map<string, ContractLine>([
  [text(first), contractLineFor('first', 'Post', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 1 }), contractEvent({ type: 'strike.drone', date: DAY, place: ODESA })])],
  [text(edited), contractLineFor('edited', 'Post', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 3 })])],
  [text(other), contractLineFor('other', 'Report', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 3 })])],
]);

describeEachStore('superseded versions of a URL', (backend) => {
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

  const ingest = (...docs: SourceDocument[]) => ingestInto(store, itemsOf(docs), { annotate: (raw) => lines.get(raw.content)! });

  it('takes the earlier version\'s events out of the ledger when the edit arrives, and keeps the edit\'s figures', async () => {
    await ingest(first);
    await ingest(other);
    let happenings = await store.happenings();
    expect(happenings.map((h) => h.best.event.type).sort()).toEqual(['attack.shelling', 'strike.drone']);
    const shelling = () => happenings.find((h) => h.best.event.type === 'attack.shelling')!;
    // Before the edit, the post (1 killed) and the other outlet (3 killed) disagree.
    expect(shelling().figures.map((f) => f.fatalities).sort()).toEqual([1, 3]);

    const summary = await ingest(edited);
    expect(summary.new).toBe(1);
    happenings = await store.happenings();
    // The drone strike only the first version told is gone; the shelling's figures are the edit's and the other's.
    expect(happenings.map((h) => h.best.event.type)).toEqual(['attack.shelling']);
    expect(shelling().figures.map((f) => f.fatalities)).toEqual([3]);
    expect(shelling().reportCount).toBe(2);
    expect(shelling().independentSources).toBe(2);
    const detail = await store.happening(shelling().id);
    expect(detail!.revisions.some((r) => r.reason.includes('newer version of') && r.reason.includes(URL))).toBe(true);
    expect((await store.events()).map((e) => e.event.fatalities)).toEqual([{ best: 3, low: 3, high: null }, { best: 3, low: 3, high: null }]);

    // The earlier version read again (an old export) is the same content: stored once, nothing comes back.
    const again = await ingest(first);
    expect(again.unchanged).toBe(1);
    expect((await store.happenings()).map((h) => h.best.event.type)).toEqual(['attack.shelling']);
    // Forced, it is annotated again but, replaced, reports nothing.
    await ingestInto(store, itemsOf([first]), { force: true, annotate: (raw) => lines.get(raw.content)! });
    expect((await store.happenings()).map((h) => h.best.event.type)).toEqual(['attack.shelling']);
    expect((await store.counts()).documents).toBe(3);
  });
});
