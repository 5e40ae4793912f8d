// Happenings of diplomacy and command an analyst logs, on sentences written for these tests: envoys summoned,
// officials travelling or paying tribute somewhere, joint briefings, decrees signed; and damage at a scene of its
// own after a strike elsewhere is its own event.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const brook = { name: 'Brookfield', admin1: 'Poltava', lat: 49.0, lon: 33.4, geonameId: 21 };
/** The candidates' types and triggers, the sentence's day and Brookfield (when named) given as the annotator would. */
const typesOf = (text: string) => {
  const day = /on (Monday|Tuesday|Sunday)/.exec(text)?.[1];
  return eventsOf({
    text, timexes: day ? [{ text: day, value: '2024-06-03' }] : [],
    places: text.includes('Brookfield') ? [{ text: 'Brookfield', place: brook }] : [],
  }).map((e) => `${e.type} ${e.trigger?.text}`);
};
const stone = { name: 'Stonebury', admin1: 'Vinnytsia', lat: 49.2, lon: 28.5, geonameId: 22 };

describe('more political events', () => {
  it('an envoy summoned is a decision; courage summoned is not', () => {
    expect(typesOf('The foreign ministry summoned the Freedonian ambassador on Monday.')).toContain('decision summoned');
    expect(typesOf('She summoned the courage to speak on Monday.').filter((t) => t.startsWith('decision'))).toEqual([]);
  });

  it('travelling to a place and paying tribute there are visits', () => {
    expect(typesOf('The chancellor will travel to Brookfield on Monday.')).toContain('visit travel to');
    expect(typesOf('The two presidents paid tribute to the victims in Brookfield on Sunday.')).toContain('visit paid tribute');
  });

  it('a joint briefing is a meeting; a decree signed is a decision, not an agreement', () => {
    expect(typesOf('He spoke at a joint briefing with his counterpart in Brookfield on Tuesday.')).toContain('visit.meeting briefing');
    expect(typesOf('The prime minister signed a decree on Tuesday that dissolved the cabinet.')).toContain('decision signed');
  });
});

describe('damage at its own scene', () => {
  it('a strike in one town and damage in another are two events', () => {
    const events = eventsOf({
      text: 'A missile strike hit Stonebury on Monday. The army also destroyed a fuel depot in Brookfield.',
      timexes: [{ text: 'Monday', value: '2024-06-03' }],
      places: [{ text: 'Stonebury', place: stone }, { text: 'Brookfield', place: brook }],
    });
    expect(events.map((e) => e.location?.name).sort()).toEqual(['Brookfield', 'Stonebury']);
  });
});
