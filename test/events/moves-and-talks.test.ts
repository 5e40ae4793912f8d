// Moves of forces and talks held, on sentences written for these tests: a force that goes, sails or arrives
// somewhere is deployed there (not visiting); a unit ordered somewhere is deployed; two sides that talked, or
// a leader who talked by phone, held a call or talks; a deployment to a whole country is tied to that place,
// though no town or date is named.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

const brook = { name: 'Brookfield', admin1: 'Poltava', lat: 49.0, lon: 33.4, geonameId: 21 };
const freedonia = { name: 'Freedonia', admin1: null, country: 'FD', kind: 'country' as const, precision: 3, lat: 50, lon: 20, geonameId: 31 };
/** The candidates' types and triggers, with the day, Brookfield and Freedonia given as the annotator would. */
const typesOf = (text: string) => {
  const day = /on (Monday|Tuesday|Sunday)/.exec(text)?.[1];
  return eventsOf({
    text, timexes: day ? [{ text: day, value: '2024-06-03' }] : [],
    places: [
      ...(text.includes('Brookfield') ? [{ text: 'Brookfield', place: brook }] : []),
      ...(text.includes('Freedonia') ? [{ text: 'Freedonia', place: freedonia }] : []),
    ],
  }).map((e) => `${e.type} ${e.trigger?.text}`);
};

describe('forces on the move', () => {
  it('a force that goes, arrives or sails somewhere is deployed there', () => {
    expect(typesOf('The paratroopers will go to Brookfield on Monday.')).toContain('military.deployment go to');
    expect(typesOf('More attack helicopters arrived in Brookfield on Sunday.')).toContain('military.deployment arrived in');
    expect(typesOf('Two warships sailed through the strait towards Brookfield on Tuesday.')).toContain('military.deployment sailed through');
  });

  it('an official who travels to a place still visits it', () => {
    expect(typesOf('The minister flew to Brookfield on Monday to meet the soldiers.')).toContain('visit flew to');
  });

  it('a unit ordered somewhere is deployed; a release ordered is a decision', () => {
    expect(typesOf('The president ordered the airborne division to Brookfield on Monday.')).toContain('military.deployment ordered');
    expect(typesOf('The court ordered the release of the reporter on Monday.')).toContain('decision ordered');
  });

  it('forces pulled back from a build-up near a country give up no ground', () => {
    expect(typesOf('On Monday the ministry said it began to withdraw some of the troops massed in the areas neighbouring Freedonia.')).toContain('military.deployment withdraw');
  });

  it('a deployment to a whole country is tied to it without a town or a date', () => {
    expect(typesOf('The paratroopers will go to Freedonia, the spokesman said.')).toContain('military.deployment go to');
  });
});

describe('talks held', () => {
  it('a leader who talked about something by phone held a call', () => {
    expect(typesOf('The president talked about the crisis by phone with the chancellor on Monday.')).toContain('visit.call talked');
  });

  it('two sides that talked held talks; experts who talked about risks did not', () => {
    expect(typesOf('The foreign ministers of both countries talked on Sunday.')).toContain('visit.meeting talked');
    expect(typesOf('The experts talked about the risks on Sunday.').filter((t) => t.startsWith('visit'))).toEqual([]);
  });

  it('a refusal to act is a decision; declining to comment is not', () => {
    expect(typesOf('On Monday the government refused to hold the vote.')).toContain('decision refused to');
    expect(typesOf('The spokesman declined to comment on Monday.').filter((t) => t.startsWith('decision'))).toEqual([]);
  });
});

describe('transfers blocked', () => {
  it('a government that blocks a transfer of arms takes a decision', () => {
    expect(typesOf('On Monday the cabinet blocked the transfer of its howitzers from Freedonia to Brookfield.')).toContain('decision blocked');
  });
});
