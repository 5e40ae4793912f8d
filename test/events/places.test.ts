// Where an event happened: a capital that speaks is its government, a surname is no town, "the Dnipro" is
// the river. Through the whole pipeline for the place annotator's part; the sentences are written here.
import { describe, expect, it } from 'vitest';
import { eventsOf, top } from './fixture.js';
import { processDocument } from '../../src/pipeline.js';
import { toRawDocument } from '../../src/ingest/document.js';
import { locatesPrevious } from '../../src/events/args/place-reference.js';

const place = (name: string, kind: 'settlement' | 'country' = 'settlement') => ({ text: name, place: { name, kind } });

describe('places of events', () => {
  it('a capital as the subject of a speech verb is its government, not the place', () => {
    const e = top(eventsOf({ text: 'Moscow blamed Kyiv for a drone attack on Belgorod.', places: [place('Moscow'), place('Kyiv'), place('Belgorod')] }));
    expect(e.location?.name).toBe('Belgorod');
    const has = top(eventsOf({ text: 'Berlin has accused Moscow of shelling Hilltown.', places: [place('Berlin'), place('Moscow'), place('Hilltown')] }));
    expect(has.location?.name).toBe('Hilltown');
  });

  it('a town after a preposition stays the place of what its people say', () => {
    const e = top(eventsOf({ text: 'Residents in Hilltown said shelling went on all night.', places: [place('Hilltown')] }));
    expect(e.location?.name).toBe('Hilltown');
  });
});

describe('the place annotator on names that are not towns', () => {
  const run = (text: string) => processDocument(toRawDocument({ id: 't', text, published: '2024-03-05' }));

  it('the surname of a titled person is no town later on', () => {
    const { doc } = run('US Defense Secretary Lloyd Austin met his counterparts on Tuesday. Austin said the aid would arrive soon.');
    const names = doc.sections.flatMap((s) => s.places.map((p) => p.text));
    expect(names).not.toContain('Austin');
  });

  it('"the Dnipro" is the river, "Dnipro" the city', () => {
    const { doc } = run('Marines crossed to the left bank of the Dnipro near Krynky. A missile hit Dnipro on Monday.');
    const places = doc.sections.flatMap((s) => s.places);
    const river = places.find((p) => p.text === 'Dnipro' && p.start < 60);
    const city = places.find((p) => p.text === 'Dnipro' && p.start > 60);
    expect(river?.place.kind).toBe('water');
    expect(city?.place.kind).toBe('settlement');
  });
});

describe('the place of a statement or decision', () => {
  it('is the speaking government\'s country, not a town the sentence speaks of', () => {
    const e = top(eventsOf({ text: 'Poland announced new aid for the hospital in Hilltown.', places: [place('Poland', 'country'), place('Hilltown')] }));
    expect(e.location?.name).toBe('Poland');
  });

  it('is where the sentence says it was made', () => {
    const e = top(eventsOf({ text: 'Poland announced in Hilltown that the border would stay open.', places: [place('Poland', 'country'), place('Hilltown')] }));
    expect(e.location?.name).toBe('Hilltown');
  });

  it('is the first actor\'s country when no place says where it was made', () => {
    const e = top(eventsOf({ text: 'The ministry announced a new package of sanctions.', places: [],
      entities: [{ text: 'The ministry', canonical: 'Ministry of Foreign Affairs', type: 'ORG', side: 'RU' }] }));
    expect(e.actors.find((a) => a.role === 'actor1')?.side).toBe('RU');
    expect(e.location).toMatchObject({ kind: 'country', country: 'RU', precision: 3 });
  });
});

describe('a decision about an act at a town', () => {
  it('is placed at the town its complement names, not at the speaker\'s country', () => {
    const e = top(eventsOf({ text: 'Ruritania\'s president said the decision was taken not to pull out of Hilltown.', places: [place('Ruritania', 'country'), place('Hilltown')] }).filter((x) => x.type === 'decision'));
    expect(e.location?.name).toBe('Hilltown');
  });
});

describe('an operational direction', () => {
  it('"in the Hilltown direction" is the area around the town, at precision 2', () => {
    const e = top(eventsOf({ text: 'Russian forces attacked in the Hilltown direction on Monday.', places: [place('Hilltown')] }));
    expect(e.location).toMatchObject({ name: 'Hilltown', precision: 2 });
  });
});

describe('a decision with no place of its own', () => {
  it('is placed at the country whose institution acts, not the country it is for', () => {
    const e = top(eventsOf({ text: 'The Senate passed a large aid bill for Ruritania on Tuesday.', places: [place('Ruritania', 'country')] }));
    expect(e.location).toMatchObject({ kind: 'country', country: 'US' });
  });

  it('is placed at the country of a national adjective before the trigger', () => {
    const e = top(eventsOf({ text: 'The last German aid package for Ruritania was approved in May.', places: [place('Ruritania', 'country')] }));
    expect(e.location).toMatchObject({ kind: 'country', country: 'DE' });
  });

  it('keeps a country the sentence puts it in', () => {
    const e = top(eventsOf({ text: 'Officials in Ruritania announced that the American embassy would close.', places: [{ text: 'Ruritania', place: { name: 'Ruritania', kind: 'country', country: 'RT' } }] }));
    expect(e.location?.country).toBe('RT');
  });
});

describe('an event whose sentence names no place', () => {
  it('takes a town of its own paragraph', () => {
    const text = 'Shelling hit Hilltown overnight, officials said. Later a missile struck a school.';
    const events = eventsOf({ text, places: [place('Hilltown')] });
    expect(events.find((e) => e.trigger?.text === 'struck')?.location?.name).toBe('Hilltown');
  });

  it('takes a country its sentence names before a place of an earlier paragraph', () => {
    const filler = 'Officials counted the damage for hours and promised that repairs would begin as soon as the weather allowed. '.repeat(4);
    const text = `A drone hit Hilltown on Monday. ${filler}\n\nMoscow deployed thousands of troops to Ruritania on Thursday.`;
    const events = eventsOf({ text, places: [place('Hilltown'), { text: 'Ruritania', place: { name: 'Ruritania', kind: 'country', country: 'RT' } }] });
    expect(events.find((e) => e.type === 'military.deployment')?.location?.name).toBe('Ruritania');
  });
});

describe('a town and the area written after it', () => {
  it('places the event at the town, not at the area that says where the town lies', () => {
    const area = { text: 'Donetsk region', place: { name: 'Donetsk', kind: 'admin1' as const, admin1: 'Donetsk' } };
    const e = top(eventsOf({ text: 'Russian troops captured the city of Hilltown in the Donetsk region in February.', places: [{ text: 'Hilltown', place: { name: 'Hilltown', admin1: 'Donetsk' } }, area] }));
    expect(e.location?.name).toBe('Hilltown');
  });

  it('keeps an area that is not the town\'s own', () => {
    const e = top(eventsOf({ text: 'Troops from Hilltown shelled villages in the Sumy region.', places: [{ text: 'Hilltown', place: { name: 'Hilltown', admin1: 'Donetsk' } }, { text: 'Sumy region', place: { name: 'Sumy', kind: 'admin1', admin1: 'Sumy' } }] }));
    expect(e.location?.name).toBe('Sumy');
  });
});

describe('a place named to locate another', () => {
  const town = (name: string, population: number) => ({ text: name, place: { name, admin1: 'Donetsk', population } });

  it('places the event at the village, not at the better-known town it lies near', () => {
    const e = top(eventsOf({ text: 'Russian artillery shelled Smallfield near Bigtown on Tuesday.', places: [town('Smallfield', 300), town('Bigtown', 70_000)] }));
    expect(e.location?.name).toBe('Smallfield');
    const measured = top(eventsOf({ text: 'Russian artillery shelled Smallfield (about 12 km southwest of Bigtown) on Tuesday.', places: [town('Smallfield', 300), town('Bigtown', 70_000)] }));
    expect(measured.location?.name).toBe('Smallfield');
  });

  it('keeps the village after a bearing from a town ("southwest of Bigtown near Smallfield")', () => {
    const e = top(eventsOf({ text: 'Ukrainian forces repelled an assault southwest of Bigtown near Smallfield.', places: [town('Bigtown', 70_000), town('Smallfield', 300)] }));
    expect(e.location?.name).toBe('Smallfield');
  });

  it('does not make a village a reference for the bigger town before it', () => {
    const at = (name: string, start: number, population: number) => ({ start, end: start + name.length, text: name, confidence: 0.9,
      place: { name, geonameId: null, lat: 0, lon: 0, country: 'UA', admin1: 'Donetsk', kind: 'settlement' as const, precision: 1 as const, population } });
    const text = 'positions around Bigtown near Smallfield';
    expect(locatesPrevious(text, at('Bigtown', 17, 70_000), at('Smallfield', 30, 300))).toBe(false);
    expect(locatesPrevious('Smallfield near Bigtown', at('Smallfield', 0, 300), at('Bigtown', 16, 70_000))).toBe(true);
  });
});
