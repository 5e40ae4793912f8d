// Where troops are sent is where a deployment happens; a verb's object is not a compound's head. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const country = (name: string, code: string) => ({ text: name, place: { name, kind: 'country' as const, country: code } });
const town = (name: string) => ({ text: name, place: { name } });
const DAYS = [{ text: 'Monday', value: '2024-03-11' }, { text: 'Tuesday', value: '2024-03-12' }];

describe('a movement of troops', () => {
  it('is a deployment when the verb takes "troops" as its object ("sent troops" is no compound like "assault troops")', () => {
    const events = eventsOf({ text: 'Shelling hit Hilltown on Monday. The army sent troops to Belarus on Tuesday.', places: [town('Hilltown'), country('Belarus', 'BY')], timexes: DAYS });
    expect(events.map((e) => e.type)).toContain('military.deployment');
  });

  it('is placed at the country it goes to, not at the town the paragraph named before', () => {
    const events = eventsOf({ text: 'Shelling hit Hilltown on Monday. The navy dispatched warships to Belarus on Tuesday.', places: [town('Hilltown'), country('Belarus', 'BY')], timexes: DAYS });
    const deployment = events.find((e) => e.type === 'military.deployment');
    expect(deployment?.location).toMatchObject({ kind: 'country', country: 'BY' });
  });

  it('aid sent "to" a country is still not placed there: only a movement goes where its preposition says', () => {
    const events = eventsOf({ text: 'Shelling hit Hilltown on Monday. The city council approved a grant to Belarus on Tuesday.', places: [town('Hilltown'), country('Belarus', 'BY')], timexes: DAYS });
    for (const e of events.filter((x) => x.type.startsWith('decision'))) expect(e.location?.country).not.toBe('BY');
  });
});
