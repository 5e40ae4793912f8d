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

  it('a bare caption naming soldiers yields a presence event (a sighting, as CIR codes them), an article sentence does not add one', () => {
    const caption = eventsOf('Russian soldiers near the shopping centre');
    expect(caption.map((e) => e.type)).toEqual(['military.presence']);
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

  it('one launches weapons or attacks, not an invasion or an inquiry', () => {
    expect(eventsOf('Two years ago Russia launched its invasion.').filter((e) => e.type.startsWith('strike'))).toEqual([]);
    expect(eventsOf('The ministry launched an inquiry into the bridge contract.')).toEqual([]);
    expect(eventsOf({ text: 'Russian forces launched three missiles at Hilltown.', places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }] }).map((e) => e.type)).toContain('strike.missile');
  });

  it('warnings of strikes and riot police are no strikes and no riots', () => {
    expect(eventsOf('The air raid alert in the region was lifted at noon.').filter((e) => e.type === 'strike.air')).toEqual([]);
    expect(eventsOf('Riot police guarded the ministry overnight.').filter((e) => e.type.startsWith('riot'))).toEqual([]);
    expect(eventsOf('The court issued an arrest warrant for the governor.').filter((e) => e.type === 'arrest')).toEqual([]);
  });

  it('"blasted" as criticism is no explosion; a blast is', () => {
    expect(eventsOf('The minister blasted the plan as reckless.').filter((e) => e.type.startsWith('explosion'))).toEqual([]);
    expect(eventsOf('A blast shook the port of Hilltown.').map((e) => e.type)).toContain('explosion.unspecified');
  });

  it('capturing soldiers takes no ground; the flag raised must be the object', () => {
    expect(eventsOf('The brigade captured 40 enemy soldiers near the river.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
    expect(eventsOf('Critics raised concerns about a false-flag operation.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
    expect(eventsOf('Soldiers raised the flag over the town hall.').map((e) => e.type)).toContain('territory.capture');
  });

  it('a view is not reinforced the way troops are', () => {
    expect(eventsOf('The summer only reinforced that view.')).toEqual([]);
    expect(eventsOf('Moscow reinforced its troops near the border.').map((e) => e.type)).toContain('group.change');
  });

  it('a trigger word inside a person\'s name is no trigger', () => {
    const text = 'Burns met the prime minister in the capital.';
    expect(eventsOf({ text, entities: [{ text: 'Burns', canonical: 'William Burns', type: 'PERSON' }] }).filter((e) => e.type === 'infrastructure.damage')).toEqual([]);
  });

  it('the war named as a whole is no happening; a headline about one attack is', () => {
    expect(eventsOf("Sanctions followed Russia's attack on Ukraine.").filter((e) => e.type.startsWith('battle'))).toEqual([]);
    expect(eventsOf('An attack on Israel killed two people on Sunday.').map((e) => e.type)).toContain('battle.armed-clash');
  });

  it('"sent to fight" is a purpose, not a battle', () => {
    expect(eventsOf('Thousands of troops were sent to fight in the east.').filter((e) => e.type.startsWith('battle'))).toEqual([]);
  });

  it('crowds visiting a memorial make no visit; an envoy does', () => {
    expect(eventsOf('Last year 500,000 people visited the memorial in Hilltown.').filter((e) => e.type === 'visit')).toEqual([]);
    expect(eventsOf({ text: 'The envoy visited Hilltown on Friday.', places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }], timexes: [{ text: 'Friday', value: '2024-03-15' }] }).map((e) => e.type)).toContain('visit');
  });

  it('"the assault to Ukraine", as machine translation writes it, is the war as a whole', () => {
    expect(eventsOf("The leaders last met before Russia's assault to Ukraine.").filter((e) => e.type.startsWith('battle'))).toEqual([]);
  });

  it('participles that name a state are no happenings; a shelled building in a caption still is', () => {
    expect(eventsOf('She urged people to look at the images from liberated Ukrainian cities.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
    expect(eventsOf('No leader knows what it is like to meet the families of the killed ones.')).toEqual([]);
    expect(eventsOf({ text: 'A shelled cafe in Hilltown.', places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }] }).map((e) => e.type)).toContain('strike.shelling');
    expect(eventsOf({ text: 'Ukrainian forces recently liberated Hilltown.', places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }] }).map((e) => e.type)).toContain('territory.recapture');
  });

  it('a policy attacked in argument is no armed clash', () => {
    expect(eventsOf('He attacked Western policy and the government.').filter((e) => e.type.startsWith('battle'))).toEqual([]);
  });

  it('a captured vehicle is no taken ground; a coordinated verb keeps its subject', () => {
    expect(eventsOf('Fighters posed with a captured armoured vehicle.').filter((e) => e.type.startsWith('territory'))).toEqual([]);
    const hill = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];
    expect(eventsOf({ text: 'The army crossed the river and gained control over Hilltown.', places: hill }).map((e) => e.type)).toContain('territory.capture');
  });

  it('one side beating another in an election or a match is no assault; men beaten by soldiers are', () => {
    const assaults = (text: string) => eventsOf(text).filter((e) => e.type === 'violence.attack-civilians');
    expect(assaults('The opposition candidate beat the incumbent mayor in the runoff vote on Sunday.')).toEqual([]);
    expect(assaults('The visitors beat the home team 2-0 in the league on Saturday.')).toEqual([]);
    expect(assaults('Guards beat three detained farmers at the checkpoint on Saturday, their families said.')).toHaveLength(1);
  });

  it('political or economic damage is no damage a strike does; damage to a school is', () => {
    const damage = (text: string) => eventsOf(text).filter((e) => e.type === 'infrastructure.damage');
    expect(damage('The affair did serious political damage to the coalition last month.')).toEqual([]);
    expect(damage('The sanctions caused lasting economic damage in the region, the bank said on Monday.')).toEqual([]);
    expect(damage({ text: 'Falling debris damaged a school in Hilltown on Monday.', places: [{ text: 'Hilltown', place: { name: 'Hilltown' } }] })).toHaveLength(1);
  });

  it('troops pulled back from a border or an exercise move, they give up no ground; a withdrawal from a village does', () => {
    const typesOf = (text: string) => eventsOf(text).map((e) => e.type);
    expect(typesOf('The ministry said on Monday that several units were pulling back from the border after the drills.')).toContain('military.deployment');
    expect(typesOf('The ministry said on Monday that several units were pulling back from the border after the drills.')).not.toContain('retreat.withdrawal');
    const hill = [{ text: 'Hilltown', place: { name: 'Hilltown' } }];
    expect(eventsOf({ text: 'The battalion withdrew from the village of Hilltown near the border on Monday.', places: hill }).map((e) => e.type)).toContain('retreat.withdrawal');
  });
});
