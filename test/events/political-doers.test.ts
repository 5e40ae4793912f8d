// A visit, a call or a statement is its doer's: two mentions whose doers are of different sides are two
// happenings, even when one mention names the other's doer among those it is about ("their trips followed a
// visit by the other side's president": the president is no target of the trips). Drafts written for this test.
import { describe, expect, it } from 'vitest';
import { sameHappening } from '../../src/events/merge.js';
import type { Draft } from '../../src/events/draft.js';
import type { EventTypeId } from '../../src/events/taxonomy.js';

function draft(type: EventTypeId, trigger: string, actors: Draft['actors']): Draft {
  return {
    type, weight: 0.6, section: 0, sentence: 3, trigger: { start: 0, end: trigger.length, text: trigger }, evidence: [{ start: 0, end: 80 }],
    date: { value: '2024-03-16', precision: 'day', basis: 'timex' } as Draft['date'], dateQuality: 1,
    location: { name: 'Portbridge', geonameId: 2, lat: 46.6, lon: 32.6, country: 'UA', admin1: 'Kherson', kind: 'settlement', precision: 1 } as Draft['location'], placeQuality: 1,
    actors, fatalities: null, injuries: null, modality: 'asserted', source: null, verification: null, instruments: [], quotes: [],
    mentions: 1, anchors: 0, weakTrigger: false, lastResort: false, rule: 'visit',
  } as Draft;
}

const ua = { name: 'Volodymyr Zelensky', role: 'actor1', side: 'UA' } as Draft['actors'][number];
const ruDoer = { name: 'Vladimir Putin', role: 'actor1', side: 'RU' } as Draft['actors'][number];
const ruNamed = { name: 'Vladimir Putin', role: 'target', side: 'RU' } as Draft['actors'][number];

describe('political acts of different doers', () => {
  it('a visit by one side is not the trips of the other, though the trips name that visitor', () => {
    expect(sameHappening(draft('visit', 'trips', [ua, ruNamed]), draft('visit', 'visit', [ruDoer]))).toBe(false);
  });

  it('a battle is told from either side: a shared side is enough', () => {
    const ruForces = { name: 'Russian forces', role: 'actor1', side: 'RU' } as Draft['actors'][number];
    const uaForces = { name: 'Ukrainian forces', role: 'actor2', side: 'UA' } as Draft['actors'][number];
    const uaActing = { name: 'Ukrainian forces', role: 'actor1', side: 'UA' } as Draft['actors'][number];
    expect(sameHappening(draft('battle.armed-clash', 'attacked', [ruForces, uaForces]), draft('battle.armed-clash', 'repelled', [uaActing]))).toBe(true);
  });

  it('two mentions of one visitor are one visit', () => {
    expect(sameHappening(draft('visit', 'trip', [ua]), draft('visit', 'visited', [ua]))).toBe(true);
  });
});
