// The Ukrainian pack: the shared East Slavic readers (../slavic/) with Ukrainian's lists.
import { uk as chronoUk } from 'chrono-node';
import { noEvents, slavicPack } from '../slavic/pack.js';
import type { SlavicLanguage } from '../slavic/language.js';

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
    notNames: new Set(['сьогодні', 'вчора', 'завтра', 'ворог', 'окупанти', 'росіяни', 'україна', 'україни', 'україні', 'росія', 'росії']),
  },
};

export const ukrainian = slavicPack(UKRAINIAN_TEXT, noEvents);
