// The Ukrainian and Russian packs' text side: sentences, times valued in the report's local calendar, places
// through their inflected forms, and the English path left as it was. All sentences are made up for these tests.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { packFor } from '../../src/lang/index.js';
import { slavicSentences } from '../../src/lang/slavic/segment.js';
import { slavicFindDates, slavicTimexes } from '../../src/lang/slavic/time.js';
import { UKRAINIAN_TEXT } from '../../src/lang/uk/index.js';
import { RUSSIAN_TEXT } from '../../src/lang/ru/index.js';
import type { AnnotatedDocument } from '../../src/annotate/types.js';

/** A post of 23:40 UTC: already the next day in Kyiv and Moscow. */
const LATE_POST = '2024-03-09T23:40:00Z';

function run(text: string, published = LATE_POST) {
  return processDocument({ id: 't', kind: 'text', content: text, published });
}

const bodyOf = (doc: AnnotatedDocument) => doc.sections.find((s) => s.section.kind === 'body')!;
const placesOf = (doc: AnnotatedDocument) => bodyOf(doc).places.map((p) => [p.text, p.place.name, p.place.kind, p.place.admin1, p.place.country]);

describe('Slavic sentences and words', () => {
  it('splits sentences on their stops but not after "м." or "г."', () => {
    const uk = 'Уночі дрони летіли на м. Полтава з півдня. Збито всі цілі! Пошкоджень немає';
    expect(slavicSentences(uk, UKRAINIAN_TEXT).map((s) => uk.slice(s.start, s.end))).toEqual([
      'Уночі дрони летіли на м. Полтава з півдня.', 'Збито всі цілі!', 'Пошкоджень немає',
    ]);
    const ru = 'Над г. Курском сработала ПВО. Жертв нет.';
    expect(slavicSentences(ru, RUSSIAN_TEXT).map((s) => ru.slice(s.start, s.end))).toEqual(['Над г. Курском сработала ПВО.', 'Жертв нет.']);
  });

  it('gives words with offsets, numbers tagged NUM and punctuation PUNCT', () => {
    const text = 'Зафіксовано 12 вибухів.';
    const [s] = slavicSentences(text, UKRAINIAN_TEXT);
    expect(s!.tokens.map((t) => [text.slice(t.start, t.end), t.pos])).toEqual([['Зафіксовано', 'X'], ['12', 'NUM'], ['вибухів', 'X'], ['.', 'PUNCT']]);
  });
});

describe('Slavic time expressions', () => {
  const timexes = (text: string, lang = UKRAINIAN_TEXT, at: string | null = LATE_POST) =>
    slavicTimexes(text, at, slavicSentences(text, lang), lang).map((t) => [t.text, t.value]);

  it('values relative words in the local calendar of the report (23:40 UTC is the next day in Kyiv)', () => {
    expect(timexes('Вчора близько 21:15 лунали вибухи.')).toEqual([['Вчора', '2024-03-09'], ['21:15', '2024-03-09T21:15']]);
    expect(timexes('Сегодня утром сбит беспилотник.', RUSSIAN_TEXT)).toEqual([['Сегодня утром', '2024-03-10TMO']]);
  });

  it('reads "в ночь на", "у ніч на" and past-day summaries', () => {
    expect(timexes('В ночь на 10 марта над областью сбиты ракеты.', RUSSIAN_TEXT)).toEqual([['В ночь на 10 марта', '2024-03-10TNI']]);
    expect(timexes('У ніч на 9 березня було неспокійно.')).toEqual([['У ніч на 9 березня', '2024-03-09TNI']]);
    expect(timexes('Минулої доби ворог здійснив 40 обстрілів.')).toEqual([['Минулої доби', '2024-03-10']]);
    expect(timexes('За прошедшие сутки отражено семь атак.', RUSSIAN_TEXT)).toEqual([['За прошедшие сутки', '2024-03-10']]);
  });

  it('puts a bare weekday in the past of the report', () => {
    expect(timexes('У четвер місто знову атакували.')).toEqual([['У четвер', '2024-03-07']]);
  });

  it('finds for the dating stage only the dates a text states outright', () => {
    const found = slavicFindDates('Вчора, 14 лютого 2024 року, ворог обстріляв громаду.', UKRAINIAN_TEXT);
    expect(found.map((f) => [f.text, f.value])).toEqual([['14 лютого 2024 року', '2024-02-14']]);
  });
});

describe('Slavic places', () => {
  it('matches Ukrainian places through their cases, with English names, areas and coordinates', () => {
    const doc = run('Увечері окупанти вдарили по Херсону. Уламки впали у Херсоні та по Нікопольщині. Постраждали люди у Сумському районі Сумської області. У Харківській області тихо.').doc;
    expect(placesOf(doc)).toEqual([
      ['Херсону', 'Kherson', 'settlement', 'Kherson', 'UA'],
      ['Херсоні', 'Kherson', 'settlement', 'Kherson', 'UA'],
      ['Нікопольщині', 'Nikopol', 'admin2', 'Dnipropetrovsk', 'UA'],
      ['Сумському районі', 'Sumy', 'admin2', 'Sumy', 'UA'],
      ['Сумської області', 'Sumy', 'admin1', 'Sumy', 'UA'],
      ['Харківській області', 'Kharkiv', 'admin1', 'Kharkiv', 'UA'],
    ]);
    const kherson = bodyOf(doc).places[0]!.place;
    expect(kherson.lat).toBeCloseTo(46.64, 1);
    expect(kherson.lon).toBeCloseTo(32.61, 1);
  });

  it('matches Russian towns of cities500 and Russian areas', () => {
    const doc = run('В Шебекино повреждены дома. Над Курском и в Белгородской области работала ПВО.').doc;
    expect(placesOf(doc)).toEqual([
      ['Шебекино', 'Shebekino', 'settlement', 'Belgorod', 'RU'],
      ['Курском', 'Kursk', 'settlement', 'Kursk', 'RU'],
      ['Белгородской области', 'Belgorod', 'admin1', 'Belgorod', 'RU'],
    ]);
  });

  it('reads area adjectives in a list ending in one area word', () => {
    const doc = run('Тревога объявлена в Брянской, Курской и Белгородской областях.').doc;
    expect(placesOf(doc).map((p) => p[1])).toEqual(['Bryansk', 'Kursk', 'Belgorod']);
  });

  it('reads districts in a list, a town in -ськ as its district centre, and countries through their cases', () => {
    const doc = run('Обстріли по Покровському, Краматорському та Бахмутському районах. Ракети летіли по Ізраїлю.').doc;
    expect(placesOf(doc).map((p) => [p[1], p[2]])).toEqual([
      ['Pokrovsk', 'admin2'], ['Kramatorsk', 'admin2'], ['Bakhmut', 'admin2'], ['Israel', 'country'],
    ]);
  });

  it('prefers the city a form reads as over a village spelt like the word (в Брянске: Bryansk, not Bryanskoye)', () => {
    expect(placesOf(run('Вечером в Брянске было тихо.').doc).map((p) => p[1])).toEqual(['Bryansk']);
  });

  it('reads an area adjective whose area word was said once, but not a front direction', () => {
    expect(placesOf(run('Ракеты сбиты над Курской областью и над Брянской.').doc).map((p) => [p[1], p[2]])).toEqual([['Kursk', 'admin1'], ['Bryansk', 'admin1']]);
    expect(placesOf(run('На Запорізькому напрямку тривають бої.').doc)).toEqual([]);
  });

  it('takes no village of a country the document does not name for a place it names in another', () => {
    // Both villages are made up for Russia's Belgorod region; a Ukrainian namesake must not stand in for them.
    expect(placesOf(run('В Белгородской области повреждены дома в селе Ивановка.').doc).map((p) => p[1])).toEqual(['Belgorod']);
  });

  it('takes no capitalised word for a place without reason: people, sentence openers', () => {
    const doc = run('Сергій Лисак повідомив, що Олександр Коваленко поранений. Ворог не вгамовується.').doc;
    expect(bodyOf(doc).places).toEqual([]);
  });
});

describe('Slavic organisations', () => {
  it('names the reporting bodies in English, with the English pack\'s ids and their side', () => {
    const uk = run('Як повідомили у Полтавській ОВА, уламки впали на поле. За даними Генштабу ЗСУ, бої тривають.').doc;
    expect(bodyOf(uk).entities.map((e) => [e.text, e.canonical, e.side])).toEqual([
      ['Полтавській ОВА', 'Poltava Regional Military Administration', 'UA'],
      ['Генштабу ЗСУ', 'General Staff of the Armed Forces of Ukraine', 'UA'],
    ]);
    const ru = run('По данным Минобороны России, над Курском сбиты три ракеты.').doc;
    expect(bodyOf(ru).entities.map((e) => [e.text, e.id, e.side])).toEqual([['Минобороны России', 'inst:Ministry of Defence of Russia', 'RU']]);
  });
});

describe('the packs in the pipeline', () => {
  it('annotates Ukrainian and Russian documents with their own packs, never the English rules', () => {
    for (const [text, code] of [['Учора ввечері дрони атакували Суми, пошкоджено два будинки.', 'uk'], ['Вчера вечером беспилотники атаковали Белгород, повреждены два дома.', 'ru']] as const) {
      const out = processDocument({ id: code, kind: 'text', content: text, published: LATE_POST });
      expect(out.language).toBe(code);
      expect(out.skipped).toBeUndefined();
      const body = bodyOf(out.doc);
      // wink's English tagger would give NOUN, VERB, PROPN ...: these packs tag no parts of speech.
      expect(new Set(body.sentences.flatMap((s) => s.tokens.map((t) => t.pos)))).toEqual(new Set(['X', 'PUNCT']));
      expect(body.timexes.map((t) => t.value)).toEqual(['2024-03-09TEV']);
      expect(body.places.map((p) => p.place.name)).toEqual([code === 'uk' ? 'Sumy' : 'Belgorod']);
    }
    expect(packFor('uk').pack?.name).toBe('Ukrainian');
    expect(packFor('ru').pack?.name).toBe('Russian');
  });

  it('leaves English documents to the English pack and its tagger', () => {
    const out = processDocument({ id: 'en', kind: 'text', content: 'Russian drones struck Sumy on Tuesday, the regional administration said.', published: '2024-03-08' });
    expect(out.language).toBe('en');
    const body = bodyOf(out.doc);
    expect(body.sentences[0]!.tokens.some((t) => t.pos === 'PROPN')).toBe(true);
    expect(body.places.map((p) => p.place.name)).toContain('Sumy');
  });
});
