import { describe, expect, it } from 'vitest';
import { mentionOf, placesIn } from './helpers.js';
import { admin1Centroid } from '../../src/annotate/places/index.js';

describe('findPlaces', () => {
  it('resolves transliterations to one place', () => {
    const ms = placesIn('Shelling hit Kharkov and Zaporozhye overnight, and later Kajovka.');
    expect(mentionOf(ms, 'Kharkov')?.place.geonameId).toBe(706483);
    expect(mentionOf(ms, 'Zaporozhye')?.place.geonameId).toBe(687700);
    expect(mentionOf(ms, 'Kajovka')?.place.geonameId).toBe(707244);
  });

  it('gives spans that index the text', () => {
    const text = 'Officials in Kyiv said that drones struck Odesa on the coast.';
    const ms = placesIn(text);
    expect(ms.length).toBe(2);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('an area given with a name rules out namesakes abroad, and a renamed village answers to its English name', () => {
    const found = placesIn('Artillery hit New York, Donetsk region, on Tuesday.');
    const m = mentionOf(found, 'New York');
    expect(m?.place.country).toBe('UA');
    expect(m?.place.admin1).toBe('Donetsk');
    // Without an area a reader means the city in the United States.
    expect(mentionOf(placesIn('The delegation flew to New York on Tuesday.'), 'New York')?.place.country).toBe('US');
  });

  it('an area named bare, with no town of that name, is the area', () => {
    const m = mentionOf(placesIn('In 2014 the army seized Crimea within days.'), 'Crimea');
    expect(m?.place).toMatchObject({ kind: 'admin1', admin1: 'Crimea', country: 'UA' });
    // A town that bears an area's name is still the town.
    expect(mentionOf(placesIn('A missile hit Kherson on Friday.'), 'Kherson')?.place.kind).toBe('settlement');
    // An adjective of an area names no area.
    expect(mentionOf(placesIn('Crimean officials met on Friday.'), 'Crimean')).toBeUndefined();
  });

  it('writes the English name of a city abroad, not its own romanisation', () => {
    expect(mentionOf(placesIn('Fighters entered Rostov on Saturday.'), 'Rostov')?.place.name).toBe('Rostov-on-Don');
    expect(mentionOf(placesIn('The delegation flew to New York on Tuesday.'), 'New York')?.place.name).toBe('New York');
  });

  it('names the first-level area of a city abroad that the area tables know', () => {
    expect(mentionOf(placesIn('The ministers met in Munich on Friday.'), 'Munich')?.place.admin1).toBe('Bavaria');
    expect(mentionOf(placesIn('The summit opened in Madrid on Tuesday.'), 'Madrid')?.place.admin1).toBe('Community of Madrid');
    // A city in Ukraine keeps its oblast.
    expect(mentionOf(placesIn('A missile hit Kharkiv on Friday.'), 'Kharkiv')?.place.admin1).toBe('Kharkiv');
  });

  it('names a district as the text does, at its centre, and finds a centre that drops -ka before -skyi', () => {
    const ms = placesIn('Officials confirmed strikes on depots in Bashtanskyi and Beryslavskyi Raions on Tuesday.');
    expect(mentionOf(ms, 'Bashtanskyi')?.place).toMatchObject({ name: 'Bashtanskyi Raion', kind: 'admin2', admin1: 'Mykolaiv' });
    // A district named by its town keeps the town's name.
    const town = placesIn('Shelling hit the Nikopol district overnight.').find((m) => m.text.startsWith('Nikopol'));
    expect(town?.place).toMatchObject({ name: 'Nikopol', kind: 'admin2' });
  });

  it('prefers the populous namesake without context, the qualified one with it', () => {
    expect(mentionOf(placesIn('The port of Mykolaiv was shelled again.'), 'Mykolaiv')?.place.geonameId).toBe(700569);
    const qualified = placesIn('A depot burned in Mykolaiv, Lviv Oblast, on the western border.');
    expect(mentionOf(qualified, 'Mykolaiv')?.place.geonameId).toBe(700568);
    expect(mentionOf(qualified, 'Lviv Oblast')?.place.kind).toBe('admin1');
  });

  it('places an unknown village in the area named with it, at the area, precision 3', () => {
    const ms = placesIn('Drones hit the small settlement of Zarichne-Pidlisne in the Kherson region overnight.');
    const m = mentionOf(ms, 'Zarichne-Pidlisne');
    expect(m?.place.admin1).toBe('Kherson');
    expect(m?.place.precision).toBe(3);
    expect(m?.place.geonameId).toBeNull();
    expect(m?.place.lat).toBe(admin1Centroid('Kherson')!.lat);
    expect(mentionOf(ms, 'Kherson region')?.place.kind).toBe('admin1');
  });

  it('reads "X, Area" as a village of that area rather than a namesake elsewhere', () => {
    const m = mentionOf(placesIn('Russian forces shelled Hryhorivka, Zaporizhzhia region, with artillery.'), 'Hryhorivka');
    expect(m?.place.admin1).toBe('Zaporizhia');
  });

  it('knows area phrases in English, Ukrainian transliteration and Cyrillic', () => {
    const ms = placesIn('Strikes hit Donetsk and Luhansk oblasts. Khersonska oblast and Херсонська область were quiet.');
    expect(mentionOf(ms, 'Donetsk')?.place.admin1).toBe('Donetsk');
    expect(mentionOf(ms, 'Donetsk')?.place.kind).toBe('admin1');
    expect(mentionOf(ms, 'Luhansk oblasts')?.place.admin1).toBe('Luhansk');
    expect(mentionOf(ms, 'Khersonska oblast')?.place.admin1).toBe('Kherson');
    expect(mentionOf(ms, 'Херсонська область')?.place.admin1).toBe('Kherson');
  });

  it('skips demonyms, persons and organisations', () => {
    expect(placesIn('Russian and Ukrainian officials met, said President Vladimir Putin.')).toEqual([]);
    expect(placesIn('The Kyiv Post and the Azov regiment reported it.')).toEqual([]);
    expect(placesIn('The leader of the country, Volodimir Zelenskyy visited troops.').filter((m) => m.place.kind !== 'country')).toEqual([]);
    const ms = placesIn('Defence chief Lloyd Austin visited. Later Austin spoke in Kyiv.');
    expect(ms.map((m) => m.text)).toEqual(['Kyiv']);
  });

  it('finds renamed towns by their old names', () => {
    const ms = placesIn('Fighting around Artemivsk and Tsiurupynsk continued, as in Dnipropetrovsk.');
    expect(mentionOf(ms, 'Artemivsk')?.place.geonameId).toBe(713174);
    expect(mentionOf(ms, 'Tsiurupynsk')?.place.geonameId).toBe(691037);
    expect(mentionOf(ms, 'Dnipropetrovsk')?.place.geonameId).toBe(709930);
  });

  it('takes the known half of an unknown crossing name, but not of a one-word compound', () => {
    const ms = placesIn('Lorries queued at the Medyka-Shehyni crossing for days.');
    expect(mentionOf(ms, 'Medyka')?.place.geonameId).toBe(765028);
    const one = placesIn('Troops entered Kamianka-Zarichanska on Monday.');
    expect(one.some((m) => m.text === 'Kamianka')).toBe(false);
  });

  it('marks a place reached with "near" as precision 2', () => {
    const m = mentionOf(placesIn('Clashes were reported near Bakhmut.'), 'Bakhmut');
    expect(m?.place.geonameId).toBe(713174);
    expect(m?.place.precision).toBe(2);
  });
});

describe('findPlaces, lists and odd writing', () => {
  it('lets the area after a list hold for every name of it, but not for a list of cities', () => {
    const ms = placesIn('Shelling hit Zorianivka and Pidlisne-Persha, Sumy. Kyiv, Kharkiv and Odesa were hit too.');
    expect(mentionOf(ms, 'Zorianivka')?.place.admin1).toBe('Sumy');
    expect(mentionOf(ms, 'Pidlisne-Persha')?.place.admin1).toBe('Sumy');
    expect(mentionOf(ms, 'Kharkiv')?.place.geonameId).toBe(706483);
    expect(ms.map((m) => m.start)).toEqual([...ms.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('finds big cities written in lower case, and a facility by its town', () => {
    const ms = placesIn('troops seen in melitopol at dawn. The Mykolaiv Oncology Hospital was damaged.');
    expect(mentionOf(ms, 'melitopol')?.place.geonameId).toBe(701404);
    expect(mentionOf(ms, 'Mykolaiv')?.place.geonameId).toBe(700569);
    expect(placesIn('A lorry was seen in a bar near the square.')).toEqual([]);
  });

  it('reads lower-case words alike in plain ASCII text and in text with other letters', () => {
    // ASCII text takes a faster pattern; a letter beyond ASCII anywhere takes the Unicode one.
    const plain = placesIn('convoys left melitopol at dawn, drivers said.');
    const accented = placesIn('convoys left melitopol at dawn, drivers told Łukasz.');
    expect(mentionOf(plain, 'melitopol')?.start).toBe(13);
    expect(mentionOf(accented, 'melitopol')?.start).toBe(13);
    // Glued to a letter beyond ASCII it is no word of its own, in either case.
    expect(mentionOf(placesIn('convoys left melitopolł at dawn.'), 'melitopol')).toBeUndefined();
    expect(mentionOf(placesIn('convoys left łmelitopol at dawn.'), 'melitopol')).toBeUndefined();
  });
});

describe('findPlaces, Cyrillic', () => {
  it('finds nominative and inflected Ukrainian names', () => {
    const ms = placesIn('Вибухи у Харкові та Києві. Бої біля Бахмута. Запоріжжя без світла.');
    expect(mentionOf(ms, 'Харкові')?.place.geonameId).toBe(706483);
    expect(mentionOf(ms, 'Києві')?.place.geonameId).toBe(703448);
    expect(mentionOf(ms, 'Бахмута')?.place.precision).toBe(2);
    expect(mentionOf(ms, 'Запоріжжя')?.place.geonameId).toBe(687700);
    expect(ms.some((m) => m.text === 'Вибухи')).toBe(false);
  });
});

describe('findPlaces, districts', () => {
  it('reads adjectival district names as their centres and puts their villages there', () => {
    const ms = placesIn('A strike hit Zorianivka, Beryslavskyi district, on Monday. The Pokrovskyi raion was shelled.');
    const district = mentionOf(ms, 'Beryslavskyi district');
    expect(district?.place.kind).toBe('admin2');
    expect(district?.place.admin1).toBe('Kherson');
    const village = mentionOf(ms, 'Zorianivka');
    expect(village?.place.precision).toBe(3);
    expect(village?.place.lat).toBe(district?.place.lat);
    expect(mentionOf(ms, 'Pokrovskyi raion')?.place.geonameId).toBe(704422);
  });
});
