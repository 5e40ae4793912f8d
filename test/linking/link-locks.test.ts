// The locks a save takes before linking (PostgreSQL): every week a report's candidate window covers, and
// the week of each happening it re-counts, once each, in one order; saves of other families or weeks do
// not share any.
import { describe, expect, it } from 'vitest';
import { candidateWindow, covers, linkLocks, NO_DAY } from '../../src/ledger/happenings/link-locks.js';
import type { Report } from '../../src/ledger/linking/link.js';

const report = (type: string, dateStart: string, dateEnd: string | null = null): Report => ({
  eventId: 1,
  documentId: 1,
  type,
  dateStart,
  dateEnd,
  lat: 46.6,
  lon: 32.6,
  admin1: 'Kherson',
  precision: 1,
  actors: [],
});

describe('linking locks', () => {
  it('reads the window the candidate query reads: 8 days before the start to a day after the end', () => {
    expect(candidateWindow(report('strike.drone', '2023-03-21'))).toEqual({ family: 'strike', from: '2023-03-13', to: '2023-03-22' });
    expect(candidateWindow(report('battle.armed-clash', '2023-03-21', '2023-03-23'))).toEqual({ family: 'battle', from: '2023-03-13', to: '2023-03-24' });
  });

  it('locks each covered week once, sorted, and the weeks of re-counted happenings', () => {
    const w = candidateWindow(report('strike.drone', '2023-03-21'));
    const locks = linkLocks([w, w], [{ family: 'strike', day: '2023-03-21' }, { family: 'battle', day: null }]);
    // The same window twice and a re-counted happening inside it add no lock; the undated one adds one.
    expect(new Set(locks.map((l) => `${l.family}:${l.week}`)).size).toBe(locks.length);
    expect(locks).toEqual([...locks].sort((a, b) => a.family - b.family || a.week - b.week));
    expect(locks.some((l) => l.week === NO_DAY)).toBe(true);
    for (const day of ['2023-03-13', '2023-03-17', '2023-03-22']) expect(covers(locks, { family: 'strike', day })).toBe(true);
    expect(covers(locks, { family: 'strike', day: '2023-04-20' })).toBe(false);
    expect(covers(locks, { family: 'battle', day: '2023-03-21' })).toBe(false);
  });

  it('gives saves of reports a month apart, or of other families, no lock in common', () => {
    const march = linkLocks([candidateWindow(report('strike.drone', '2023-03-21'))], []);
    const april = linkLocks([candidateWindow(report('strike.drone', '2023-04-21'))], []);
    const battle = linkLocks([candidateWindow(report('battle.armed-clash', '2023-03-21'))], []);
    const shared = (a: typeof march, b: typeof march) => a.filter((x) => b.some((y) => x.family === y.family && x.week === y.week));
    expect(shared(march, april)).toEqual([]);
    expect(shared(march, battle)).toEqual([]);
    expect(shared(march, linkLocks([candidateWindow(report('strike.missile', '2023-03-25'))], [])).length).toBeGreaterThan(0);
  });
});
