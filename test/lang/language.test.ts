// The language of a document: told from its text, carried to the batch output, and a document in a
// language without a pack cleaned but not run through the English rules.
import { describe, expect, it } from 'vitest';
import { annotateLine } from '../../src/edges/annotate-line.js';
import { detectLanguage } from '../../src/lang/detect.js';
import { packFor } from '../../src/lang/index.js';

const ENGLISH = 'Russian forces shelled the village of Nova Maiachka on Tuesday, the regional governor said. Two people were wounded and a school was damaged.';
const UKRAINIAN = 'У вівторок російські війська обстріляли село в Херсонській області, повідомив голова обласної адміністрації. Двоє людей поранені, пошкоджено школу.';
const RUSSIAN = 'Во вторник российские войска обстреляли село в Херсонской области, сообщил глава областной администрации. Двое человек ранены, школа повреждена.';
const GERMAN = 'Am Dienstag haben die russischen Truppen das Dorf beschossen, wie der Gouverneur der Region mitteilte. Zwei Menschen wurden verletzt und eine Schule ist beschädigt worden, die auch nicht mehr genutzt wird.';

describe('detectLanguage', () => {
  it('tells English, Ukrainian, Russian and German apart', () => {
    expect(detectLanguage(ENGLISH).code).toBe('en');
    expect(detectLanguage(UKRAINIAN).code).toBe('uk');
    expect(detectLanguage(RUSSIAN).code).toBe('ru');
    expect(detectLanguage(GERMAN).code).toBe('de');
  });

  it('tells Russian from Ukrainian when no letter only one of them uses occurs (no ы э ъ ё, no і ї є)', () => {
    // Russian by its words ("что"), and by the length alone: a Ukrainian text this long without і is unlikely.
    expect(detectLanguage('Ночью в Курской области сработала система ПВО, сообщили в администрации, что пострадавших нет.').code).toBe('ru');
    expect(detectLanguage('Ночью в Курской области сработала система ПВО, сообщили в администрации региона.').code).toBe('ru');
    // Ukrainian by its words ("та", "що") where its letters are absent.
    expect(detectLanguage('Ворог атакував Одесу та область, пожежу загасили рятувальники, що прибули.').code).toBe('uk');
  });

  it('keeps English text English when it quotes names in Cyrillic or mentions a "Su-25"', () => {
    expect(detectLanguage(`${ENGLISH} The village, Нова Маячка in Ukrainian, lies near Kherson.`).code).toBe('en');
    expect(detectLanguage('A Su-25 flying over Popasna, su 25 again').code).toBe('en');
  });

  it('says "und" when there are too few letters to tell', () => {
    expect(detectLanguage('12:04 — 5 km').code).toBe('und');
  });
});

describe('packFor', () => {
  it('has an English pack, falls back to it for "und", and names the reason when a language has none', () => {
    expect(packFor('en').pack?.code).toBe('en');
    expect(packFor('und').pack?.code).toBe('en');
    const de = packFor('de');
    expect(de.pack).toBeNull();
    expect(de.skipped?.code).toBe('no_language_pack');
    expect(packFor('uk').pack?.code).toBe('uk');
    expect(packFor('ru').pack?.code).toBe('ru');
  });
});

describe('the language in the batch output', () => {
  it('marks an English document "en" and annotates it', () => {
    const line = annotateLine(JSON.stringify({ id: 'en-1', text: ENGLISH, published: '2024-03-05' }), 1);
    expect(line.language).toBe('en');
    expect(line.skipped).toBeUndefined();
    expect(line.events?.length).toBeGreaterThan(0);
    expect(line.timexes?.length).toBeGreaterThan(0);
  });

  it('gives a German document its cleaned text and a no_language_pack outcome, with nothing read by English rules', () => {
    const line = annotateLine(JSON.stringify({ id: 'de-1', text: GERMAN, published: '2024-03-05' }), 1);
    expect(line.error).toBeUndefined();
    expect(line.language).toBe('de');
    expect(line.skipped?.code).toBe('no_language_pack');
    expect(line.skipped?.message).toMatch(/"de"/);
    expect((line.document as { body: string }).body).toContain('Gouverneur');
    expect(line.events).toEqual([]);
    expect(line.timexes).toEqual([]);
    expect(line.places).toEqual([]);
    expect(line.entities).toEqual([]);
  });
});
