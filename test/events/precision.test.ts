import { describe, expect, it } from 'vitest';
import { eventsOf, top } from './fixture.js';

describe('what is not an event, and captions', () => {
  it('leaving a deal is no withdrawal from ground', () => {
    expect(eventsOf('Moscow withdrew from the grain deal last week.').filter((e) => e.type === 'retreat.withdrawal')).toEqual([]);
  });

  it('a cyber attack is no armed clash', () => {
    expect(eventsOf('Hackers launched a cyber attack on government websites.').filter((e) => e.acled?.event_type === 'Battles')).toEqual([]);
  });

  it('"occupied" as an adjective is no capture', () => {
    expect(eventsOf('The mayor of the occupied town spoke to reporters.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
  });

  it('a bare caption naming soldiers yields a low-confidence presence event, an article sentence does not add one', () => {
    const caption = eventsOf('Russian soldiers near the shopping centre');
    expect(caption.map((e) => e.type)).toEqual(['military.presence']);
    expect(caption[0]!.confidence).toBeLessThan(0.5);
    const article = eventsOf('Russian soldiers near the shopping centre shelled the market.');
    expect(article.map((e) => e.type)).not.toContain('military.presence');
  });

  it('the doer of a passive verb is the "by" phrase', () => {
    const e = top(eventsOf({
      text: 'The village was captured by Russian forces on Sunday.',
      entities: [{ text: 'Russian forces', canonical: 'Military Forces of Russia', side: 'RU' }],
    }));
    expect(e.type).toBe('territory.capture');
    expect(e.actors[0]).toMatchObject({ name: 'Military Forces of Russia', role: 'actor1' });
  });

  it('"is to visit" is planned', () => {
    expect(top(eventsOf({ text: 'The chancellor is to visit the capital next week.', timexes: [{ text: 'next week', value: '2024-W12' }] })).modality).toBe('planned');
  });

  it('a month name is no march', () => {
    expect(eventsOf('March was a quiet month in the region.')).toEqual([]);
  });
});
