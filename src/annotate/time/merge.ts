// Joins neighbouring timexes that TimeML annotates as one: a clock time followed by its day ("10 p.m. Wednesday",
// "noon Thursday", "5 p.m. EST Nov. 9") becomes one TIME on that day; a weekday followed by its date ("Friday,
// Oct. 23") becomes one DATE, in the year that puts the date on that weekday when the text gives none; a month or
// season followed by a year read out ("January nineteen ninety-seven") becomes that month of that year.
import type { Built } from './rules/types.js';
import { dayNumber, isoDay, isValidDay, weekdayOf } from '../../text/calendar.js';
import { WEEKDAY_RE, weekdayNumber } from '../../facts/time-words.js';

export interface Span extends Built {
  start: number;
  end: number;
  rank: number;
}

const CLOCK_VALUE = /^(?:XXXX-XX-XX|\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})$/;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/;

export function mergeClockWithDay(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const clock = a.type === 'TIME' ? CLOCK_VALUE.exec(a.value) : null;
    if (clock && b && b.type === 'DATE' && DAY_VALUE.test(b.value) && /^[\s,]*(?:on\s+)?$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, value: `${b.value}${clock[1]}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A clock time takes its day from a day-valued date in the same sentence ("on Friday ... at 10:35 a.m."). */
export function dayForClocks(spans: Span[], sentenceOf: (at: number) => { start: number; end: number } | undefined): Span[] {
  return spans.map((c) => {
    const clock = c.type === 'TIME' ? CLOCK_VALUE.exec(c.value) : null;
    const sentence = clock ? sentenceOf(c.start) : undefined;
    if (!clock || !sentence) return c;
    let best: Span | null = null;
    for (const d of spans) {
      if (d === c || d.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value) || d.start < sentence.start || d.end > sentence.end) continue;
      if (!best || Math.abs(d.start - c.start) < Math.abs(best.start - c.start)) best = d;
    }
    return best ? { ...c, value: `${best.value}${clock[1]}` } : c;
  });
}

const WEEKDAY_WORD = new RegExp(`^(?:${WEEKDAY_RE})$`, 'i');
const MONTH_DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "Friday, Oct. 23", "Friday Oct. 13": one DATE. A date without its own year moves (within a year) onto the weekday. */
export function mergeWeekdayWithDate(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const weekday = a.type === 'DATE' && WEEKDAY_WORD.test(text.slice(a.start, a.end)) ? weekdayNumber(text.slice(a.start, a.end)) : null;
    const date = b && b.type === 'DATE' ? MONTH_DAY_VALUE.exec(b.value) : null;
    if (weekday === null || !b || !date || !/^,?\s*$/.test(text.slice(a.end, b.start))) {
      out.push(a);
      continue;
    }
    let value = b.value;
    if (!/\d{4}/.test(text.slice(b.start, b.end))) {
      const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
      const fits = [y, y - 1, y + 1].find((yy) => isValidDay(yy, m, d) && weekdayOf(dayNumber(yy, m, d)) === weekday);
      if (fits !== undefined) value = isoDay(dayNumber(fits, m, d));
    }
    out.push({ ...b, start: a.start, value });
    i++;
  }
  return out;
}

const MONTH_OR_SEASON = /^(?:\d{4}|XXXX)-(\d{2}|SP|SU|FA|WI)$/;

/** "January nineteen ninety-seven", "the winter of nineteen ninety-four": one DATE in the year read out. */
export function mergeMonthWithSpokenYear(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const part = a.type === 'DATE' ? MONTH_OR_SEASON.exec(a.value) : null;
    const spoken = b && b.type === 'DATE' && /^\d{4}$/.test(b.value) && !/\d/.test(text.slice(b.start, b.end));
    if (part && b && spoken && /^\s+(?:of\s+)?$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, value: `${b.value}-${part[1]}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
