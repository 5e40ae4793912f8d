import { describe, expect, it } from 'vitest';
import { entitiesFor, placeAt } from './build.js';

describe('known people', () => {
  it('links transliteration variants and the bare surname to one canonical name and id', () => {
    const b = entitiesFor(
      'Leader visits the front\n\nPresident Volodimir Zelenskyy met soldiers near the front on Monday.\n\n' +
        'Later, Zelenskiy said the troops would hold. "We stand," Zelensky wrote on Telegram.',
    );
    const zel = b.all.filter((e) => /zelensk/i.test(e.text));
    expect(zel.map((e) => e.text)).toEqual(['Volodimir Zelenskyy', 'Zelenskiy', 'Zelensky']);
    expect(new Set(zel.map((e) => e.id)).size).toBe(1);
    expect(zel[0]!.canonical).toBe('Volodymyr Zelensky');
    expect(zel[0]!.side).toBe('UA');
    expect(zel[0]!.type).toBe('PERSON');
  });

  it('finds a surname inside a hyphenated compound and in a headline in capitals', () => {
    const b = entitiesFor('The banner read ZELENSKY WITH US. The Zelensky-led government and the Kremlin-backed separatists met.');
    expect(b.find('ZELENSKY')?.canonical).toBe('Volodymyr Zelensky');
    expect(b.find('Zelensky')?.id).toBe(b.find('ZELENSKY')?.id);
    expect(b.find('Kremlin-backed separatists')?.side).toBe('RU');
  });

  it('takes a bracketed given name as context but keeps the span to the surname', () => {
    const b = entitiesFor('The meeting heard commander (Oleksandr) Syrskyi and Commander-in-Chief (Valeriy) Zaluzhnyi on Tuesday.');
    expect(b.find('Syrskyi')?.canonical).toMatch(/Syrsk/);
    expect(b.find('Zaluzhnyi')?.canonical).toMatch(/Zaluzhn/);
    expect(b.all.some((e) => e.text.includes('('))).toBe(false);
  });

  it('needs the full name before an ambiguous surname counts alone', () => {
    const alone = entitiesFor('Flights from Austin were delayed by the storm on Friday.');
    expect(alone.find('Austin')).toBeUndefined();
    const introduced = entitiesFor('US Defense Secretary Lloyd Austin spoke in Brussels. Later Austin met allies.');
    expect(introduced.find('Lloyd Austin')?.side).toBe('US');
    expect(introduced.find('Austin')?.id).toBe(introduced.find('Lloyd Austin')?.id);
  });

  it('links a bare surname in the title to the full name in the body', () => {
    const b = entitiesFor('Putin vows to press on\n\nRussian President Vladimir Putin spoke on Friday in the Kremlin.');
    const title = b.sections.find((s) => s.section.kind === 'title')!;
    expect(title.entities[0]?.text).toBe('Putin');
    expect(title.entities[0]?.id).toBe(b.find('Vladimir Putin')?.id);
  });

  it('resolves "the president" when one president is named', () => {
    const b = entitiesFor('Polish President Andrzej Duda visited the border. The president said aid would continue.');
    const ref = b.all.find((e) => e.text === 'president');
    expect(ref?.canonical).toBe('Andrzej Duda');
  });

  it('leaves "the president" alone when two presidents are named', () => {
    const b = entitiesFor('Joe Biden called Emmanuel Macron, and the president said talks went well.');
    expect(b.all.find((e) => e.text === 'president')).toBeUndefined();
  });
});

describe('unknown people', () => {
  it('passes over a chunk of initials after a title cue instead of failing', () => {
    const text = 'Talks stalled\n\nThe delegation met Minister J. on Monday, officials said.\n\nTrade Representative A. declined to comment, and Deputy Mayor Olena Hrytsenko said the bridge was closed.';
    const b = entitiesFor(text);
    expect(b.find('Olena Hrytsenko')?.type).toBe('PERSON');
    expect(b.all.every((e) => e.text.replace(/\W/g, '').length > 1)).toBe(true);
  });

  it('introduces a person by a title cue and links later surname-only mentions', () => {
    const b = entitiesFor('Regional governor Marta Kovalchuk said two drones were downed. Kovalchuk added that nobody was hurt.');
    const full = b.find('Marta Kovalchuk');
    expect(full?.type).toBe('PERSON');
    expect(b.find('Kovalchuk')?.id).toBe(full?.id);
  });

  it('finds a person named in an apposition and cut free of an organisation name', () => {
    const b = entitiesFor(
      'Bohdan Lysenko, the deputy mayor of the town, spoke first. The head of the Riverside Charitable Foundation Ilko Marchuk reported on Facebook.',
    );
    expect(b.find('Bohdan Lysenko')?.type).toBe('PERSON');
    expect(b.find('Ilko Marchuk')?.type).toBe('PERSON');
  });

  it('does not take a place the places annotator found as a person', () => {
    const text = 'Officials said Nova Lyubomyrka was shelled. Residents of Nova Lyubomyrka said the school burned.';
    const withPlace = entitiesFor(text, { places: (s) => placeAt(s, 'Nova Lyubomyrka', 'UA') });
    expect(withPlace.all.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('does not take capitalised headings, months or outlets as people', () => {
    const b = entitiesFor('The Daily Briefing: What We Know\n\nIn March the Associated Press said the Eastern Front was quiet.');
    expect(b.all.filter((e) => e.type === 'PERSON')).toEqual([]);
    expect(b.find('Associated Press')?.type).toBe('ORG');
  });
});
