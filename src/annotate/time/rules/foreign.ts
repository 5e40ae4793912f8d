// Dates written in Spanish, Ukrainian and Russian, inside English text or in whole documents:
// "22 de marzo de 2023", "el sábado pasado", "минулої суботи", "22 березня 2023 року", "в прошлую субботу".
// Word tables are data; JS \b does not see Cyrillic letters, so the edges here are Unicode-aware.
import { dayValue, resolveMonthDay, resolveWeekday, unitValue, type Unit } from '../resolve.js';
import { fromDayNumber, isoMonth, parseIsoDay } from '../../../text/calendar.js';
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

const MONTH_TESTS = MONTH_STEMS.map(([n, s]) => [n, new RegExp(`^(?:${s})$`, 'u')] as const);

function foreignMonth(word: string): number | null {
  const w = word.toLowerCase();
  for (const [n, re] of MONTH_TESTS) if (re.test(w)) return n;
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

const WEEKDAY_TESTS = WEEKDAY_FORMS.map(([n, s]) => [n, new RegExp(`^(?:${s})$`, 'u')] as const);

function foreignWeekday(word: string): number | null {
  const w = word.toLowerCase();
  for (const [n, re] of WEEKDAY_TESTS) if (re.test(w)) return n;
  return null;
}

const LAST = 'pasad[oa]|anterior|минул(?:ої|ого|ий|у|а)|попередн(?:ьої|ього)|прошл(?:ой|ого|ый|ую|ом|ая)';
const NEXT = 'pr[óo]xim[oa]|siguiente|наступн(?:ої|ого|ий|у|а)|следующ(?:ей|его|ий|ую|ем)';
const LAST_TEST = new RegExp(`^(?:${LAST})$`, 'iu');
const NEXT_TEST = new RegExp(`^(?:${NEXT})$`, 'iu');
const isLast = (w: string | undefined): boolean => !!w && LAST_TEST.test(w);
const isNext = (w: string | undefined): boolean => !!w && NEXT_TEST.test(w);

const UNIT_F: ReadonlyArray<readonly [Unit, string]> = [
  ['week', 'semana|тижн[яі]|тиждень|недел[еию]'],
  ['month', 'mes|місяц[яі]|місяць|месяц[еа]?'],
  ['year', 'año|року|рік|году|год'],
];
const UNIT_FR = UNIT_F.map(([, s]) => s).join('|');
const UNIT_TESTS = UNIT_F.map(([u, s]) => [u, new RegExp(`^(?:${s})$`, 'iu')] as const);
function foreignUnit(word: string): Unit | null {
  for (const [u, re] of UNIT_TESTS) if (re.test(word)) return u;
  return null;
}

const DAY_WORDS: ReadonlyArray<readonly [number, string]> = [
  [0, 'hoy|сьогодні|сегодня'],
  [-1, 'ayer|вчора|учора|вчера'],
  [-2, 'anteayer|позавчора|позавчера'],
  [1, 'завтра'],
];

/** Words that put a foreign sentence in the future: the English tense reader cannot see them. */
const FUTURE_WORDS = new RegExp(`${L}(?:ser[áa]n?|va(?:n)? a|pr[óo]xim[oa]s?|буде|будуть|наступн\\p{L}*|будет|будут|следующ\\p{L}*|планує|планирует|planea)${R}`, 'iu');

function ahead(ctx: { tense: string; text: string }, at = 0): boolean {
  const from = Math.max(0, ...['.', '!', '?', '\n'].map((c) => ctx.text.lastIndexOf(c, at) + 1));
  const stops = ['.', '!', '?', '\n'].map((c) => ctx.text.indexOf(c, at)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) : ctx.text.length;
  return ctx.tense === 'future' || FUTURE_WORDS.test(ctx.text.slice(from, to));
}

/** A day and month without a year, in a report: the last such day up to the report day, unless it looks ahead. */
function lookBack(dct: number | null, month: number, day: number, future: boolean): string | null {
  if (dct === null || future) return resolveMonthDay(dct, month, day, future ? 'future' : 'past');
  const { y } = fromDayNumber(dct);
  const thisYear = dayValue(y, month, day);
  return thisYear && (parseIsoDay(thisYear) ?? 0) <= dct + 1 ? thisYear : dayValue(y - 1, month, day);
}

/** Every foreign rule needs one of the month, weekday, unit or day words: a chunk without any is not scanned.
 * ASCII-only edges make this a superset of the rules' own Unicode edges, and much cheaper to run. */
const FOREIGN_GATE = new RegExp(
  `(?<![A-Za-z0-9])(?:${MONTH_F}|${WEEKDAY_F}|${UNIT_FR}|${DAY_WORDS.map(([, w]) => w).join('|')})(?![A-Za-z0-9])`,
  'iu',
);

const RULES: TimexRule[] = [
  {
    name: 'foreign-day-month-year',
    pattern: new RegExp(`${L}(\\d{1,2})(?:\\s+de)?\\s+(${MONTH_F})(?:\\s+(?:de(?:l)?\\s+)?(\\d{4})(?:\\s*(?:року|г\\.|года|р\\.))?)?${R}`, 'giu'),
    build: (m, ctx) => {
      const month = foreignMonth(m[2]!);
      const day = Number(m[1]);
      if (!month) return null;
      const value = m[3] ? dayValue(Number(m[3]), month, day) : lookBack(ctx.dct, month, day, ahead(ctx, m.index));
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
      const tense = ahead(ctx, m.index) ? 'future' : 'past';
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

export const FOREIGN_RULES: TimexRule[] = RULES.map((rule) => ({ ...rule, gate: FOREIGN_GATE }));
