// Who says so, on sentences written for these tests: a speech word inside a name is no speech, a phrase of
// time or place before the verb is no subject, a titled person speaking is the person, and reporting verbs
// that frame what was said (accused, promised) name their speaker too.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const sourceOf = (events: ReturnType<typeof eventsOf>, type: string) => events.find((e) => e.type === type)?.source?.name ?? null;

describe('the source of an event', () => {
  it('"States" in a country\'s name is no speech word; the speaker said it after', () => {
    const events = eventsOf({
      text: 'The United States will send 2,000 more troops to Ruritania next week, the defence department said on Wednesday.',
      timexes: [{ text: 'next week', value: '2024-W12' }, { text: 'Wednesday', value: '2024-03-13' }],
      entities: [{ text: 'United States', canonical: 'United States', type: 'ORG' }, { text: 'Ruritania', canonical: 'Ruritania', type: 'ORG' }],
    });
    const names = events.map((e) => e.source?.name);
    expect(names).not.toContain('United');
    expect(names).toContain('defence department');
  });

  it('a day before the verb is no subject: the country announcing is', () => {
    const events = eventsOf({
      text: 'Freedonia on Friday announced a further $40 million in humanitarian aid to Ruritania.',
      timexes: [{ text: 'Friday', value: '2024-03-15' }],
      entities: [{ text: 'Freedonia', canonical: 'Freedonia', type: 'ORG' }, { text: 'Ruritania', canonical: 'Ruritania', type: 'ORG' }],
    });
    expect(events.every((e) => e.actors.every((a) => a.name !== 'Friday'))).toBe(true);
    expect(events.map((e) => e.source?.name)).toContain('Freedonia');
  });

  it('the head of an office named with the office speaks as himself', () => {
    const events = eventsOf({
      text: 'Northern Region Administration Head Petro Danylenko reported that enemy artillery shelled Hilltown on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
      entities: [
        { text: 'Northern Region Administration', canonical: 'Northern Region Administration', type: 'ORG' },
        { text: 'Petro Danylenko', canonical: 'Petro Danylenko', type: 'PERSON' },
      ],
    });
    expect(sourceOf(events, 'strike.shelling')).toBe('Petro Danylenko');
  });

  it('"accused X of shelling" names who accuses', () => {
    const events = eventsOf({
      text: 'The separatist authorities accused the army of shelling Hilltown on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
    });
    expect(sourceOf(events, 'strike.shelling')).toBe('separatist authorities');
  });

  it('a happening told outside what the speaker says is the article\'s own: "In his call with X, Y warned that"', () => {
    const events = eventsOf({
      text: 'In his phone call with the Freedonian president on Monday, the Ruritanian leader warned that sanctions would follow.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
    });
    const call = events.find((e) => e.type.startsWith('visit'));
    expect(call).toBeDefined();
    expect(call!.source).toBeNull();
  });

  it('two speakers in one sentence each speak for their own clause', () => {
    const events = eventsOf({
      text: 'The army reported that it repelled an assault near Hilltown, while enemy milbloggers claimed that their troops captured Portbridge.',
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }, { text: 'Portbridge', place: { name: 'Portbridge' } }],
    });
    expect(events.find((e) => e.type === 'territory.capture')?.source?.name).toBe('enemy milbloggers');
    expect(events.find((e) => e.type === 'battle.armed-clash')?.source?.name).toBe('army');
  });

  it('the name that opens an apposition speaks, not the last noun inside it', () => {
    const events = eventsOf({
      text: 'Petro Danylenko, the mayor of a town under enemy occupation, said two explosions hit Hilltown on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
      entities: [{ text: 'Petro Danylenko', canonical: 'Petro Danylenko', type: 'PERSON' }],
    });
    expect(events.map((e) => e.source?.name)).toContain('Petro Danylenko');
    expect(events.map((e) => e.source?.name)).not.toContain('enemy occupation');
  });

  it('a role named after the verb and its holder: "..., said the mayor, Petro Danylenko"', () => {
    const events = eventsOf({
      text: 'Enemy missiles struck a school in Hilltown on Monday, said the mayor, Petro Danylenko.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
      entities: [{ text: 'Petro Danylenko', canonical: 'Petro Danylenko', type: 'PERSON' }],
    });
    expect(events.find((e) => e.type.startsWith('strike'))?.source?.name).toBe('Petro Danylenko');
  });

  it('a passive report names no speaker; footage shows rather than says', () => {
    const passive = eventsOf({
      text: 'The capture of Hilltown was announced on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
    });
    expect(passive.every((e) => e.source === null)).toBe(true);
    const footage = eventsOf({
      text: 'Footage posted on Monday showed enemy artillery shelling Hilltown.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }],
    });
    expect(footage.every((e) => e.source === null)).toBe(true);
  });

  it('a capital speaks for its government, and the source is named as the text names it', () => {
    const events = eventsOf({
      text: 'Portbridge said on Monday it was sending 500 more troops to Hilltown.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }],
      places: [{ text: 'Portbridge', place: { name: 'Portbridge' } }, { text: 'Hilltown', place: { name: 'Hilltown' } }],
      entities: [{ text: 'Portbridge', canonical: 'Government of Ruritania', type: 'ORG' }],
    });
    expect(events.map((e) => e.source?.name)).toContain('Portbridge');
  });
  it('a speaker named only in a later retelling does not speak for the article\'s own sentence', () => {
    const events = eventsOf({
      text: 'Enemy missiles struck a school in Hilltown on Monday. The regional governor said that the missiles struck Hilltown on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }, { text: 'Monday', value: '2024-03-11', nth: 1 }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }, { text: 'Hilltown', place: { name: 'Hilltown' }, nth: 1 }],
    });
    const strike = events.find((e) => e.type.startsWith('strike'));
    expect(strike?.evidence).toHaveLength(2);
    expect(strike?.source).toBeNull();
    expect(strike?.modality).toBe('asserted');
  });

  it('a speaker in the cited sentence still speaks for it when a retelling is folded in', () => {
    const events = eventsOf({
      text: 'The regional governor said that enemy missiles struck a school in Hilltown on Monday. The missiles struck Hilltown on Monday.',
      timexes: [{ text: 'Monday', value: '2024-03-11' }, { text: 'Monday', value: '2024-03-11', nth: 1 }],
      places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }, { text: 'Hilltown', place: { name: 'Hilltown' }, nth: 1 }],
    });
    expect(events.find((e) => e.type.startsWith('strike'))?.source?.name).toBe('regional governor');
  });
  it('a speaker of a vaguer telling does not speak for the clearer one the event cites from another sentence', () => {
    const events = eventsOf({
      text: 'The general staff reported that Bordurian forces continued limited offensive operations near Marshville on Tuesday. Ruritanian troops repelled a Bordurian attack on Marshville.',
      timexes: [{ text: 'Tuesday', value: '2024-03-12' }],
      places: [{ text: 'Marshville', place: { name: 'Marshville' } }, { text: 'Marshville', place: { name: 'Marshville' }, nth: 1 }],
    });
    const clash = events.find((e) => e.type.startsWith('battle'));
    expect(clash?.trigger?.text).toBe('repelled');
    expect(clash?.source).toBeNull();
  });
});
