// The Russian pack: the shared East Slavic readers (../slavic/) with Russian's lists.
import { ru as chronoRu } from 'chrono-node';
import { slavicPack } from '../slavic/pack.js';
import { RUSSIAN, slavicEvents } from '../slavic/events/index.js';
import type { SlavicLanguage } from '../slavic/language.js';
import { institutionId } from '../slavic/entities.js';

export const RUSSIAN_TEXT: SlavicLanguage = {
  code: 'ru',
  name: 'Russian',
  timeZone: 'Europe/Moscow',
  // город, село, посёлок, пгт, область, район, улица, год/года, тысяч, миллионов, имени
  abbreviations: new Set(['г', 'с', 'пос', 'пгт', 'обл', 'р-н', 'гг', 'ул', 'ст', 'тыс', 'млн', 'им', 'см', 'пер', 'просп', 'д']),
  chrono: chronoRu,
  timeWords: {
    lastDay: /(?<![\p{L}])(?:за|в\s+течение)\s+(?:(?:прошедшие|минувшие|последние)\s+)?сутки(?![\p{L}])/giu,
    nightBefore: /(?<![\p{L}])(?:в|во)\s+ночь\s+на\s+$/iu,
    dayParts: [['MO', /утр/iu], ['AF', /днём|днем|после\s+обеда/iu], ['EV', /вечер/iu], ['NI', /ночь|ночью/iu]],
    respell: [],
  },
  places: {
    // Not "у": in Russian it mostly marks a possessor ("у Кэти"), not a place.
    prepositions: new Set(['в', 'во', 'на', 'под', 'возле', 'около', 'близ', 'вблизи', 'рядом', 'окрестностях', 'районе', 'из', 'с', 'со', 'до', 'по', 'над', 'через', 'от', 'между', 'направлении', 'сторону']),
    settlementWords: new Set(['г', 'город', 'города', 'городе', 'городом', 'с', 'село', 'села', 'селе', 'селом', 'пос', 'поселок', 'посёлок', 'поселка', 'посёлка', 'поселке', 'посёлке', 'пгт', 'хутор', 'хутора', 'хуторе', 'нп', 'пункт', 'пункте', 'пункта', 'деревня', 'деревни', 'деревне']),
    regionWords: /^(?:област(?:ь|и|ью|ей|ях|ям|ями)|обл|кра(?:й|я|ю|ем|е|ях))$/u,
    raionWords: /^(?:район(?:а|е|у|ом|ы|ах|ам|ов|ами)?|р-н|р-не|р-на|округ(?:а|е|у|ом)?)$/u,
    directionWords: /^направлени(?:е|и|ем|ях|я)$/u,
    notNames: new Set(['сегодня', 'вчера', 'завтра', 'противник', 'враг']),
  },
  entities: {
    regionalAdministration: /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:ОВА|ОГА|областн\p{Ll}+\s+(?:военн\p{Ll}+\s+)?администраци\p{Ll}+)(?![\p{L}])/gu,
    organisations: [
      // The General Staff of the side the text names; bare, in a Russian report, Russia's.
      { pattern: /(?<![\p{L}])(?:Генштаб\p{Ll}*|Генеральн\p{Ll}+\s+штаб\p{Ll}*)\s+(?:ВСУ|ЗСУ|Украины)(?![\p{L}])/giu, canonical: 'General Staff of the Armed Forces of Ukraine', id: institutionId('General Staff of the Armed Forces of Ukraine'), side: 'UA' },
      { pattern: /(?<![\p{L}])(?:Генштаб\p{Ll}*|Генеральн\p{Ll}+\s+штаб\p{Ll}*)(?:\s+(?:ВС\s+РФ|России))?(?![\p{L}])/giu, canonical: 'General Staff of the Armed Forces of Russia', id: institutionId('General Staff of the Armed Forces of Russia'), side: 'RU' },
      { pattern: /(?<![\p{L}])(?:Минобороны|Министерств\p{Ll}+\s+обороны)\s+Украины(?![\p{L}])/gu, canonical: 'Ministry of Defence of Ukraine', id: institutionId('Ministry of Defence of Ukraine'), side: 'UA' },
      { pattern: /(?<![\p{L}])(?:Минобороны|Министерств\p{Ll}+\s+обороны)(?:\s+(?:России|РФ))?(?![\p{L}])/gu, canonical: 'Ministry of Defence of Russia', id: institutionId('Ministry of Defence of Russia'), side: 'RU' },
      { pattern: /(?<![\p{L}])(?:ВСУ|ЗСУ|Вооруж[её]нн\p{Ll}+\s+[Сс]ил\p{Ll}*\s+Украины)(?![\p{L}])/gu, canonical: 'Military Forces of Ukraine (2019-)', id: 'org:afu', side: 'UA' },
      { pattern: /(?<![\p{L}])(?:ФСБ|Федеральн\p{Ll}+\s+служб\p{Ll}+\s+безопасности)(?![\p{L}])/gu, canonical: 'Federal Security Service of Russia (FSB)', id: 'org:fsb', side: 'RU' },
      { pattern: /(?<![\p{L}])(?:СБУ|Служб\p{Ll}+\s+безопасности\s+Украины)(?![\p{L}])/gu, canonical: 'Security Service of Ukraine (SBU)', id: 'org:sbu', side: 'UA' },
      { pattern: /(?<![\p{L}])ГУР(?:\s+МО\s+Украины)?(?![\p{L}])/gu, canonical: "Ukraine's military intelligence (HUR)", id: 'org:hur', side: 'UA' },
      { pattern: /(?<![\p{L}])МЧС(?:\s+России)?(?![\p{L}])/gu, canonical: 'Ministry of Emergency Situations of Russia', id: 'org:mchs-ru', side: 'RU' },
    ],
  },
};

export const russian = slavicPack(RUSSIAN_TEXT, slavicEvents(RUSSIAN, RUSSIAN_TEXT.timeZone));
