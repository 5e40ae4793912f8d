// Two ways a name's neighbour was misread: a name after a comma that starts a clause ("Kherson, Moscow did")
// taken for the area of the name before it, and a headline run into the text ("... Conference Ukraine wants")
// taken for a person whose "surname" then hid the country everywhere. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { mentionOf, placesIn } from './helpers.js';

describe('a name after a comma that a verb follows', () => {
  it('starts a clause: it is no area of the name before it', () => {
    const ms = placesIn('Even after the army retook the city of Kherson, Moscow did not change its plans.');
    expect(mentionOf(ms, 'Kherson')?.place).toMatchObject({ country: 'UA', admin1: 'Kherson' });
    expect(mentionOf(ms, 'Moscow')?.place.country).toBe('RU');
  });

  it('still qualifies the name when no verb follows', () => {
    const ms = placesIn('Artillery hit Kostiantynivka, Donetsk region, on Tuesday.');
    expect(mentionOf(ms, 'Kostiantynivka')?.place.admin1).toBe('Donetsk');
  });
});

describe('a long name run or one ending in a country', () => {
  it('gives no surname: the country stays a place later on', () => {
    const ms = placesIn('Notes from the Annual Security Forum Ukraine wants a lasting peace. Two soldiers were wounded in Ukraine today.');
    expect(ms.filter((m) => m.text === 'Ukraine' && m.start > 60).length).toBe(1);
  });

  it('a titled person\'s surname is still no town', () => {
    const ms = placesIn('Defense Secretary Lloyd Austin met the troops. Later Austin said more aid would come.');
    expect(mentionOf(ms, 'Austin')).toBeUndefined();
  });
});
