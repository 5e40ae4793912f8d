// One event per action, place and day, on sentences written for these tests: neighbouring villages each named as
// the scene of an assault stay apart, a list of places with bearings and distances between its names is split,
// and a sentence that tells one happening with two triggers of one family is one shown event.
import { describe, expect, it } from 'vitest';
import { eventsOf, keptOf } from './fixture.js';
import { foldKept } from '../../src/events/fold-kept.js';

// Made-up villages a few kilometres apart.
const brook = { name: 'Brookfield', admin1: 'Donetsk', lat: 48.60, lon: 38.00, geonameId: 11 };
const stone = { name: 'Stonebury', admin1: 'Donetsk', lat: 48.63, lon: 38.03, geonameId: 12 };
const mill = { name: 'Millhaven', admin1: 'Donetsk', lat: 48.58, lon: 38.06, geonameId: 13 };
const town = { name: 'Castleton', admin1: 'Donetsk', lat: 48.59, lon: 38.01, geonameId: 14 };
const june = [{ text: 'June 3', value: '2024-06-03' }];

const clashesAt = (events: ReturnType<typeof eventsOf>) =>
  events.filter((e) => e.type === 'battle.armed-clash').map((e) => e.location?.name).sort();

describe('one event per place', () => {
  it('assaults on two villages in consecutive sentences are two events, however near the villages', () => {
    const events = eventsOf({
      text: 'Enemy troops launched ground assaults on Brookfield on June 3. The defenders repelled enemy assaults on Stonebury, just east of Brookfield.',
      timexes: june,
      places: [{ text: 'Brookfield', place: brook }, { text: 'Stonebury', place: stone }],
    });
    expect(clashesAt(events)).toEqual(['Brookfield', 'Stonebury']);
  });

  it('a list that a bearing from a town locates ("south of X around A, B and C") is one event per listed place', () => {
    const events = eventsOf({
      text: 'Enemy troops continued ground assaults south of Castleton around Brookfield, Stonebury, and Millhaven on June 3.',
      timexes: june,
      places: [{ text: 'Castleton', place: town }, { text: 'Brookfield', place: brook }, { text: 'Stonebury', place: stone }, { text: 'Millhaven', place: mill }],
    });
    expect(clashesAt(events)).toEqual(['Brookfield', 'Millhaven', 'Stonebury']);
  });

  it('a list whose names carry distances and bearings is one event per listed place', () => {
    const text = 'The defenders repelled enemy assaults on Castleton itself, northeast of Castleton near Brookfield (4km northeast of Castleton), and south of Castleton near Millhaven on June 3.';
    const events = eventsOf({
      text, timexes: june,
      places: [{ text: 'Castleton', place: town }, { text: 'Brookfield', place: brook }, { text: 'Millhaven', place: mill }],
    });
    expect(clashesAt(events)).toEqual(['Brookfield', 'Castleton', 'Millhaven']);
    const parenthesised = eventsOf({
      text: 'The defenders repelled enemy assaults near Stonebury (14km south of Castleton), Brookfield, and Millhaven on June 3.',
      timexes: june,
      places: [{ text: 'Stonebury', place: stone }, { text: 'Castleton', place: town }, { text: 'Brookfield', place: brook }, { text: 'Millhaven', place: mill }],
    });
    // Castleton only locates Stonebury: it is no scene of its own.
    expect(clashesAt(parenthesised)).toEqual(['Brookfield', 'Millhaven', 'Stonebury']);
  });

  it('troops deployed to a list of towns are one deployment per town', () => {
    const events = eventsOf({
      text: 'The command deployed additional troops to Brookfield, Stonebury and Millhaven on June 3.',
      timexes: june,
      places: [{ text: 'Brookfield', place: brook }, { text: 'Stonebury', place: stone }, { text: 'Millhaven', place: mill }],
    });
    const presence = events.filter((e) => e.type.startsWith('military.') || e.type.startsWith('group.'));
    expect(presence.map((e) => e.location?.name).sort()).toEqual(['Brookfield', 'Millhaven', 'Stonebury']);
  });
});

describe('one shown event per happening of a sentence', () => {
  it('"adopted a package of sanctions" is one sanctions decision; the vote stays a candidate', () => {
    const kept = keptOf({
      text: 'The council of the union adopted a new package of sanctions against Ruritania on Monday, the union said.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      entities: [{ text: 'Ruritania', canonical: 'Ruritania', type: 'ORG' }],
    });
    const political = kept.filter((e) => e.type.startsWith('decision'));
    expect(political.map((e) => e.type)).toEqual(['decision.sanctions']);
  });

  it('the fold keeps events of other families and other places apart', () => {
    const at = (type: string, place: string | null, confidence: number, start = 0) =>
      ({ type, section: 1, evidence: [{ start }], location: place ? { name: place } : null, confidence });
    const { kept, second } = foldKept([
      at('decision.vote', null, 0.9), at('decision.aid', null, 0.6), at('strike.shelling', 'Brookfield', 0.8),
      at('strike.shelling', 'Stonebury', 0.7), at('visit.meeting', null, 0.5, 200),
    ]);
    expect(kept.map((e) => `${e.type}@${e.location?.name ?? ''}`)).toEqual(['decision.aid@', 'strike.shelling@Brookfield', 'strike.shelling@Stonebury', 'visit.meeting@']);
    expect(second.map((e) => e.type)).toEqual(['decision.vote']);
  });
});
