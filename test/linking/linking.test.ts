import { describe, expect, it } from 'vitest';
import { linkReports, sameHappening, type Report } from '../../src/ledger/linking/link.js';
import { corroborate, type SourcedReport } from '../../src/ledger/linking/corroborate.js';
import { minhash, similarity, NEAR_DUPLICATE } from '../../src/ledger/linking/fingerprint.js';

const base: Report = {
  eventId: 1, documentId: 1, type: 'strike.drone', dateStart: '2024-05-10', dateEnd: '2024-05-10',
  lat: 49.99, lon: 36.23, admin1: 'Kharkiv', precision: 1, actors: ['Military Forces of Russia (2000-)'],
};

describe('sameHappening', () => {
  it('links two outlets reporting one strike a day apart, a few km apart', () => {
    expect(sameHappening(base, { ...base, eventId: 2, documentId: 2, type: 'strike.missile', dateStart: '2024-05-11', dateEnd: '2024-05-11', lat: 50.02, lon: 36.3 })).toBe(true);
  });
  it('keeps apart different places, dates, families or actors', () => {
    expect(sameHappening(base, { ...base, documentId: 2, lat: 48.46, lon: 35.04 })).toBe(false);
    expect(sameHappening(base, { ...base, documentId: 2, dateStart: '2024-05-14', dateEnd: '2024-05-14' })).toBe(false);
    expect(sameHappening(base, { ...base, documentId: 2, type: 'visit' })).toBe(false);
    expect(sameHappening(base, { ...base, documentId: 2, actors: ['Military Forces of Ukraine (2019-)'] })).toBe(false);
  });
  it('lets an oblast-level report fit a precise one in the same oblast', () => {
    expect(sameHappening(base, { ...base, documentId: 2, lat: 49.6, lon: 36.6, precision: 3 })).toBe(true);
  });
});

describe('linkReports', () => {
  it('clusters transitively and never links a document to itself', () => {
    const reports: Report[] = [
      base,
      { ...base, eventId: 2, documentId: 2, dateStart: '2024-05-11', dateEnd: '2024-05-11' },
      { ...base, eventId: 3, documentId: 1 },
      { ...base, eventId: 4, documentId: 3, type: 'visit' },
    ];
    const groups = linkReports(reports).map((g) => g.map((i) => reports[i]!.eventId).sort());
    expect(groups).toContainEqual([1, 2, 3]);
    expect(groups).toContainEqual([4]);
  });
});

describe('corroborate', () => {
  const storyA = 'A drone hit an apartment block in the north of the city early on Friday, the regional governor said, adding that rescuers were still searching the rubble for residents.';
  const storyB = 'Firefighters in the city worked through the night after a strike on a residential building, the emergency service wrote, publishing photos of a burned stairwell.';
  const report = (documentId: number, text: string, outlet: string, extra: Partial<SourcedReport> = {}): SourcedReport => ({
    documentId, outlet, signature: minhash(text), modality: 'asserted', verification: 'unknown', claimant: null, side: null, fatalities: null, ...extra,
  });

  it('treats a republished copy as the same source', () => {
    expect(similarity(minhash(storyA), minhash(`${storyA} Read more on our site.`))).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    const c = corroborate([report(1, storyA, 'Outlet One'), report(2, `${storyA} Read more on our site.`, 'Aggregator')]);
    expect(c.independentSources).toBe(1);
    expect(c.verification).not.toBe('confirmed');
  });

  it('confirms with two independent outlets', () => {
    const c = corroborate([report(1, storyA, 'Outlet One'), report(2, storyB, 'Outlet Two')]);
    expect(c.independentSources).toBe(2);
    expect(c.verification).toBe('confirmed');
  });

  it('keeps competing figures side by side and marks the happening disputed', () => {
    const c = corroborate([
      report(1, storyA, 'Outlet One', { fatalities: 12, claimant: 'Ministry of Defence of Ukraine', side: 'UA' }),
      report(2, storyB, 'Outlet Two', { fatalities: 0, claimant: 'Ministry of Defence of Russia', side: 'RU' }),
    ]);
    expect(c.verification).toBe('disputed');
    expect(c.figures.map((f) => [f.fatalities, f.side])).toEqual([[0, 'RU'], [12, 'UA']]);
  });

  it('marks a denial against an assertion as disputed', () => {
    const c = corroborate([report(1, storyA, 'Outlet One'), report(2, storyB, 'Outlet Two', { modality: 'denied' })]);
    expect(c.verification).toBe('disputed');
  });
});
