import { describe, expect, it } from 'vitest';
import { eventsOf, top } from './fixture.js';

const sub = (text: string) => top(eventsOf(text)).acled?.sub_event_type;
/** The sub-type of the sentence's event of one family, where the sentence gives other candidates as well (which
 * of them the learned decision ranks first is not what these tests are about). */
const subOf = (text: string, family: string) => eventsOf(text).find((e) => e.type.startsWith(family))?.acled?.sub_event_type;

describe('event types from trigger rules', () => {
  it('shelling, missiles and air strikes', () => {
    expect(sub('On Monday, Russian forces shelled the outskirts of the village with artillery.')).toBe('Shelling/artillery/missile attack');
    expect(sub('Russian forces launched three missiles at the city overnight.')).toBe('Shelling/artillery/missile attack');
    expect(sub('Russian aviation carried out air strikes near the bridge.')).toBe('Air/drone strike');
  });

  it('an aerial weapon in the same clause outranks shelling, as ACLED codes it', () => {
    expect(sub('Enemy troops shelled the village and then attacked it with kamikaze drones.')).toBe('Air/drone strike');
    expect(sub('The brigade destroyed an enemy mortar by dropping a mine from a drone.')).toBe('Air/drone strike');
  });

  it('a ground assault outranks the shelling that came with it', () => {
    expect(sub('Russian forces shelled, assaulted and were repelled from positions near the river.')).toBe('Armed clash');
    expect(sub('The rebels fired at army positions with small arms and mortars.')).toBe('Armed clash');
    expect(sub('The rebels fired at army positions with mortars.')).toBe('Shelling/artillery/missile attack');
  });

  it('interceptions and defusals are disrupted weapons use', () => {
    expect(sub('Air defence units shot down twelve drones over the region.')).toBe('Disrupted weapons use');
    expect(sub('Sappers defused an unexploded missile found in a garden.')).toBe('Disrupted weapons use');
  });

  it('who takes ground decides regained or overtaken territory', () => {
    const ua = eventsOf({ text: 'Ukrainian forces recaptured the village after heavy fighting.', entities: [{ text: 'Ukrainian forces', canonical: 'Military Forces of Ukraine', side: 'UA' }] });
    expect(top(ua).acled?.sub_event_type).toBe('Government regains territory');
    expect(sub('Following clashes, Russian forces captured the settlement.')).toBe('Non-state actor overtakes territory');
  });

  it('explosives: a landmine, a thrown grenade, found ordnance', () => {
    expect(sub('A tractor driver was wounded when a landmine went off in a field.')).toBe('Remote explosive/landmine/IED');
    expect(subOf('Two soldiers were killed in a grenade explosion at the checkpoint.', 'explosive')).toBe('Grenade');
    expect(sub('A boy was injured when an old grenade he had found exploded.')).toBe('Remote explosive/landmine/IED');
  });

  it('violence against civilians: attacks, abductions', () => {
    expect(sub('Two masked men attacked a local official in his stairwell and stabbed him.')).toBe('Attack');
    expect(sub('Soldiers kidnapped, tortured and killed a farmer accused of helping the army.')).toBe('Attack');
    expect(sub('Occupation forces forcibly relocated the patients of a care home.')).toBe('Abduction/forced disappearance');
  });

  it('protests, interventions and riots', () => {
    expect(sub('About fifty people protested outside the town hall, demanding higher wages.')).toBe('Peaceful protest');
    expect(sub('Students rallied in the square and police detained several protesters.')).toBe('Protest with intervention');
    // The sentence also gives a meeting candidate ("gathered"), at a confidence as high as the riot's.
    expect(subOf('A group of men threw smoke bombs at a crowd gathered for a rally.', 'riot')).toBe('Violent demonstration');
  });

  it('a clause with no war event yields nothing', () => {
    expect(eventsOf('The central bank kept its forecast for economic growth at two percent.')).toEqual([]);
  });

  it('what is destroyed or collapses in argument or history is no damage; buildings and weapons are', () => {
    const damage = (text: string) => eventsOf(text).filter((e) => e.type === 'infrastructure.damage').length;
    expect(damage('The minister said the invasion destroyed the old balance of power on the continent.')).toBe(0);
    expect(damage('Her father left the country after the collapse of the Soviet Union.')).toBe(0);
    expect(damage('The scandal damaged trust between the two allies.')).toBe(0);
    expect(damage('Soldiers destroyed the bridge over the river on Tuesday.')).toBe(1);
    expect(damage('The bridge over the river was destroyed on Tuesday.')).toBe(1);
    expect(damage('Part of the school building collapsed on Tuesday.')).toBe(1);
    expect(damage('The regiment destroyed an air defence system near the airfield.')).toBe(1);
  });

  it('several events in one sentence, of different kinds', () => {
    const types = eventsOf('Soldiers looted shops in the town and arrested two teachers.').map((e) => e.type);
    expect(types).toContain('looting');
    expect(types).toContain('arrest');
  });

  it('PLOVER category and mode come with the type', () => {
    const e = top(eventsOf('The troops withdrew from the town.'));
    expect(e.type).toBe('retreat.withdrawal');
    expect(e.plover).toBe('RETREAT');
    expect(e.ploverMode).toBe('withdraw');
    expect(e.acled?.sub_event_type).toBe('Non-violent transfer of territory');
  });

  it('ground operations in a battlefield report\'s words: breaking through, pushing on, reconnaissance in force, fighting continued', () => {
    const hill = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];
    const day = [{ text: 'June 3', value: '2024-06-03' }];
    const typesOf = (text: string) => eventsOf({ text, places: hill, timexes: day }).map((e) => e.type);
    expect(typesOf('Enemy troops attempted to break through the defensive lines near Hilltown on June 3.')).toContain('battle.armed-clash');
    expect(typesOf('Enemy forces continued efforts to push westward on Hilltown on June 3.')).toContain('battle.armed-clash');
    expect(typesOf('Enemy forces conducted a reconnaissance-in-force near Hilltown on June 3.')).toContain('battle.armed-clash');
    expect(typesOf('Enemy forces continued to fight on the outskirts of Hilltown on June 3.')).toContain('battle.armed-clash');
    expect(typesOf('Enemy forces attempted to improve their tactical positions near Hilltown on June 3.')).toContain('battle.armed-clash');
    expect(typesOf('Enemy forces made minor territorial gains near Hilltown on June 3.')).toContain('territory.capture');
  });

  it('pushing for talks, breakthroughs in science and gains in the polls are no fighting', () => {
    expect(eventsOf('The minister pushed for new talks with the neighbours on Monday.').filter((e) => e.type.startsWith('battle'))).toEqual([]);
    expect(eventsOf('The laboratory announced a medical breakthrough on Monday.').filter((e) => e.type.startsWith('battle'))).toEqual([]);
    expect(eventsOf('The ruling party made gains in the polls on Monday.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
  });
});
