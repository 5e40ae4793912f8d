// Expressions valued from the period the text last named (its temporal focus) rather than from the report time,
// as TimeML values them: "in June 1998 ... later that year" is 1998, "On May 22, 1995 ... the following year" is
// 1996, "Results for that quarter" is the quarter last named, "a year earlier" after "the third quarter" is that
// quarter a year back. Without a focus, the value the rule gave from the report time stands.
import { dayNumber, isoDay, isoMonth, isoWeekValue, isValidDay, pad, shiftMonth } from '../../text/calendar.js';
import type { Anaphor, Built } from './rules/types.js';

interface Span extends Built {
  start: number;
  end: number;
}

/** A resolved calendar value that can be a focus: a year, a quarter, a month or a day (with or without a clock). */
const CALENDAR = /^(\d{4})(?:-(?:Q([1-4])|(\d{2}))(?:-(\d{2}))?)?(?:T[\w:]+)?$/;

/** A count of months that is part of a year's results: six to eleven months. */
const MONTHS_OF_A_YEAR = /^P(?:[6-9]|1[01])M$/;

/** Years between the focus and the report-time reading before a yearless day moves into the focus's year. */
const FOCUS_YEAR_GAP = 2;

interface Focus {
  y: number;
  q?: number;
  m?: number;
  d?: number;
}

function parseFocus(value: string): Focus | null {
  const m = CALENDAR.exec(value);
  if (!m) return null;
  const f: Focus = { y: Number(m[1]) };
  if (m[2]) f.q = Number(m[2]);
  if (m[3]) {
    f.m = Number(m[3]);
    f.q = Math.floor((f.m - 1) / 3) + 1;
  }
  if (m[3] && m[4] && isValidDay(f.y, f.m!, Number(m[4]))) f.d = Number(m[4]);
  return f;
}

/** The value of an anaphor against a focus; null when the focus is too coarse for the shift asked. */
export function valueFrom(focus: Focus, a: Anaphor): string | null {
  const y = a.year !== undefined ? a.year : focus.y;
  switch (a.unit) {
    case 'year':
      return pad(y + a.shift, 4);
    case 'quarter': {
      if (focus.q === undefined) return a.shift === 0 ? `${pad(y, 4)}-QX` : null;
      const idx = y * 4 + focus.q - 1 + a.shift;
      return `${pad(Math.floor(idx / 4), 4)}-Q${(idx % 4) + 1}`;
    }
    case 'month': {
      if (focus.m === undefined) return a.shift === 0 ? `${pad(y, 4)}-XX` : null;
      const s = shiftMonth(y, focus.m, a.shift);
      return isoMonth(s.y, s.m);
    }
    case 'week':
      if (focus.d === undefined) return a.shift === 0 ? `${pad(y, 4)}-WXX` : null;
      return isoWeekValue(dayNumber(y, focus.m!, focus.d) + 7 * a.shift);
    case 'day':
      if (focus.d === undefined) return a.shift === 0 ? `${pad(y, 4)}-${focus.m === undefined ? 'XX' : pad(focus.m)}-XX` : null;
      return isoDay(dayNumber(y, focus.m!, focus.d) + a.shift);
  }
}

/** Re-values every anaphoric span from the focus before it. "The quarter" only takes a fiscal quarter the text
 * named (a company's own quarter); otherwise it stays the report's last completed quarter. */
export function resolveAnaphors<S extends Span>(spans: readonly S[]): S[] {
  let focus: Focus | null = null;
  /** The focus is a full date, or a year that sets the scene (see Built.frames): strong enough for a yearless day. */
  let focusDates = false;
  /** The year of the first month-year the story is told in (Built.storyYear), while no day has been counted from
   * the report day. */
  let storyYear: number | null = null;
  let toldFromReportDay = false;
  let fiscalQuarter: Focus | null = null;
  let quarter: string | null = null;
  /** A stretch of several months ("the first nine months") named since the last quarter: the period compared. */
  let monthsNamed = false;
  return spans.map((c) => {
    let out = c;
    if (c.anaphor === 'year-back') {
      // "for the nine months, ... a year earlier" compares the year's first months: the year back, not a quarter.
      if (quarter) out = { ...c, value: monthsNamed ? pad(Number(quarter.slice(0, 4)) - 1, 4) : `${pad(Number(quarter.slice(0, 4)) - 1, 4)}${quarter.slice(4)}` };
    } else if (c.anaphor === 'focus-year') {
      // A focus that dates (a full date, a scene-setting year) decides; without one, a story that has counted no
      // day from its report day is still in the year its first month-year named.
      const year = focus && focusDates ? focus.y : toldFromReportDay ? null : storyYear;
      if (year !== null && Math.abs(year - Number(c.value.slice(0, 4))) >= FOCUS_YEAR_GAP) out = { ...c, value: `${pad(year, 4)}${c.value.slice(4)}` };
    } else if (c.anaphor) {
      const from = c.anaphor.unit !== 'quarter' ? focus : c.anaphor.fiscal ? fiscalQuarter : quarter ? parseFocus(quarter) : null;
      const value = from ? valueFrom(from, c.anaphor) : null;
      if (value) out = { ...c, value };
    }
    const named = (out.type === 'DATE' || out.type === 'TIME') && !c.attributive ? parseFocus(out.value) : null;
    if (named) {
      focus = named;
      focusDates = named.m !== undefined || Boolean(c.frames);
    }
    if (c.storyYear && storyYear === null) storyYear = Number(out.value.slice(0, 4));
    if (c.fromReportDay) toldFromReportDay = true;
    if (c.fiscalQuarter) fiscalQuarter = parseFocus(out.value);
    // "a year earlier" goes back from a quarter of the report's year, not from one already a year back.
    const yearNamed = c.yearNamed || (typeof c.anaphor === 'object' && c.anaphor.year !== undefined);
    if (c.anaphor !== 'year-back' && !yearNamed && /^\d{4}-Q[1-4]$/.test(out.value)) {
      quarter = out.value;
      monthsNamed = false;
    }
    if (out.type === 'DURATION' && MONTHS_OF_A_YEAR.test(out.value)) monthsNamed = true;
    return out;
  });
}
