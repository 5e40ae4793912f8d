// The Russian pack: the shared East Slavic readers (../slavic/) with Russian's lists.
import { ru as chronoRu } from 'chrono-node';
import { noEvents, slavicPack } from '../slavic/pack.js';
import type { SlavicLanguage } from '../slavic/language.js';

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
    notNames: new Set(['сегодня', 'вчера', 'завтра', 'противник', 'враг', 'украина', 'украины', 'украине', 'россия', 'россии']),
  },
};

export const russian = slavicPack(RUSSIAN_TEXT, noEvents);
