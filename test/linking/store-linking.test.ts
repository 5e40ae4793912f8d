// Cross-document linking as the store does it on save, measured on a labelled set of invented reports
// (fixtures/reports.ts): prints and bounds the wrong-merge and missed-merge rates over report pairs, and
// checks the corroboration each happening ends with (copies and same-outlet articles count once).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/ingest/hash.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { LedgerStore, StoredHappening } from '../../src/ledger/store.js';
import { LABELLED_REPORTS, type LabelledReport } from './fixtures/reports.js';

function eventOf(r: LabelledReport, text: string): Record<string, unknown> {
  const [name, lat, lon, admin1, precision] = r.place;
  return {
    type: r.type,
    acled: null,
    plover: null,
    date: r.until ? { value: r.day.slice(0, 7), precision: 'month', start: r.day, end: r.until } : { value: r.day, precision: 'day' },
    location: { name, lat, lon, admin1, country: 'UA', geonameId: null, precision },
    actors: r.actors.map((a) => ({ name: a, role: 'actor1' })),
    fatalities: r.killed === undefined ? null : { best: r.killed, low: r.killed, high: r.killed },
    modality: r.modality ?? 'asserted',
    source: r.claimant ?? null,
    verification: 'unknown',
    trigger: { start: 0, end: 4, text: text.slice(0, 4) },
    evidence: [{ start: 0, end: text.length }],
    confidence: 0.8,
  };
}

export async function saveReport(store: LedgerStore, r: LabelledReport, i: number): Promise<number> {
  // The outlet in the bytes: two sites carrying one text are two documents (as their pages would be).
  const raw = new TextEncoder().encode(`${r.text}\n${r.outlet}\n`);
  const doc = { hash: contentHash(raw), kind: 'text' as const, container: 'file' as const, name: `report-${i}.txt`, sourcePath: null, sourceLine: null, url: `https://${r.outlet}/news/${i}`, givenPublished: null, raw };
  const line = { id: doc.name, document: { title: null, published: r.day, publishedSource: 'given', body: r.text, items: [] }, events: [eventOf(r, r.text)] };
  return (await store.save(doc, { pipelineVersion: 'test', line, ms: 0 })).documentId;
}

const pairs = <T>(xs: readonly T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as const));

describe('linking labelled reports in the store', () => {
  let store: LedgerStore;
  let happenings: StoredHappening[];
  const labelOfDocument = new Map<number, LabelledReport>();

  beforeAll(async () => {
    store = await openSqliteLedger(':memory:');
    for (const [i, r] of LABELLED_REPORTS.entries()) labelOfDocument.set(await saveReport(store, r, i), r);
    happenings = await store.happenings();
  });
  afterAll(() => store.close());

  const goldOf = (h: StoredHappening) => h.sources.map((s) => labelOfDocument.get(s.documentId)!.happening);

  it('keeps wrong merges and missed merges rare', () => {
    const predicted = new Map<LabelledReport, number>();
    for (const h of happenings) for (const s of h.sources) predicted.set(labelOfDocument.get(s.documentId)!, h.id);
    expect(predicted.size).toBe(LABELLED_REPORTS.length);
    let together = 0;
    let wrong = 0;
    let gold = 0;
    let missed = 0;
    for (const [a, b] of pairs(LABELLED_REPORTS)) {
      const same = a.happening === b.happening;
      const linked = predicted.get(a) === predicted.get(b);
      if (linked) together++;
      if (linked && !same) wrong++;
      if (same) gold++;
      if (same && !linked) missed++;
    }
    const wrongRate = wrong / Math.max(together, 1);
    const missedRate = missed / gold;
    console.log(
      `linking ${LABELLED_REPORTS.length} labelled reports into ${happenings.length} happenings ` +
        `(gold ${new Set(LABELLED_REPORTS.map((r) => r.happening)).size}): wrong merges ${wrong}/${together} linked pairs = ${(wrongRate * 100).toFixed(1)}%, ` +
        `missed merges ${missed}/${gold} gold pairs = ${(missedRate * 100).toFixed(1)}%`,
    );
    expect(wrongRate).toBeLessThanOrEqual(0.1);
    expect(missedRate).toBeLessThanOrEqual(0.15);
  });

  it('counts copies and second articles of one outlet once, and independent outlets each', () => {
    let checked = 0;
    for (const h of happenings) {
      const labels = new Set(goldOf(h));
      if (labels.size !== 1) continue;
      const reports = h.sources.map((s) => labelOfDocument.get(s.documentId)!);
      const expected = new Set(reports.filter((r) => !r.text.startsWith('Republished')).map((r) => r.outlet)).size;
      expect(h.independentSources, [...labels][0]).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });

  it('confirms what independent outlets agree on, and disputes denials and opposing tolls, keeping each figure', () => {
    const byGold = (label: string) => happenings.find((h) => goldOf(h).includes(label))!;
    expect(byGold('kherson-jan10')).toMatchObject({ reportCount: 3, independentSources: 2, verification: 'confirmed' });
    expect(byGold('izium-feb14')).toMatchObject({ reportCount: 3, independentSources: 1 });
    expect(byGold('izium-feb14').verification).not.toBe('confirmed');
    expect(byGold('sumy-feb7').verification).toBe('disputed');
    const tolls = byGold('zaporizhzhia-feb5');
    expect(tolls.verification).toBe('disputed');
    expect(tolls.figures.map((f) => [f.fatalities, f.side])).toEqual([[3, 'RU'], [5, 'UA']]);
  });
});
