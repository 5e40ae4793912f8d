// One event per listed place when the gazetteer knows only some names of the list, on sentences written for these
// tests; and a region that qualifies a place ("Brookfield, Donetsk") is no second place.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

// Made-up villages; only these are "known" to the fixture, the others of each sentence are not.
const brook = { name: 'Brookfield', admin1: 'Donetsk', lat: 48.60, lon: 38.00, geonameId: 11 };
const mill = { name: 'Millhaven', admin1: 'Donetsk', lat: 48.58, lon: 38.06, geonameId: 13 };
const region = { name: 'Donetsk', admin1: 'Donetsk', lat: 48.0, lon: 37.8, geonameId: 15, kind: 'admin1' as const };
const june = [{ text: 'June 3', value: '2024-06-03' }];

const placesOf = (events: ReturnType<typeof eventsOf>, type: string) => events.filter((e) => e.type === type).map((e) => e.location?.name).sort();

describe('list items the gazetteer does not know', () => {
  it('a known name followed by unknown names of its list gives one event per name', () => {
    const events = eventsOf({
      text: 'Enemy troops shelled Brookfield, Oakridge Vale, and Fernhollow on June 3.',
      timexes: june,
      places: [{ text: 'Brookfield', place: brook }],
    });
    expect(placesOf(events, 'strike.shelling')).toEqual(['Brookfield', 'Fernhollow', 'Oakridge Vale']);
    const unknown = events.find((e) => e.location?.name === 'Fernhollow')!;
    // Located near the list's known place, at ACLED's precision for "near", with no gazetteer id.
    expect(unknown.location).toMatchObject({ admin1: 'Donetsk', precision: 2, geonameId: null });
  });

  it('an unknown name between two known ones is an item, and the list goes on past it', () => {
    const events = eventsOf({
      text: 'Enemy troops shelled Brookfield, Oakridge and Millhaven on June 3.',
      timexes: june,
      places: [{ text: 'Brookfield', place: brook }, { text: 'Millhaven', place: mill }],
    });
    expect(placesOf(events, 'strike.shelling')).toEqual(['Brookfield', 'Millhaven', 'Oakridge']);
  });

  it('a region after a place qualifies it; a month, a nationality or a speaker after the list is no place', () => {
    const qualified = eventsOf({
      text: 'On June 3, enemy troops shelled Brookfield, Donetsk.',
      timexes: june,
      places: [{ text: 'Brookfield', place: brook }, { text: 'Donetsk', place: region }],
    });
    expect(placesOf(qualified, 'strike.shelling')).toEqual(['Brookfield']);
    const followed = eventsOf({
      text: 'Enemy troops shelled Brookfield on June 3, Ukrainian officials said.',
      timexes: june,
      places: [{ text: 'Brookfield', place: brook }],
    });
    expect(placesOf(followed, 'strike.shelling')).toEqual(['Brookfield']);
  });
});
