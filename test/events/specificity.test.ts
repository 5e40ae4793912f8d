// General war talk is no event; a happening tied to a time, a place, a toll or a concrete thing is. The
// sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { eventsOf, top } from './fixture.js';

const hilltown = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];

describe('generic mentions are no events', () => {
  it('the war, an attack on a country, a fight in general', () => {
    expect(eventsOf('The fight for the east goes on.')).toEqual([]);
    expect(eventsOf({ text: "Russia's attack on Ukraine changed Europe.", places: [{ text: 'Ukraine', place: { name: 'Ukraine', kind: 'country' } }] })).toEqual([]);
    expect(eventsOf('Attacks on civilians must stop.')).toEqual([]);
    expect(eventsOf('For months the army has been bombarding cities across the country.')).toEqual([]);
  });

  it('a weapon word naming a kind of thing, a name, an idiom', () => {
    expect(eventsOf('The allies discussed sending more strike weapons.').filter((e) => e.type.startsWith('strike'))).toEqual([]);
    expect(eventsOf('Congress approved offensive military aid.').filter((e) => e.acled?.event_type === 'Battles')).toEqual([]);
    expect(eventsOf('The minister spoke about the Preventing Sexual Violence Initiative at the meeting.')).toEqual([]);
    expect(eventsOf('The moment was captured on video by a passer-by.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
  });

  it('other senses of trigger verbs', () => {
    expect(eventsOf({ text: 'In Hilltown, several professors were fired for their views.', places: hilltown }).filter((e) => e.type.startsWith('strike'))).toEqual([]);
    expect(eventsOf({ text: 'Rescuers in Hilltown pulled out two survivors alive.', places: hilltown }).filter((e) => e.type === 'retreat.withdrawal')).toEqual([]);
  });

  it('what may happen, with nothing to tie it to a time, is no event', () => {
    expect(eventsOf({ text: 'An offensive on Hilltown could change the course of the war.', places: hilltown })).toEqual([]);
    expect(eventsOf('Analysts say the army would likely attack in the south.')).toEqual([]);
  });
});

describe('specific happenings stay', () => {
  it('a time, a place, a toll or a concrete referent is enough', () => {
    expect(eventsOf({ text: 'Shelling resumed on Tuesday.', timexes: [{ text: 'Tuesday', value: '2024-03-12' }] }).length).toBe(1);
    expect(eventsOf({ text: 'Shelling hit Hilltown.', places: hilltown }).length).toBe(1);
    expect(eventsOf('Two civilians were killed in shelling.').length).toBeGreaterThan(0);
    expect(eventsOf('A missile hit the hospital.').length).toBe(1);
  });

  it('a past deed with its doer, also as "continued to ..."', () => {
    expect(top(eventsOf('Enemy troops shelled positions of the brigade.')).acled?.event_type).toBe('Explosions/Remote violence');
    expect(eventsOf('Enemy troops continued to shell positions of the brigade.').length).toBe(1);
    expect(eventsOf('Enemy troops plan to shell positions of the brigade.')).toEqual([]);
  });

  it('a named speaker makes a statement specific, a bare noun of speech does not', () => {
    const said = eventsOf({ text: 'Oleksiy Marchenko announced the evacuation.', entities: [{ text: 'Oleksiy Marchenko', canonical: 'Oleksiy Marchenko', type: 'PERSON' }] });
    expect(said.map((e) => e.type)).toContain('statement');
    const noun = eventsOf({ text: 'Oleksiy Marchenko spoke of a difficult decision.', entities: [{ text: 'Oleksiy Marchenko', canonical: 'Oleksiy Marchenko', type: 'PERSON' }] });
    expect(noun.filter((e) => e.type === 'decision')).toEqual([]);
  });
});

describe('an act of state by a named doer is a candidate without a time or a place', () => {
  it('a phone call and an arrest whose doers are named', () => {
    const ministries = [{ text: 'Ruritanian foreign ministry', canonical: 'Ruritanian foreign ministry', type: 'ORG' as const }, { text: 'Borduria', canonical: 'Borduria', type: 'ORG' as const }];
    expect(eventsOf({ text: 'The Ruritanian foreign ministry talked with Borduria by phone.', entities: ministries }).map((e) => e.type)).toContain('visit.call');
    const service = [{ text: 'Ruritanian security service', canonical: 'Ruritanian security service', type: 'ORG' as const }];
    expect(eventsOf({ text: 'The Ruritanian security service has arrested a deputy minister.', entities: service }).map((e) => e.type)).toContain('arrest');
  });

  it('fighting by a named army with nothing to tie it to one happening stays out', () => {
    expect(eventsOf({ text: 'The Ruritanian army has been shelling towns for months.', entities: [{ text: 'Ruritanian army', canonical: 'Ruritanian army', type: 'ORG' }] })).toEqual([]);
  });
});
