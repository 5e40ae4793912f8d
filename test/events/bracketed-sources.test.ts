// Sources that brackets hide from a plain reading, and report verbs beyond "said", on sentences written for
// these tests: "The Ruritanian Ministry of Defence (RMoD) claimed that ...", "... (the army said)", "bloggers
// amplified a claim that ...", "with some channels claiming that ...".
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const HILLTOWN = { text: 'Hilltown', place: { name: 'Hilltown' } };
const MONDAY = { text: 'Monday', value: '2024-03-11' };

describe('a source named with a bracket', () => {
  it('speaks through the abbreviation in brackets after its name', () => {
    const events = eventsOf({
      text: 'The Ruritanian Ministry of Defence (RMoD) claimed on Monday that its troops captured Hilltown.',
      timexes: [MONDAY], places: [HILLTOWN],
    });
    const capture = events.find((e) => e.type.startsWith('territory'));
    expect(capture?.source?.name).toMatch(/Ministry of Defence/);
    expect(capture?.modality).toBe('claimed');
  });

  it('in brackets after the happening, speaks for what came before', () => {
    const events = eventsOf({
      text: 'Enemy artillery shelled Hilltown on Monday (the regional governor said), and the strikes went on into the night.',
      timexes: [MONDAY], places: [HILLTOWN],
    });
    expect(events.find((e) => e.type === 'strike.shelling')?.source?.name).toBe('regional governor');
  });
});

describe('report verbs that pass a claim on', () => {
  it('"amplified a claim that" names who amplified it', () => {
    const events = eventsOf({
      text: 'Several milbloggers amplified a claim that their forces repelled two assaults near Hilltown on Monday.',
      timexes: [MONDAY], places: [HILLTOWN],
    });
    expect(events.find((e) => e.type === 'battle.armed-clash')?.source?.name).toBe('Several milbloggers');
  });

  it('a gerund of claiming beside its speaker names the speaker', () => {
    const events = eventsOf({
      text: 'Reports differed on Monday, with some channels claiming that the brigade withdrew from Hilltown.',
      timexes: [MONDAY], places: [HILLTOWN],
    });
    expect(events.find((e) => e.type.startsWith('retreat'))?.source?.name).toBe('some channels');
  });
});

describe('a participant telling of their own meeting', () => {
  it('is not its source; a speaker outside the meeting is', () => {
    const own = eventsOf({
      text: 'Petro Danylenko said he met the Freedonian envoy in Hilltown on Monday.',
      timexes: [MONDAY], places: [HILLTOWN],
      entities: [{ text: 'Petro Danylenko', canonical: 'Petro Danylenko', type: 'PERSON' }],
    });
    expect(own.find((e) => e.type === 'visit.meeting')?.source ?? null).toBeNull();
    const told = eventsOf({
      text: 'Petro Danylenko said the Freedonian envoy met rebel leaders in Hilltown on Monday.',
      timexes: [MONDAY], places: [HILLTOWN],
      entities: [{ text: 'Petro Danylenko', canonical: 'Petro Danylenko', type: 'PERSON' }],
    });
    expect(told.find((e) => e.type === 'visit.meeting')?.source?.name).toBe('Petro Danylenko');
  });
});
