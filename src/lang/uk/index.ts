// The Ukrainian pack: the shared East Slavic readers (../slavic/) with Ukrainian's lists.
import { slavicPack } from '../slavic/pack.js';
import { UKRAINIAN, slavicEvents } from '../slavic/events/index.js';
import type { SlavicLanguage } from '../slavic/language.js';

export const UKRAINIAN_TEXT: SlavicLanguage = {
  code: 'uk',
  name: 'Ukrainian',
  timeZone: 'Europe/Kyiv',
  // місто, село, селище, смт, область, район, вулиця, рік/року, століття, тощо, тис., млн, ім.
  abbreviations: new Set(['м', 'с', 'сел', 'смт', 'обл', 'р', 'р-н', 'рр', 'вул', 'ст', 'тис', 'млн', 'ім', 'див', 'пров', 'просп']),
};

export const ukrainian = slavicPack(UKRAINIAN_TEXT, slavicEvents(UKRAINIAN, UKRAINIAN_TEXT.timeZone));
