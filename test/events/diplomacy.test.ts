// The candidates the rules propose for the happenings analysts log beside violence: meetings, calls, sanctions,
// aid, votes, orders, deployments and exercises; and one event per place of a listed strike.
import { describe, expect, it } from 'vitest';
import { eventsOf } from './fixture.js';

/** The types proposed for a sentence; a weekday in it is tagged as the time annotator would. */
const types = (text: string) => {
  const day = /\b(Monday|Tuesday|Friday)\b/.exec(text)?.[1];
  return eventsOf(day ? { text, timexes: [{ text: day, value: '2024-03-15' }] } : text).map((e) => e.type);
};

describe('diplomacy, decisions and military moves', () => {
  it('meetings, talks and calls', () => {
    expect(types('The two foreign ministers met in Geneva on Tuesday.')).toContain('visit.meeting');
    expect(types('Delegations held talks for five hours on Tuesday.')).toContain('visit.meeting');
    expect(types('The chancellor spoke by phone with the president on Friday.')).toContain('visit.call');
    expect(types('The leaders had a phone call about grain exports on Monday.')).toContain('visit.call');
  });

  it('going to a named place is a visit; going to war or to the polls is not', () => {
    expect(types('The chancellor will be in Kyiv on Monday and the next day he will go to Moscow.')).toContain('visit');
    expect(types('The envoy headed to Warsaw on Friday.')).toContain('visit');
    expect(types('Voters will go to the polls on Sunday.')).not.toContain('visit');
    expect(types('The country will not go to war over the islands.')).not.toContain('visit');
    expect(types('Two thousand paratroopers will go to Romania next week.')).not.toContain('visit');
  });

  it("a vote whose object is sanctions is the sanctions decision, told once", () => {
    const found = types('The European Union adopted a new package of sanctions against Russia on Monday.');
    expect(found).toContain('decision.sanctions');
    expect(found).not.toContain('decision.vote');
  });

  it('sanctions, aid, votes and orders', () => {
    expect(types('The council adopted new sanctions against the bank on Monday.')).toContain('decision.sanctions');
    expect(types('The ministry announced a military aid package worth 300 million dollars on Tuesday.')).toContain('decision.aid');
    expect(types('Norway sent two air defence systems to the army on Friday.')).toContain('decision.aid');
    expect(types('The parliament approved the bill by a large majority.')).toContain('decision.vote');
    expect(types('The embassy ordered the evacuation of its staff.')).toContain('decision');
  });

  it('deployments and exercises', () => {
    expect(types('The alliance deployed two more battalions to the border.')).toContain('military.deployment');
    expect(types('Naval exercises began in the northern sea on Monday.')).toContain('military.exercise');
  });

  it('a demand is no event of what is demanded', () => {
    expect(types('The envoy urged both armies to withdraw from the bridge.')).not.toContain('retreat.withdrawal');
    expect(types('The army withdrew from the bridge.')).toContain('retreat.withdrawal');
  });

  it('a strike on a list of places is one event per place; a place named for distance is not on the list', () => {
    const hill = { text: 'Hilltown', place: { name: 'Hilltown', lat: 48.1 } };
    const dale = { text: 'Daleville', place: { name: 'Daleville', lat: 48.2 } };
    const marsh = { text: 'Marshby', place: { name: 'Marshby', lat: 48.3 } };
    const listed = eventsOf({ text: 'Artillery shelled Hilltown, Daleville and Marshby on Monday.', places: [hill, dale, marsh], timexes: [{ text: 'Monday', value: '2024-03-11' }] });
    expect(listed.filter((e) => e.type === 'strike.shelling').map((e) => e.location?.name).sort()).toEqual(['Daleville', 'Hilltown', 'Marshby']);
    const surrounding = eventsOf({ text: 'Artillery shelled Hilltown and the surrounding villages of Daleville and Marshby.', places: [hill, dale, marsh] });
    expect(surrounding.filter((e) => e.type === 'strike.shelling')).toHaveLength(3);
    const distance = eventsOf({ text: 'Artillery shelled Hilltown, 12 km north of Daleville.', places: [hill, dale] });
    expect(distance.filter((e) => e.type === 'strike.shelling').map((e) => e.location?.name)).toEqual(['Hilltown']);
  });
});
