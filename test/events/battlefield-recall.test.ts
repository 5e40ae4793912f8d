// Battlefield reports tell one action a sentence: attacks set out from named places, a new attack at a place
// already named, the same place by another source, and defences built at a list of places. The sentences and
// places are written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

// Made-up villages a few kilometres apart.
const brook = { name: 'Brookfield', admin1: 'Donetsk', lat: 48.60, lon: 38.00, geonameId: 21 };
const stone = { name: 'Stonebury', admin1: 'Donetsk', lat: 48.63, lon: 38.03, geonameId: 22 };
const mill = { name: 'Millhaven', admin1: 'Donetsk', lat: 48.58, lon: 38.06, geonameId: 23 };
const town = { name: 'Castleton', admin1: 'Donetsk', lat: 48.59, lon: 38.01, geonameId: 24 };
const may = [{ text: 'May 9', value: '2024-05-09' }];

const at = (events: ReturnType<typeof eventsOf>, type: string) =>
  events.filter((e) => e.type === type).map((e) => e.location?.name).sort();

describe('attacks set out from named places', () => {
  it('"advanced on X from A and B" is one clash at each place it set out from', () => {
    const events = eventsOf({
      text: 'Enemy troops attempted to advance on Castleton from Brookfield (6 km east of Castleton) and Stonebury on May 9.',
      timexes: may,
      places: [{ text: 'Castleton', place: town }, { text: 'Brookfield', place: brook }, { text: 'Stonebury', place: stone }],
    });
    expect(at(events, 'battle.armed-clash')).toEqual(['Brookfield', 'Stonebury']);
  });

  it('"from around A" after a bearing in parentheses is the place the attack set out from', () => {
    const events = eventsOf({
      text: 'Enemy troops tried to advance on Castleton (5 km north of Millhaven) from around Brookfield on May 9.',
      timexes: may,
      places: [{ text: 'Castleton', place: town }, { text: 'Millhaven', place: mill }, { text: 'Brookfield', place: brook }],
    });
    expect(at(events, 'battle.armed-clash')).toEqual(['Brookfield']);
  });

  it('a shelling "of X from A" stays at the place it hit', () => {
    const events = eventsOf({
      text: 'Enemy artillery shelled Castleton from Brookfield on May 9.',
      timexes: may,
      places: [{ text: 'Castleton', place: town }, { text: 'Brookfield', place: brook }],
    });
    expect(at(events, 'strike.shelling')).toEqual(['Castleton']);
  });
});

describe('a list that a reference point locates', () => {
  it('names the gazetteer does not know before the first it knows ("south of X in A, B, and C") are places of the list', () => {
    const events = eventsOf({
      text: 'Officials reported heavy fighting north and south of Castleton in Ashgrove, Elmwick, Brookfield, and Stonebury on May 9.',
      timexes: may,
      places: [{ text: 'Castleton', place: town }, { text: 'Brookfield', place: brook }, { text: 'Stonebury', place: stone }],
    });
    expect(at(events, 'battle.armed-clash')).toEqual(['Ashgrove', 'Brookfield', 'Elmwick', 'Stonebury']);
  });
});

describe('a later sentence of a battlefield report is an action of its own', () => {
  it("an attack at a place already named, claimed by the other side, stays an event of its own", () => {
    const events = eventsOf({
      text: "Ukraine's General Staff said Russian forces attacked Brookfield from the north on May 9. Russian milbloggers claimed that Russian forces attacked Brookfield from the east.",
      timexes: may, reportTime: '2024-05-09',
      places: [{ text: 'Brookfield', place: brook }, { text: 'Brookfield', place: brook, nth: 1 }],
    });
    expect(at(events, 'battle.armed-clash')).toEqual(['Brookfield', 'Brookfield']);
  });

  it('an attack told by two tellers of one side is one happening', () => {
    const events = eventsOf({
      text: "Ukraine's General Staff said Russian forces attacked Brookfield from the north on May 9. Ukrainian officials said Russian forces attacked Brookfield.",
      timexes: may, reportTime: '2024-05-09',
      places: [{ text: 'Brookfield', place: brook }, { text: 'Brookfield', place: brook, nth: 1 }],
    });
    expect(at(events, 'battle.armed-clash')).toEqual(['Brookfield']);
  });

  it('ground taken, then claimed by the other side, are two tellings', () => {
    const taken = eventsOf({
      text: 'Ukrainian officials said Russian forces captured the railway station of Millhaven on May 9. Russian bloggers claimed that Russian forces captured all of Millhaven.',
      timexes: may, reportTime: '2024-05-09',
      places: [{ text: 'Millhaven', place: mill }, { text: 'Millhaven', place: mill, nth: 1 }],
    });
    expect(at(taken, 'territory.capture')).toEqual(['Millhaven', 'Millhaven']);
  });

  it('a later sentence that only dates the happening more sharply is the same happening', () => {
    const events = eventsOf({
      text: 'Enemy forces attacked Brookfield, officials said. The attack on Brookfield began on May 9.',
      timexes: may, reportTime: '2024-05-10',
      places: [{ text: 'Brookfield', place: brook }, { text: 'Brookfield', place: brook, nth: 1 }],
    });
    const clashes = events.filter((e) => e.type === 'battle.armed-clash');
    expect(clashes).toHaveLength(1);
    expect(clashes[0]!.date?.value).toBe('2024-05-09');
  });
});

describe('defences built and forces regrouped', () => {
  it('fortifications built at a list of places are one event per place', () => {
    const events = eventsOf({
      text: 'Enemy forces are building fortifications near the front, including Brookfield, Stonebury, and Millhaven.',
      reportTime: '2024-05-09',
      places: [{ text: 'Brookfield', place: brook }, { text: 'Stonebury', place: stone }, { text: 'Millhaven', place: mill }],
    });
    expect(at(events, 'military.deployment')).toEqual(['Brookfield', 'Millhaven', 'Stonebury']);
  });

  it('troops consolidating positions or regrouping at a place are a troop movement; power consolidated is not', () => {
    const held = eventsOf({
      text: 'Enemy troops consolidated their positions in Stonebury on May 9.',
      timexes: may,
      places: [{ text: 'Stonebury', place: stone }],
    });
    expect(at(held, 'military.deployment')).toEqual(['Stonebury']);
    const regroup = eventsOf({ text: 'Enemy forces are regrouping around Castleton.', reportTime: '2024-05-09', places: [{ text: 'Castleton', place: town }] });
    expect(at(regroup, 'military.deployment')).toEqual(['Castleton']);
    const mining = eventsOf({ text: 'Enemy troops are mining the riverbank near Millhaven.', reportTime: '2024-05-09', places: [{ text: 'Millhaven', place: mill }] });
    expect(at(mining, 'military.deployment')).toEqual(['Millhaven']);
    const massing = eventsOf({ text: 'Enemy commanders are concentrating forces west of Brookfield.', reportTime: '2024-05-09', places: [{ text: 'Brookfield', place: brook }] });
    expect(at(massing, 'military.deployment')).toEqual(['Brookfield']);
    const power = eventsOf({ text: 'The governor consolidated his power in Castleton on May 9.', timexes: may, places: [{ text: 'Castleton', place: town }] });
    expect(at(power, 'military.deployment')).toEqual([]);
  });
});
