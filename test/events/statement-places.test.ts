// The country of a statement or decision: the government that acts, not the country the act is for, the
// country a noun is of, or the subject of a passive. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf, top } from './fixture.js';

const country = (name: string, code: string) => ({ text: name, place: { name, kind: 'country' as const, country: code } });
const town = (name: string) => ({ text: name, place: { name } });
const decisionOf = (events: ReturnType<typeof eventsOf>) => top(events.filter((e) => e.type.startsWith('decision') || e.type === 'statement'));

describe('the acting government of a statement or decision', () => {
  it('is not the country a noun of the sentence is of', () => {
    const e = decisionOf(eventsOf({ text: 'After the invasion of Ukraine began, Germany suspended the certification of the pipeline.',
      places: [country('Ukraine', 'UA'), country('Germany', 'DE')] }));
    expect(e.location).toMatchObject({ kind: 'country', country: 'DE' });
  });

  it('is not an actor read from the country the act is for', () => {
    const e = decisionOf(eventsOf({ text: 'The aid package for Ukraine was adopted in the American Congress on Wednesday.',
      places: [country('Ukraine', 'UA')], entities: [{ text: 'Ukraine', canonical: 'Ukraine', type: 'ORG', side: 'UA' }] }));
    expect(e.location).toMatchObject({ kind: 'country', country: 'US' });
  });

  it('is the country that acted earlier when the sentence names only the country the act is for', () => {
    const text = 'Australia will send more drones this year. He said Australia remained committed to its partners. '
      + 'The government also announced a grant to the reconstruction fund for Ukraine.';
    const e = top(eventsOf({ text, places: [country('Australia', 'AU'), country('Ukraine', 'UA')] }).filter((x) => x.trigger?.text === 'announced'));
    expect(e.location).toMatchObject({ kind: 'country', country: 'AU' });
  });

  it('is not the subject of a passive: the place of the story stands', () => {
    const e = decisionOf(eventsOf({ text: 'Leaders gathered in Hilltown on Monday. Finland and Sweden will be formally invited to join the alliance.',
      places: [town('Hilltown'), country('Finland', 'FI'), country('Sweden', 'SE')] }));
    expect(e.location?.name).toBe('Hilltown');
  });
});

describe('a decision about an area', () => {
  it('is placed at an oblast its complement names', () => {
    const crimea = { text: 'Crimea', place: { name: 'Crimea', kind: 'admin1' as const, admin1: 'Crimea', country: 'UA' } };
    const e = decisionOf(eventsOf({ text: 'Russia will cancel the annual parade on May 9 in occupied Crimea.', places: [country('Russia', 'RU'), crimea] }));
    expect(e.location?.name).toBe('Crimea');
  });

  it('is not placed at what a noun of its complement is of', () => {
    const e = decisionOf(eventsOf({ text: 'Ruritania recognized the independence of Hilltown and Lowtown on Friday.',
      places: [country('Ruritania', 'RU'), town('Hilltown'), town('Lowtown')] }));
    expect(e.location).toMatchObject({ kind: 'country', country: 'RU' });
  });
});
