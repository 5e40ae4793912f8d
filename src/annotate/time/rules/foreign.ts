// Dates written in Spanish, Ukrainian and Russian, inside English text or in whole documents:
// "22 de marzo de 2023", "el sábado pasado", "минулої суботи", "22 березня 2023 року", "в прошлую субботу".
// Word tables are data; JS \b does not see Cyrillic letters, so the edges here are Unicode-aware.
import { dayValue, resolveMonthDay, resolveWeekday, unitValue, type Unit } from '../resolve.js';
import { isoMonth } from '../calendar.js';
import type { TimexRule } from './types.js';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/** Month stems (lower case) by number; each stem matches the nominative and genitive forms. */
const MONTH_STEMS: ReadonlyArray<readonly [number, string]> = [
  [1, 'enero|січ(?:ень|ня)|январ[ья]'],
  [2, 'febrero|лют(?:ий|ого)|феврал[ья]'],
  [3, 'marzo|берез(?:ень|ня)|марта?'],
  [4, 'abril|квіт(?:ень|ня)|апрел[ья]'],
  [5, 'mayo|трав(?:ень|ня)|ма[яй]'],
  [6, 'junio|черв(?:ень|ня)|июн[ья]'],
  [7, 'julio|лип(?:ень|ня)|июл[ья]'],
  [8, 'agosto|серп(?:ень|ня)|августа?'],
  [9, 'septiembre|setiembre|верес(?:ень|ня)|сентябр[ья]'],
  [10, 'octubre|жовт(?:ень|ня)|октябр[ья]'],
  [11, 'noviembre|листопада?|ноябр[ья]'],
  [12, 'diciembre|груд(?:ень|ня)|декабр[ья]'],
];
const MONTH_F = MONTH_STEMS.map(([, s]) => s).join('|');

function foreignMonth(word: string): number | null {
  const w = word.toLowerCase();
  for (const [n, s] of MONTH_STEMS) if (new RegExp(`^(?:${s})$`, 'u').test(w)) return n;
  return null;
}

/** Weekday forms (0 = Sunday): Spanish, Ukrainian (nominative/accusative/genitive), Russian. */
const WEEKDAY_FORMS: ReadonlyArray<readonly [number, string]> = [
  [0, 'domingo|неділ[яюі]|воскресень[ея]'],
  [1, 'lunes|понеділ(?:ок|ка)|понедельника?'],
  [2, 'martes|вівтор(?:ок|ка)|вторника?'],
  [3, 'mi[ée]rcoles|серед[аиу]|сред[аыу]'],
  [4, 'jueves|четвер(?:га)?|четверга?'],
  [5, 'viernes|п[\'’ʼ]?ятниц[яюі]|пятниц[аыу]'],
  [6, 's[áa]bado|субот[аиу]|суббот[аыу]'],
];
const WEEKDAY_F = WEEKDAY_FORMS.map(([, s]) => s).join('|');

function foreignWeekday(word: string): number | null {
  const w = word.toLowerCase();
  for (const [n, s] of WEEKDAY_FORMS) if (new RegExp(`^(?:${s})$`, 'u').test(w)) return n;
  return null;
}

const LAST = 'pasad[oa]|anterior|минул(?:ої|ого|ий|у|а)|попередн(?:ьої|ього)|прошл(?:ой|ого|ый|ую|ом|ая)';
const NEXT = 'pr[óo]xim[oa]|siguiente|наступн(?:ої|ого|ий|у|а)|следующ(?:ей|его|ий|ую|ем)';
const isLast = (w: string | undefined): boolean => !!w && new RegExp(`^(?:${LAST})$`, 'iu').test(w);
const isNext = (w: string | undefined): boolean => !!w && new RegExp(`^(?:${NEXT})$`, 'iu').test(w);

const UNIT_F: ReadonlyArray<readonly [Unit, string]> = [
  ['week', 'semana|тижн[яі]|тиждень|недел[еию]'],
  ['month', 'mes|місяц[яі]|місяць|месяц[еа]?'],
  ['year', 'año|року|рік|году|год'],
];
const UNIT_FR = UNIT_F.map(([, s]) => s).join('|');
function foreignUnit(word: string): Unit | null {
  for (const [u, s] of UNIT_F) if (new RegExp(`^(?:${s})$`, 'iu').test(word)) return u;
  return null;
}

const DAY_WORDS: ReadonlyArray<readonly [number, string]> = [
  [0, 'hoy|сьогодні|сегодня'],
  [-1, 'ayer|вчора|учора|вчера'],
  [-2, 'anteayer|позавчора|позавчера'],
  [1, 'завтра'],
];

export const FOREIGN_RULES: TimexRule[] = [
  {
    name: 'foreign-day-month-year',
    pattern: new RegExp(`${L}(\\d{1,2})(?:\\s+de)?\\s+(${MONTH_F})(?:\\s+(?:de(?:l)?\\s+)?(\\d{4})(?:\\s*(?:року|г\\.|года|р\\.))?)?${R}`, 'giu'),
    build: (m, ctx) => {
      const month = foreignMonth(m[2]!);
      const day = Number(m[1]);
      if (!month) return null;
      const value = m[3] ? dayValue(Number(m[3]), month, day) : resolveMonthDay(ctx.dct, month, day, ctx.tense === 'future' ? 'future' : 'past');
      return value ? { type: 'DATE', value } : null;
    },
  },
  {
    name: 'foreign-month-year',
    pattern: new RegExp(`${L}(?:(?:у|в)\\s+)?(${MONTH_F})(?:\\s+de)?\\s+(\\d{4})(?:\\s*(?:року|г\\.|года|р\\.))?${R}`, 'giu'),
    build: (m) => {
      const month = foreignMonth(m[1]!);
      return month ? { type: 'DATE', value: isoMonth(Number(m[2]), month) } : null;
    },
  },
  {
    // "el sábado pasado", "el próximo lunes", "минулої суботи", "в прошлую субботу", "el miércoles".
    name: 'foreign-weekday',
    pattern: new RegExp(`${L}(?:(?:el|в|у|во)\\s+)?(?:(${LAST}|${NEXT})\\s+)?(${WEEKDAY_F})(?:\\s+(${LAST}|${NEXT}))?${R}`, 'giu'),
    build: (m, ctx) => {
      const wd = foreignWeekday(m[2]!);
      if (wd === null) return null;
      const shiftWord = m[1] ?? m[3];
      // A bare weekday in a news report is the most recent one unless the sentence looks ahead.
      const shift = isLast(shiftWord) ? 'last' : isNext(shiftWord) ? 'next' : null;
      const tense = ctx.tense === 'future' ? 'future' : 'past';
      return { type: 'DATE', value: resolveWeekday(ctx.dct, wd, tense, shift) };
    },
  },
  {
    // "el año pasado", "la semana pasada", "минулого року", "на прошлой неделе", "в прошлом году".
    name: 'foreign-shifted-unit',
    pattern: new RegExp(`${L}(?:(?:el|la|на|в|у)\\s+)?(?:(${LAST}|${NEXT}|este|esta|цього|этом|этой|этого)\\s+)?(${UNIT_FR})(?:\\s+(${LAST}|${NEXT}))?${R}`, 'giu'),
    build: (m, ctx) => {
      const unit = foreignUnit(m[2]!);
      const word = m[1] ?? m[3];
      if (!unit || !word) return null;
      const k = isLast(word) ? -1 : isNext(word) ? 1 : 0;
      return { type: 'DATE', value: unitValue(ctx.dct, unit, k) };
    },
  },
  ...DAY_WORDS.map(([k, words], i): TimexRule => ({
    name: `foreign-day-word-${i}`,
    pattern: new RegExp(`${L}(?:${words})${R}`, 'giu'),
    build: (_m, ctx) => ({ type: 'DATE', value: unitValue(ctx.dct, 'day', k) }),
  })),
];
