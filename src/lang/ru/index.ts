// The Russian pack: the shared East Slavic readers (../slavic/) with Russian's lists.
import { slavicPack } from '../slavic/pack.js';
import { RUSSIAN, slavicEvents } from '../slavic/events/index.js';
import type { SlavicLanguage } from '../slavic/language.js';

export const RUSSIAN_TEXT: SlavicLanguage = {
  code: 'ru',
  name: 'Russian',
  timeZone: 'Europe/Moscow',
  // город, село, посёлок, пгт, область, район, улица, год/года, тысяч, миллионов, имени
  abbreviations: new Set(['г', 'с', 'пос', 'пгт', 'обл', 'р-н', 'гг', 'ул', 'ст', 'тыс', 'млн', 'им', 'см', 'пер', 'просп', 'д']),
};

export const russian = slavicPack(RUSSIAN_TEXT, slavicEvents(RUSSIAN, RUSSIAN_TEXT.timeZone));
