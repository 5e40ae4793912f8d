// With every village of Ukraine in the gazetteer, a place name must be earned. One test per class of false
// match seen on real pages; every sentence is written here.
import { describe, expect, it } from 'vitest';
import { haversineKm, placesIn } from './helpers.js';
import { gazetteer } from '../../src/annotate/places/gazetteer.js';

const inUkraine = (text: string) => placesIn(text).filter((m) => m.place.country === 'UA' && m.place.kind !== 'country');
const named = (text: string, name: string) => placesIn(text).find((m) => m.text === name);

describe('names that are not the Ukrainian places they spell', () => {
  it('an English word is no town, even when an old name of one folds to it ("human" and Uman\'s Humań)', () => {
    expect(inUkraine('The painter gave the statue a human face. Human courage was the theme of the show.')).toEqual([]);
  });

  it('a village named like an English word needs a settlement cue or an area', () => {
    expect(inUkraine('She ordered a coffee at a bar called Smile in London.')).toEqual([]);
    const cued = named('Shelling damaged houses in the village of Smile, Sumy Oblast, overnight.', 'Smile');
    expect(cued?.place.admin1).toBe('Sumy');
  });

  it('a village named like a person needs a settlement cue or an area', () => {
    expect(inUkraine('Nova told the committee that the budget was late.')).toEqual([]);
  });

  it('a name made an adjective names no place ("Nuremberg-style", "Kyiv-based")', () => {
    const found = placesIn('Jurists called for a Nuremberg-style tribunal, a Kyiv-based lawyer said.');
    expect(found.map((m) => m.place.name)).not.toContain('Nürnberg');
    expect(found.map((m) => m.text)).not.toContain('Kyiv');
  });

  it('a place that names a treaty, a format or a newspaper is not where anything is ("the Minsk agreements")', () => {
    const found = placesIn('Police in Lviv detained a blogger who praised the Minsk agreements and the Normandy format, the Kyiv Independent reported.');
    expect(found.map((m) => m.text)).toContain('Lviv');
    expect(found.map((m) => m.text)).not.toContain('Minsk');
    expect(found.map((m) => m.text)).not.toContain('Kyiv');
  });

  it('a country is the country, not a village that shares its name ("Kosovo" is not Kosava in Belarus)', () => {
    expect(named('Riot police clashed with protesters in Kosovo on Sunday.', 'Kosovo')?.place).toMatchObject({ kind: 'country', country: 'XK' });
    expect(named('Fighting in Sudan drove thousands from their homes.', 'Sudan')?.place).toMatchObject({ kind: 'country', country: 'SD' });
  });

  it('a section of a city with an odd alternate name is not found in a text about elsewhere', () => {
    expect(inUkraine('He studied physics in Cambridge before moving to Boston.')).toEqual([]);
  });

  it('a bare village name with no cue in a text that is not about its oblast is not taken', () => {
    // Verbove is a village of Zaporizhzhia Oblast (and of fifteen other places); nothing here supports it.
    expect(inUkraine('Verbove, the band, played two new songs.')).toEqual([]);
  });
});

describe('villages that are what the text means', () => {
  it('a front-line village after a cue is found in its oblast', () => {
    const m = named('Russian forces shelled Klishchiivka near Bakhmut on Tuesday.', 'Klishchiivka');
    expect(m?.place).toMatchObject({ country: 'UA', admin1: 'Donetsk' });
  });

  it('namesakes are told apart by the oblast written with them', () => {
    expect(named('A drone hit a farm in Hryhorivka, Zaporizhzhia Oblast.', 'Hryhorivka')?.place.admin1).toBe('Zaporizhia');
    expect(named('A drone hit a farm in Hryhorivka, Kherson Oblast.', 'Hryhorivka')?.place.admin1).toBe('Kherson');
  });

  it('namesakes are told apart by the raion written with them', () => {
    const m = named('Shelling was reported in Hryhorivka, Pokrovsk raion, on Monday.', 'Hryhorivka');
    const raion = gazetteer().raionsNamed('Pokrovsk')[0]!;
    expect(gazetteer().place(m!.place.geonameId!)?.admin2).toBe(raion.admin2);
  });

  it('namesakes are told apart by a distance from a town ("about 20km southwest of Izium")', () => {
    const text = 'Russian forces attacked Dmytrivka, about 20km southwest of Izium, on Sunday.';
    const m = named(text, 'Dmytrivka');
    const izium = named(text, 'Izium');
    expect(m?.place.admin1).toBe('Kharkiv');
    expect(haversineKm(m!.place.lat, m!.place.lon, izium!.place.lat, izium!.place.lon)).toBeLessThan(30);
  });

  it('namesakes are told apart by a town named in the same sentence', () => {
    // Pryshyb is a village of Donetsk Oblast west of Lyman, and of Zaporizhzhia Oblast; Lyman says which.
    expect(named('Russian artillery hit positions west of Lyman around Pryshyb on Monday.', 'Pryshyb')?.place.admin1).toBe('Donetsk');
  });

  it('a distance from a town holds after "a village" ("X, a village about 23 km east of Izium")', () => {
    const text = 'Troops attacked Oleksandrivka, a village about 23 km east of Izium, on Friday.';
    const m = named(text, 'Oleksandrivka');
    const izium = named(text, 'Izium');
    expect(m?.place.geonameId).not.toBeNull();
    expect(haversineKm(m!.place.lat, m!.place.lon, izium!.place.lat, izium!.place.lon)).toBeLessThan(35);
  });

  it('a name a hundred villages own is none of a big city\'s old names ("Oleksandrivka" is not Donetsk)', () => {
    expect(named('Shelling hit Oleksandrivka overnight.', 'Oleksandrivka')?.place.name).toBe('Oleksandrivka');
    expect(named('Shelling hit Mykolaiv overnight.', 'Mykolaiv')?.place.population).toBeGreaterThan(400_000);
  });

  it('a renamed town answers to its old name and its new one', () => {
    expect(named('Fighting went on near Artemivsk.', 'Artemivsk')?.place.name).toBe('Bakhmut');
    expect(named('Fighting went on near Bakhmut.', 'Bakhmut')?.place.name).toBe('Bakhmut');
  });
});
