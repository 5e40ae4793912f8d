// From a TIMEX3 value to its precision and the ISO day interval it denotes, when it is a resolved calendar value.
import type { Timex } from '../types.js';
import { daysInMonth, dayNumber, isoDay, isoWeekStart } from '../../text/calendar.js';

type Shape = { precision: NonNullable<Timex['precision']>; range: (m: RegExpExecArray) => [number, number] | null };

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

const monthSpan = (y: number, m1: number, m2: number): [number, number] => {
  const endY = y + Math.floor((m2 - 1) / 12);
  const endM = ((m2 - 1) % 12) + 1;
  return [dayNumber(y, m1, 1), dayNumber(endY, endM, daysInMonth(endY, endM))];
};

/** Value shapes, most specific first. */
const SHAPES: ReadonlyArray<readonly [RegExp, Shape]> = [
  [/^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/, { precision: 'minute', range: (m) => day(m) }],
  [/^(\d{4})-(\d{2})-(\d{2})T\d{2}$/, { precision: 'hour', range: (m) => day(m) }],
  [/^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT))?$/, { precision: 'day', range: (m) => day(m) }],
  [/^(\d{4})-W(\d{2})(?:-WE)?$/, { precision: 'week', range: (m) => {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[0].endsWith('-WE') ? [start + 5, start + 6] : [start, start + 6];
  } }],
  [/^(\d{4})-(\d{2})$/, { precision: 'month', range: (m) => monthSpan(Number(m[1]), Number(m[2]), Number(m[2])) }],
  [/^(\d{4})-Q([1-4])$/, { precision: 'quarter', range: (m) => monthSpan(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3) }],
  [/^(\d{4})-H([12])$/, { precision: 'quarter', range: (m) => monthSpan(Number(m[1]), Number(m[2]) * 6 - 5, Number(m[2]) * 6) }],
  [/^(\d{4})-(SP|SU|FA|WI)$/, { precision: 'season', range: (m) => monthSpan(Number(m[1]), ...SEASON_MONTHS[m[2]!]!) }],
  [/^(\d{4})$/, { precision: 'year', range: (m) => monthSpan(Number(m[1]), 1, 12) }],
  [/^(\d{3})X?$/, { precision: 'decade', range: (m) => [dayNumber(Number(m[1]) * 10, 1, 1), dayNumber(Number(m[1]) * 10 + 9, 12, 31)] }],
];

function day(m: RegExpExecArray): [number, number] {
  const n = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
  return [n, n];
}

export function describeValue(value: string): Pick<Timex, 'precision' | 'range'> {
  for (const [re, shape] of SHAPES) {
    const m = re.exec(value);
    if (!m) continue;
    const r = shape.range(m);
    return r ? { precision: shape.precision, range: { start: isoDay(r[0]), end: isoDay(r[1]) } } : { precision: shape.precision };
  }
  return {};
}
