// The Ukrainian pack: the shared East Slavic readers (../slavic/) with Ukrainian's lists.
import { uk as chronoUk } from 'chrono-node';
import { slavicPack } from '../slavic/pack.js';
import { UKRAINIAN, slavicEvents } from '../slavic/events/index.js';
import type { SlavicLanguage } from '../slavic/language.js';
import { institutionId } from '../slavic/entities.js';

export const UKRAINIAN_TEXT: SlavicLanguage = {
  code: 'uk',
  name: 'Ukrainian',
  timeZone: 'Europe/Kyiv',
  // місто, село, селище, смт, область, район, вулиця, рік/року, століття, тощо, тис., млн, ім.
  abbreviations: new Set(['м', 'с', 'сел', 'смт', 'обл', 'р', 'р-н', 'рр', 'вул', 'ст', 'тис', 'млн', 'ім', 'див', 'пров', 'просп']),
  chrono: chronoUk,
  timeWords: {
    lastDay: /(?<![\p{L}])(?:(?:протягом|за)\s+)?(?:минулої|минулу|останньої|останню)\s+доб[иу]|протягом\s+доби|за\s+добу(?![\p{L}])/giu,
    nightBefore: /(?<![\p{L}])[ув]\s+ніч\s+на\s+$/iu,
    dayParts: [['MO', /ранк|вранці|зранку/iu], ['AF', /вдень|пообідні|після\s+обіду/iu], ['EV', /вечер|вечір/iu], ['NI', /ніч|вночі|уночі/iu]],
    // Ukrainian writes у/в by the sound before them; chrono knows the в forms.
    respell: [[/(?<![\p{L}])учора(?![\p{L}])/giu, 'вчора'], [/(?<![\p{L}])увечері(?![\p{L}])/giu, 'ввечері'], [/(?<![\p{L}])уранці(?![\p{L}])/giu, 'вранці'], [/(?<![\p{L}])уночі(?![\p{L}])/giu, 'вночі']],
  },
  places: {
    prepositions: new Set(['у', 'в', 'на', 'під', 'біля', 'поблизу', 'поруч', 'неподалік', 'околиці', 'околицях', 'районі', 'з', 'із', 'зі', 'до', 'по', 'над', 'через', 'від', 'між', 'напрямку', 'бік']),
    settlementWords: new Set(['м', 'місто', 'міста', 'місті', 'містом', 'с', 'село', 'села', 'селі', 'селом', 'сел', 'селище', 'селища', 'селищі', 'смт', 'хутір', 'хутора', 'хуторі', 'нп', 'пункт', 'пункті', 'пункту', 'громада', 'громади', 'громаді']),
    regionWords: /^(?:област(?:ь|і|ю|ей|ях|ям|ями)|обл|кра(?:й|ю|ї|єм|ях))$/u,
    raionWords: /^(?:район(?:у|і|ом|и|ах|ам|ів|ами)?|р-н|р-ні|р-ну)$/u,
    directionWords: /^напрям(?:ок|ку|ком|ках|ки)$/u,
    notNames: new Set(['сьогодні', 'вчора', 'завтра', 'ворог', 'окупанти', 'росіяни']),
  },
  entities: {
    regionalAdministration: /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(?:ОВА|ОДА|обласн\p{Ll}+\s+(?:військов\p{Ll}+\s+)?адміністраці\p{Ll}+)(?![\p{L}])/gu,
    organisations: [
      { pattern: /(?<![\p{L}])(?:Генштаб\p{Ll}*|Генеральн\p{Ll}+\s+штаб\p{Ll}*)(?:\s+ЗСУ|\s+Збройних\s+сил\s+України)?(?![\p{L}])/giu, canonical: 'General Staff of the Armed Forces of Ukraine', id: institutionId('General Staff of the Armed Forces of Ukraine'), side: 'UA' },
      { pattern: /(?<![\p{L}])(?:ЗСУ|Збройн\p{Ll}+\s+[Сс]ил\p{Ll}*\s+України)(?![\p{L}])/gu, canonical: 'Military Forces of Ukraine (2019-)', id: 'org:afu', side: 'UA' },
      { pattern: /(?<![\p{L}])(?:СБУ|Служб\p{Ll}+\s+безпеки\s+України)(?![\p{L}])/gu, canonical: 'Security Service of Ukraine (SBU)', id: 'org:sbu', side: 'UA' },
      { pattern: /(?<![\p{L}])(?:ГУР(?:\s+МО(?:У)?)?|Головн\p{Ll}+\s+управлінн\p{Ll}+\s+розвідки)(?![\p{L}])/gu, canonical: "Ukraine's military intelligence (HUR)", id: 'org:hur', side: 'UA' },
      { pattern: /(?<![\p{L}])(?:ДСНС|Державн\p{Ll}+\s+служб\p{Ll}+\s+з\s+надзвичайних\s+ситуацій)(?![\p{L}])/gu, canonical: 'Police Forces of Ukraine (2019-) State Emergency Service of Ukraine', id: 'org:state-emergency-ua', side: 'UA' },
      { pattern: /(?<![\p{L}])(?:Міноборони|Міністерств\p{Ll}+\s+оборони)(?:\s+(?:Росії|РФ))(?![\p{L}])/gu, canonical: 'Ministry of Defence of Russia', id: institutionId('Ministry of Defence of Russia'), side: 'RU' },
      { pattern: /(?<![\p{L}])(?:Міноборони|Міністерств\p{Ll}+\s+оборони)(?:\s+України)?(?![\p{L}])/gu, canonical: 'Ministry of Defence of Ukraine', id: institutionId('Ministry of Defence of Ukraine'), side: 'UA' },
      { pattern: /(?<![\p{L}])Повітрян\p{Ll}+\s+[Сс]ил\p{Ll}*(?:\s+ЗСУ)?(?![\p{L}])/gu, canonical: 'Military Forces of Ukraine (2019-) Air Force', id: 'org:ua-air-force', side: 'UA' },
    ],
  },
};

export const ukrainian = slavicPack(UKRAINIAN_TEXT, slavicEvents(UKRAINIAN, UKRAINIAN_TEXT.timeZone));
