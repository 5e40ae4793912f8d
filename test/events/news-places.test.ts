// Places of events on news prose (issue 16): a border area, what an act is "in support of", the town of an
// official who reports what happened, the city named after its river, the town in apposition to "city", a
// source's country. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf, top } from './fixture.js';
import { processDocument } from '../../src/pipeline.js';
import { toRawDocument } from '../../src/ingest/document.js';
import { actingCountry } from '../../src/events/args/acting-country.js';
import { borderArea } from '../../src/events/args/border-area.js';
import { placesCompatible } from '../../src/events/args/place.js';
import { splitSentences } from '../../src/annotate/sentences/index.js';

const tokenize = (text: string) => splitSentences(text).flatMap((s) => s.tokens);

const country = (name: string, code: string) => ({ text: name, place: { name, kind: 'country' as const, country: code } });
const town = (name: string) => ({ text: name, place: { name } });
const run = (text: string) => processDocument(toRawDocument({ id: 't', text, published: '2024-03-05' }));

describe('a border as the place of an event', () => {
  it('is the border area of the country named, not the country', () => {
    const e = top(eventsOf({ text: 'Ruritanian troops began massing near the border with Ukraine on Monday.', places: [country('Ukraine', 'UA')] }));
    expect(e.location).toMatchObject({ name: 'Ukrainian border area', kind: 'region', country: 'UA' });
  });

  it('is read from "X\'s border" and "the X border" too, and not from a border between two countries', () => {
    expect(borderArea('Some units are pulling back from Ukraine’s border.', 13)?.name).toBe('Ukrainian border area');
    expect(borderArea('The tanks moved to the Polish border overnight.', 10)?.name).toBe('Polish border area');
    expect(borderArea('The tanks moved to the border between Poland and Ukraine.', 10)).toBeNull();
    expect(borderArea('Some units were withdrawing from the border near Ukraine - a first sign.', 16)?.name).toBe('Ukrainian border area');
  });

  it('does not replace a town the sentence names', () => {
    const e = top(eventsOf({ text: 'Shelling hit Hilltown near the border with Ukraine on Monday.', places: [town('Hilltown'), country('Ukraine', 'UA')] }));
    expect(e.location?.name).toBe('Hilltown');
  });
});

describe('what an act is in support of', () => {
  it('is not where it was decided: the acting government is', () => {
    const e = top(eventsOf({ text: 'The Estonian parliament passed a resolution in support of Ukraine on Tuesday.', places: [country('Ukraine', 'UA')] })
      .filter((x) => x.type.startsWith('decision')));
    expect(e.location).toMatchObject({ kind: 'country', country: 'EE' });
  });
});

describe('the town of an official', () => {
  it('is the place of what happened when the sentence names no better one', () => {
    const e = top(eventsOf({ text: 'The mayor of Hilltown said two explosions had cut the power supplied by Ruritania.',
      places: [town('Hilltown'), country('Ruritania', 'RU')] }).filter((x) => x.type.startsWith('explosion')));
    expect(e.location?.name).toBe('Hilltown');
  });
});

describe('the acting country', () => {
  it('is not the country of a source introduced by "according to"', () => {
    const text = 'The ministry ordered schools to close, according to a report by British intelligence.';
    expect(actingCountry(tokenize(text), text.indexOf('ordered'))).toBeUndefined();
  });
});

describe('the place annotator', () => {
  it('reads a river\'s name without the article as the city named after it', () => {
    const { doc } = run('Debris of a downed missile fell on a village near Dnieper in central Ukraine on Sunday.');
    const p = doc.sections.flatMap((s) => s.places).find((x) => x.text === 'Dnieper');
    expect(p?.place).toMatchObject({ name: 'Dnipro', kind: 'settlement' });
  });

  it('reads a village named in apposition to "city" or "town"', () => {
    const { doc } = run('Marines stormed the small mining town Vuhledar in late January.');
    const p = doc.sections.flatMap((s) => s.places).find((x) => x.text === 'Vuhledar');
    expect(p?.place).toMatchObject({ name: 'Vuhledar', admin1: 'Donetsk' });
  });
});

describe('two places as one scene', () => {
  it('never lie in two countries, even when one is a region with no oblast', () => {
    const region = { name: 'Donbas', geonameId: null, lat: 48.3, lon: 38.3, country: 'UA', admin1: null, kind: 'region' as const, precision: 3 as const };
    const town = { name: 'Hilltown', geonameId: null, lat: 48.1, lon: 11.6, country: 'DE', admin1: 'Bavaria', kind: 'settlement' as const, precision: 1 as const };
    expect(placesCompatible(region, town)).toBe(false);
    expect(placesCompatible(region, { ...town, country: 'UA', admin1: 'Donetsk' })).toBe(true);
  });
});

describe('the agent of a statement', () => {
  it('is its government when it is a town: "by Hilltown" after the act', () => {
    const e = top(eventsOf({ text: 'The exercises were agreed to by Hilltown on Monday.', places: [{ text: 'Hilltown', place: { name: 'Hilltown', country: 'BY' } }] })
      .filter((x) => x.type === 'agreement'));
    expect(e.location).toMatchObject({ kind: 'country', country: 'BY' });
  });
});

describe('a sea named "Sea of X"', () => {
  it('is the sea, not the town that shares its last word', () => {
    const { doc } = run('Warships blocked the Sea of Azov for a week.');
    const p = doc.sections.flatMap((s) => s.places).find((x) => x.text.includes('Azov'));
    expect(p?.place).toMatchObject({ name: 'Sea of Azov', kind: 'water' });
    expect(p?.text).toBe('Sea of Azov');
  });
});

describe('"across the country"', () => {
  it('places the event in the acting side\'s country, not at a town named for something else', () => {
    const e = top(eventsOf({ text: 'Ruritanian soldiers across the country were put on high alert as rebels marched towards Hilltown.',
      places: [{ text: 'Hilltown', place: { name: 'Hilltown', country: 'RU' } }],
      entities: [{ text: 'Ruritanian soldiers', canonical: 'Ruritanian soldiers', type: 'ORG', side: 'RU' }] }));
    expect(e.location).toMatchObject({ kind: 'country', country: 'RU' });
  });
});
