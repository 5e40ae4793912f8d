// Resolving a partial date against the report day with news rules: past tense looks back, future looks ahead,
// otherwise the nearest. Everything returns a TIMEX3 value string; without a report day, the unknown parts are X.
import {
  dayNumber, fromDayNumber, isoDay, isoMonth, isoWeekValue, isValidDay, pad, shiftMonth, weekdayOf,
} from '../../text/calendar.js';
import type { Tense } from './rules/types.js';

/** A weekday: the most recent one (or today) in past tense, the next one (or today) in future, else nearest. */
export function resolveWeekday(dct: number | null, weekday: number, tense: Tense, shift: 'last' | 'next' | 'this' | null): string {
  if (dct === null) return 'XXXX-XX-XX';
  const today = weekdayOf(dct);
  const back = (today - weekday + 7) % 7;
  const ahead = (weekday - today + 7) % 7;
  let n: number;
  if (shift === 'last') n = dct - (back === 0 ? 7 : back);
  else if (shift === 'next') n = dct + (ahead === 0 ? 7 : ahead);
  else if (tense === 'future') n = dct + ahead;
  else if (tense === 'past') n = dct - back;
  else n = back <= ahead ? dct - back : dct + ahead;
  return isoDay(n);
}

/** A month without a year: the year that puts it on the tense's side of the report month. */
export function resolveMonth(dct: number | null, month: number, tense: Tense, shift: 'last' | 'last-named' | 'next' | 'this' | null): string {
  if (dct === null) return `XXXX-${pad(month)}`;
  const { y, m } = fromDayNumber(dct);
  let year = y;
  if (shift === 'last') year = month < m ? y : y - 1;
  // "last February" written in March: the writer would have said "last month" for the one just ended, so the
  // word "last" with last month's name means that month a year earlier ("this past February" does not).
  else if (shift === 'last-named') year = month < m - 1 ? y : y - 1;
  else if (shift === 'next') year = month > m ? y : y + 1;
  else if (shift === 'this') year = y;
  else {
    // Nearest occurrence, with a handicap for the side the tense argues against; news looks back more often than ahead.
    const cost = (yy: number): number => {
      const diff = (yy - y) * 12 + month - m;
      return Math.abs(diff) + (tense === 'past' && diff > 0 ? 6 : 0) + (tense === 'future' && diff < 0 ? 12 : 0) + (diff > 0 ? 3 : 0);
    };
    year = [y - 1, y, y + 1].reduce((a, b) => (cost(b) < cost(a) ? b : a));
  }
  return isoMonth(year, month);
}

/** A month and day without a year: the nearest occurrence, leaning to the side the tense points at (news looks back). */
export function resolveMonthDay(dct: number | null, month: number, day: number, tense: Tense): string | null {
  if (dct === null) return isValidDay(2000, month, day) ? `XXXX-${pad(month)}-${pad(day)}` : null;
  const { y } = fromDayNumber(dct);
  const candidates = [y - 1, y, y + 1].filter((yy) => isValidDay(yy, month, day)).map((yy) => dayNumber(yy, month, day));
  if (candidates.length === 0) return null;
  const cost = (n: number): number => Math.abs(n - dct) + (tense === 'past' && n > dct + 1 ? 200 : 0) + (tense === 'future' && n < dct - 1 ? 60 : 0) + (n > dct + 1 ? 20 : 0);
  const best = candidates.reduce((a, b) => (cost(b) < cost(a) ? b : a));
  return isoDay(best);
}

export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** The calendar unit containing the report day, moved by k units: "last month" = unitValue(dct, 'month', -1). */
export function unitValue(dct: number | null, unit: Unit, k: number): string {
  if (dct === null) {
    const blank: Record<Unit, string> = {
      day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX',
      year: 'XXXX', decade: 'XXX', century: 'XX',
    };
    return blank[unit];
  }
  const { y, m } = fromDayNumber(dct);
  switch (unit) {
    case 'day':
      return isoDay(dct + k);
    case 'week':
      return isoWeekValue(dct + 7 * k);
    case 'weekend':
      return `${isoWeekValue(dct + 7 * k)}-WE`;
    case 'month': {
      const s = shiftMonth(y, m, k);
      return isoMonth(s.y, s.m);
    }
    case 'quarter': {
      const idx = y * 4 + Math.floor((m - 1) / 3) + k;
      return `${pad(Math.floor(idx / 4), 4)}-Q${(idx % 4) + 1}`;
    }
    case 'half': {
      const idx = y * 2 + Math.floor((m - 1) / 6) + k;
      return `${pad(Math.floor(idx / 2), 4)}-H${(idx % 2) + 1}`;
    }
    case 'year':
      return pad(y + k, 4);
    case 'decade':
      return pad(Math.floor(y / 10) + k, 3);
    case 'century':
      return pad(Math.floor(y / 100) + k, 2);
  }
}

/** "three days ago", "a year earlier": the report day moved back (or ahead) by n units, at that unit's grain. */
export function offsetValue(dct: number | null, unit: Unit, n: number | 'X', sign: 1 | -1): string {
  if (n === 'X' || dct === null) {
    const grain: Record<Unit, string> = {
      day: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', week: 'XXXX-WXX', weekend: 'XXXX-WXX', month: 'XXXX-XX',
      quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX',
    };
    return sign < 0 ? 'PAST_REF' : n === 'X' ? 'FUTURE_REF' : grain[unit];
  }
  if (!Number.isInteger(n)) return sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
  if (unit === 'day') return isoDay(dct + sign * n);
  if (unit === 'week' || unit === 'weekend') return isoWeekValue(dct + sign * 7 * n);
  if (unit === 'decade') return unitValue(dct, 'year', sign * 10 * n);
  if (unit === 'century') return unitValue(dct, 'year', sign * 100 * n);
  return unitValue(dct, unit, sign * n);
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A season ("last fall"): its year, from the report month and the shift. */
export function resolveSeason(dct: number | null, season: string, shift: 'last' | 'last-named' | 'next' | 'this' | null, tense: Tense): string {
  if (dct === null) return `XXXX-${season}`;
  const { y, m } = fromDayNumber(dct);
  const start = SEASON_START[season] ?? 6;
  // Index of the report month's own season occurrence versus this season's occurrence in year y.
  const inSeason = m >= start && m < start + 3;
  let year = y;
  if (shift === 'last') year = m >= start + 3 ? y : y - 1;
  // "last spring" is the previous year's spring even once this year's has ended: that one is "this (past) spring"
  // (TBAQ: 5 of 5 "last <season>" name the previous year's). Winter straddles the year and keeps the rule above.
  else if (shift === 'last-named') year = season === 'WI' ? (m >= start + 3 ? y : y - 1) : y - 1;
  else if (shift === 'next') year = m < start ? y : y + 1;
  else if (!inSeason && tense === 'past' && m < start) year = y - 1;
  else if (!inSeason && tense === 'future' && m >= start + 3) year = y + 1;
  return `${pad(year, 4)}-${season}`;
}

export function dayValue(y: number, m: number, d: number): string | null {
  return isValidDay(y, m, d) ? isoDay(dayNumber(y, m, d)) : null;
}
