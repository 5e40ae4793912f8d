import { describe, expect, it } from 'vitest';
import { dayAt, entitiesFor } from './build.js';
import { entityAt, sideOf, sourceAt } from '../../src/annotate/entities/index.js';

describe('organisations and institutions', () => {
  it('resolves a defence ministry by its qualifier, and a bare one by the nearest qualified mention', () => {
    const b = entitiesFor("Ukraine's Defense Ministry said the town was retaken. The ministry later added details; the Defense Ministry posted video.");
    const first = b.find('Defense Ministry');
    expect(first?.canonical).toBe('Ministry of Defence of Ukraine');
    // Two named mentions and "the ministry", the only ministry in the text.
    expect(b.all.filter((e) => e.canonical === 'Ministry of Defence of Ukraine').map((e) => e.text)).toEqual(['Defense Ministry', 'ministry', 'Defense Ministry']);
    const ru = entitiesFor('The Russian Defence Ministry claimed the strike.');
    expect(ru.find('Russian Defence Ministry')?.canonical).toBe('Ministry of Defence of Russia');
    expect(ru.find('Russian Defence Ministry')?.side).toBe('RU');
  });

  it('reads the country from an "of ..." suffix', () => {
    const b = entitiesFor('The General Staff of the Armed Forces of Ukraine reported 40 clashes.');
    expect(b.all[0]?.canonical).toBe('General Staff of the Armed Forces of Ukraine');
  });

  it('names fixed organisations, acronyms only in capitals', () => {
    const b = entitiesFor('The SBU detained an agent, the IAEA sent inspectors and the World Bank cut its forecast. The sbu word means nothing.');
    expect(b.find('SBU')?.canonical).toBe('Security Service of Ukraine (SBU)');
    expect(b.find('IAEA')?.type).toBe('ORG');
    expect(b.find('World Bank')?.canonical).toBe('World Bank');
    expect(b.find('sbu')).toBeUndefined();
  });

  it('finds organisations the tables do not know, and stops at the name of the next person', () => {
    const b = entitiesFor('The Riverside Oblast Military Administration said the head of the Lakeside Charitable Foundation Ilko Marchuk was safe.');
    expect(b.find('Riverside Oblast Military Administration')?.type).toBe('ORG');
    expect(b.find('Lakeside Charitable Foundation')?.type).toBe('ORG');
    expect(b.find('Ilko Marchuk')?.type).toBe('PERSON');
  });

  it('does not let a guessed organisation cut across a known unit', () => {
    const b = entitiesFor('Elements of the 68th Army Corps of the Eastern Military District moved north.');
    expect(b.find('68th Army Corps')?.side).toBe('RU');
    expect(b.find('Eastern Military District')?.type).toBe('ORG');
  });

  it('gives named units a side from naming habits or a qualifier', () => {
    const b = entitiesFor('Elements of the 1st Guards Tank Army withdrew while the Ukrainian 93rd Brigade advanced.');
    expect(b.find('1st Guards Tank Army')?.side).toBe('RU');
    expect(b.find('93rd Brigade')?.side).toBe('UA');
  });
});

describe('groups', () => {
  it('names force descriptions in ACLED style', () => {
    const b = entitiesFor('Russian troops withdrew as Ukrainian forces advanced; the occupiers shelled the bank.');
    expect(b.find('Russian troops')?.canonical).toBe('Military Forces of Russia (2000-)');
    expect(b.find('Ukrainian forces')?.canonical).toBe('Military Forces of Ukraine (2019-)');
    expect(b.find('occupiers')?.side).toBe('RU');
  });

  it('uses the era name before 2019 for Ukraine', () => {
    const b = entitiesFor('Ukrainian troops returned fire near the line.', { published: '2018-04-02' });
    expect(b.find('Ukrainian troops')?.canonical).toBe('Military Forces of Ukraine (2014-2019)');
  });

  it('judges the era by a full date in the sentence before the publication day', () => {
    const text = 'On 9 October 2017, separatists fired at Ukrainian troops near the village.';
    const b = entitiesFor(text, { published: '2024-02-20', timexes: (s) => dayAt(s, '9 October 2017', '2017-10-09') });
    expect(b.find('Ukrainian troops')?.canonical).toBe('Military Forces of Ukraine (2014-2019)');
    expect(b.find('separatists')?.canonical).toBe('NAF: United Armed Forces of Novorossiya');
    const later = entitiesFor(text.replace('2017', '2023'), { published: '2024-02-20' });
    expect(later.find('separatists')?.canonical).toBe("Military Forces of Russia (2000-) Donetsk People's Militia");
  });

  it('splits coordinated qualifiers into two forces', () => {
    const b = entitiesFor('Ukrainian and Russian forces clashed near the river.');
    expect(b.find('Ukrainian')?.canonical).toBe('Military Forces of Ukraine (2019-)');
    expect(b.find('Russian forces')?.canonical).toBe('Military Forces of Russia (2000-)');
  });

  it('does not take a force noun that modifies another noun as an actor', () => {
    const b = entitiesFor('Ships left the Russian military base at dawn.');
    expect(b.all.filter((e) => e.type === 'GROUP')).toEqual([]);
  });

  it('names social groups with their country', () => {
    const b = entitiesFor('Polish farmers blocked trucks at the crossing while protesters gathered.');
    expect(b.find('Polish farmers')?.canonical).toBe('Farmers (Poland)');
    expect(b.find('protesters')?.canonical).toMatch(/^Protesters \(/);
  });
});

describe('lookup for events', () => {
  it('finds the entity covering a span, else the nearest in the sentence', () => {
    const b = entitiesFor('Russian troops shelled the village, the SBU said. Nothing else happened.');
    const s = b.sections.find((x) => x.section.kind === 'body')!;
    const text = s.section.text.text;
    const shelled = text.indexOf('shelled');
    expect(entityAt(s, shelled, shelled + 7, { types: ['GROUP'] })?.text).toBe('Russian troops');
    expect(entityAt(s, shelled, shelled + 7, { types: ['ORG', 'PERSON'] })?.text).toBe('SBU');
    const nothing = text.indexOf('Nothing');
    expect(entityAt(s, nothing, nothing + 7)).toBeNull();
  });

  it('finds the source a statement is attributed to', () => {
    const b = entitiesFor(
      'Russian troops left the town, the Ukrainian Defense Ministry said. According to Governor Marta Kovalchuk, two people died. Putin visited Minsk.',
    );
    const s = b.sections.find((x) => x.section.kind === 'body')!;
    const text = s.section.text.text;
    const left = text.indexOf('left');
    expect(sourceAt(s, left, left + 4)?.canonical).toBe('Ministry of Defence of Ukraine');
    const died = text.indexOf('died');
    expect(sourceAt(s, died, died + 4)?.text).toBe('Marta Kovalchuk');
    const visited = text.indexOf('visited');
    expect(sourceAt(s, visited, visited + 7)).toBeNull();
  });

  it('tells the side of canonical names', () => {
    expect(sideOf('Military Forces of Russia (2000-) Air Force')).toBe('RU');
    expect(sideOf('Civilians (Ukraine)')).toBe('UA');
    expect(sideOf('Vladimir Putin')).toBe('RU');
    expect(sideOf('Ministry of Defence of Ukraine')).toBe('UA');
    expect(sideOf('Someone Unknown')).toBeNull();
  });
});
