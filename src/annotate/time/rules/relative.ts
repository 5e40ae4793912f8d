// Calendar units named relative to the report time: "last year", "this week", "earlier this month",
// "late last year", "three days ago", "a year earlier", "the third quarter", "last fall".
import { NUMBER_RE, ORDINAL, SEASONS, durationValue, quantity, unitOf } from '../../../facts/time-words.js';
import { offsetValue, resolveSeason, unitValue, type Unit } from '../resolve.js';
import { fromDayNumber, pad } from '../../../text/calendar.js';
import { edgeMod } from './absolute.js';
import { anyWord } from './gates.js';
import type { Built, TimexRule } from './types.js';

const SHIFT: Record<string, number> = {
  last: -1, previous: -1, past: -1, next: 1, coming: 1, following: 1, this: 0, current: 0, 'the same': 0,
  'the current': 0, 'the previous': -1, 'the past': -1, 'the coming': 1, 'the next': 1, 'the following': 1, 'the last': -1,
  that: 0, 'that same': 0, 'the prior': -1, 'the preceding': -1,
};
/** Shift words that count from the period the text last named, not from the report time. */
const ANAPHORIC = new Set(['previous', 'following', 'the same', 'the previous', 'the following', 'that', 'that same', 'the prior', 'the preceding']);
/** Units an anaphor can take from its focus. */
const FOCUS_UNITS = new Set<Unit>(['week', 'month', 'year', 'quarter']);

/** "the past year": the last such unit up to the report day (its value is the calendar unit before). */
function stretch(dct: number | null, unit: Unit, sign: 1 | -1): [number, number] | undefined {
  if (dct === null) return undefined;
  const days: Partial<Record<Unit, number>> = { month: 30, quarter: 91, year: 365, decade: 3652, century: 36524 };
  const n = days[unit];
  if (n === undefined) return undefined;
  return sign < 0 ? [dct - n, dct] : [dct, dct + n];
}

const CAL_UNIT = 'week|weekend|month|year|quarter|decade|century';
const CAL_UNIT_GATE = anyWord(CAL_UNIT.split('|'));

function asUnit(word: string): Unit {
  const u = unitOf(word);
  return (u === 'fortnight' ? 'week' : u) as Unit;
}

export const RELATIVE_RULES: TimexRule[] = [
  {
    // "earlier this month", "late last year", "early next week", "this year", "the past year", "later that year",
    // "the following month"; "the past week" is a duration.
    name: 'shifted-unit',
    gate: CAL_UNIT_GATE,
    pattern: new RegExp(
      `\\b(?:(earlier|later|early|late|mid-?|the end of|the beginning of|the start of|the middle of|the rest of|the first half of|the second half of)\\s*)?` +
        `(last|previous|next|coming|following|this|current|the same|the current|the previous|the past|the coming|the next|the following|the last|that same|that|the prior|the preceding)\\s+(${CAL_UNIT})\\b(?!\\s*(?:'s|’s)?\\s*(?:-|old|ago))`,
      'gi',
    ),
    build: (m, ctx): Built | null => {
      const shiftWord = m[2]!.toLowerCase();
      const unit = asUnit(m[3]!);
      // A capitalised unit just after an opening quote is a title ("This Week", "Next Year"), not a time.
      if (/^[A-Z]/.test(m[3]!) && /["“'’]\s*$/.test(ctx.text.slice(Math.max(0, m.index - 2), m.index))) return null;
      const possessive = /^['’]s\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const k = SHIFT[shiftWord] ?? 0;
      const edge = m[1]?.toLowerCase();
      const mod = edge === 'earlier' ? undefined : edge === 'later' ? undefined : edgeMod(edge);
      // "that month", "the following year": the text's own period, not the report's.
      if (ANAPHORIC.has(shiftWord)) {
        if (shiftWord.startsWith('that') && !FOCUS_UNITS.has(unit)) return null;
        const anaphor = FOCUS_UNITS.has(unit) ? { unit: unit as 'year', shift: k } : undefined;
        return { type: 'DATE', value: unitValue(ctx.dct, unit, k), mod, anaphor };
      }
      // "the past year", "the coming month": a stretch of time ending (starting) now, valued as TimeBank does by
      // the calendar unit before (after) the report's, with the stretch itself as the range; "the past week" is
      // the duration P1W, as TimeML has it.
      if (/^the (past|last|coming|next)$/.test(shiftWord) && !m[1] && !possessive) {
        if (unit === 'week' || unit === 'weekend') return { type: 'DURATION', value: durationValue(1, unit) };
        return { type: 'DATE', value: unitValue(ctx.dct, unit, k), range: stretch(ctx.dct, unit, k < 0 ? -1 : 1) };
      }
      return { type: 'DATE', value: unitValue(ctx.dct, unit, k), mod };
    },
  },
  {
    name: 'ago',
    gate: anyWord(['ago', 'earlier', 'before', 'later', 'after', 'from', 'hence', 'previously', 'prior']),
    pattern: new RegExp(
      `\\b(?:(about|nearly|almost|more than|less than|over|some|roughly|around|just|only)\\s+)?(${NUMBER_RE})[\\s-]+(days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)\\s+(ago|earlier|before|later|after|from now|hence|previously|prior)\\b`,
      'gi',
    ),
    build: (m, ctx): Built | null => {
      const n = quantity(m[2]!);
      if (n === null) return null;
      const unit = asUnit(m[3]!);
      const dir = m[4]!.toLowerCase();
      const sign = /ago|earlier|before|previously|prior/.test(dir) ? -1 : 1;
      // "two weeks before the invasion", "a day after February 24": counted from something else, so TimeML marks
      // the duration "two weeks"; alone ("two days before"), they count from the report time.
      const anchored = (dir === 'before' || dir === 'after') && /^\s+[\p{L}\d]/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const mod = m[1] ? 'APPROX' : undefined;
      // "three days later" counts from an event in the story: TimeML marks the duration "three days".
      if (anchored || dir === 'later' || dir === 'after' || (n === 'X' && dir !== 'ago')) {
        return { type: 'DURATION', value: durationValue(n, unit), mod, dropEnd: m[0].length - m[0].toLowerCase().lastIndexOf(dir) };
      }
      // "ago" counts from the report time; "a month before", "two weeks earlier" from the time the text is telling of.
      const fromFocus = dir !== 'ago' && typeof n === 'number' && FOCUS_UNITS.has(unit) ? { unit: unit as 'year', shift: -n } : undefined;
      const anaphor = unit === 'year' && n === 1 && sign < 0 ? 'year-back' : fromFocus;
      return { type: 'DATE', value: offsetValue(ctx.dct, unit, n, sign as 1 | -1), mod, anaphor };
    },
  },
  {
    name: 'year-earlier',
    gate: anyWord(['year', 'month', 'week']),
    pattern: /\b(?:the\s+)?(year|month|week)[- ](earlier|ago)(?:\s+(quarter|period|month|year|week))?\b/gi,
    build: (m, ctx) => {
      const unit = asUnit(m[1]!);
      if (m[3] && /quarter/i.test(m[3]) && ctx.dct !== null) {
        const q = unitValue(ctx.dct, 'quarter', -1);
        return { type: 'DATE', value: `${pad(Number(q.slice(0, 4)) - 1, 4)}${q.slice(4)}`, anaphor: 'year-back' };
      }
      return { type: 'DATE', value: offsetValue(ctx.dct, unit, 1, -1), anaphor: unit === 'year' ? 'year-back' : undefined };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fourth quarter of 1990", "the latest quarter", "the quarter".
    name: 'quarter',
    gate: anyWord(['quarter', 'period']),
    pattern: /\b(?:(the|(?:this|last|next) year['’]s)\s+)?(?:(?:((?:19|20)\d{2})|year-ago|year-earlier)\s+)?(?:(fiscal|calendar)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|next|same|year-earlier|year-ago|previous)[- ]+)?(?:(fiscal)\s+)?(?:quarter|(?<=(?:latest|year-earlier|year-ago|(?:19|20)\d{2}) )period)(?:\s+of\s+(?:fiscal\s+)?((?:19|20)\d{2}))?\b(?!s)/gi,
    build: (m, ctx): Built | null => {
      const which = m[4]?.toLowerCase();
      const ofYear = /^(this|last|next) year/i.exec(m[1] ?? '');
      const inner = m[2] ?? m[6] ?? (ofYear && ctx.dct !== null ? pad(fromDayNumber(ctx.dct).y + ({ this: 0, last: -1, next: 1 }[ofYear[1]!.toLowerCase()] ?? 0), 4) : undefined);
      const yearAgo = /^(?:the\s+)?year-(?:ago|earlier)/i.test(m[0]);
      if (!m[1] && !which) return null;
      if (which && /^(first|second|third|fourth|1st|2nd|3rd|4th)$/.test(which)) {
        const n = ORDINAL[which]!;
        // A quarter still ahead in the report year, spoken of in the past, is last year's.
        const now = ctx.dct === null ? null : fromDayNumber(ctx.dct);
        const ahead = now !== null && n > Math.floor((now.m - 1) / 3) + 1 && ctx.tense !== 'future';
        const year = inner ?? (now === null ? 'XXXX' : pad(now.y - (ahead || yearAgo ? 1 : 0), 4));
        return { type: 'DATE', value: `${year}-Q${n}`, fiscalQuarter: !!(m[3] ?? m[5]) && /fiscal/i.test(m[3] ?? m[5]!), yearNamed: !!(m[2] ?? m[6]) };
      }
      // A report talks about the quarter it last named ("the quarter", "the latest period", "the 1988 period":
      // that quarter in 1988), else the last completed one.
      const k = which === 'next' ? 1 : which === 'current' ? 0 : -1;
      const q = unitValue(ctx.dct, 'quarter', k);
      const named = which === undefined || which === 'latest' || which === 'same';
      if (inner && /^\d{4}/.test(q)) return { type: 'DATE', value: `${inner}${q.slice(4)}`, anaphor: named ? { unit: 'quarter', shift: 0, year: Number(inner), fiscal: true } : undefined };
      if (yearAgo || which === 'year-earlier' || which === 'year-ago') {
        const value = /^\d{4}/.test(q) ? `${pad(Number(q.slice(0, 4)) - 1, 4)}${q.slice(4)}` : q;
        return { type: 'DATE', value, anaphor: 'year-back' };
      }
      return { type: 'DATE', value: q, anaphor: named ? { unit: 'quarter', shift: 0, fiscal: true } : undefined };
    },
  },
  {
    name: 'season',
    gate: anyWord(['spring', 'summer', 'fall', 'autumn', 'winter']),
    pattern: /\b(?:(last|this|next|this past|this coming|early|late|mid-?|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    build: (m, ctx): Built | null => {
      const word = m[1]?.toLowerCase();
      if (!word && !m[3]) return null;
      const season = SEASONS[m[2]!.toLowerCase()]!;
      if (m[3]) return { type: 'DATE', value: `${m[3]}-${season}`, mod: edgeMod(word) };
      const shift = word === 'last' ? 'last-named' : word === 'this past' ? 'last' : word === 'next' || word === 'this coming' ? 'next' : word === 'this' ? 'this' : null;
      return { type: 'DATE', value: resolveSeason(ctx.dct, season, shift, ctx.tense), mod: edgeMod(word) };
    },
  },
  {
    // "the fiscal year", "the full year", "for the year", "earlier in the year": the report year; "the year ended
    // June 30" is the twelve months that ended then, a duration (TimeML marks the date apart).
    name: 'whole-year',
    gate: anyWord(['year']),
    pattern: /\b(?:(earlier|later|early|late)\s+in\s+)?the\s+(?:(full|current|latest|same|entire|whole)\s+)?(?:(fiscal|calendar)\s+)?year\b(?!s|-|\s+(?:ago|earlier|before|later|or|after|two|of\s+(?:the|our|their|his|her))\b)/gi,
    build: (m, ctx): Built | null => {
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^\s+(?:ended|ending|to\s+date)\b/i.test(after) && !m[1]) return { type: 'DURATION', value: 'P1Y' };
      const k = m[2]?.toLowerCase() === 'latest' ? -1 : 0;
      const edge = m[1]?.toLowerCase();
      return { type: 'DATE', value: unitValue(ctx.dct, 'year', k), mod: edge === 'early' ? 'START' : edge === 'late' ? 'END' : undefined };
    },
  },
  {
    // "For the week, the index dropped": a week of the report's year that the text does not pin down.
    name: 'the-week',
    gate: anyWord(['week']),
    pattern: /\bthe\s+week\b(?!\s+(?:of|before|after|ahead|ago|earlier|later|ended|ending|to)\b|-)/gi,
    build: (m, ctx): Built => ({ type: 'DATE', value: ctx.dct === null ? 'XXXX-WXX' : `${unitValue(ctx.dct, 'year', 0)}-WXX` }),
  },
  {
    // "the end of the year", "the middle of the month", "year's end".
    name: 'edge-of-unit',
    gate: anyWord(['end', 'beginning', 'start', 'middle', 'rest']),
    pattern: /\b(?:the\s+)?(end|beginning|start|middle|rest)\s+of\s+the\s+(week|month|year|quarter|decade)\b|\b(year|month)(?:'s|’s)\s+end\b/gi,
    build: (m, ctx): Built => {
      const unit = asUnit(m[2] ?? m[3]!);
      return { type: 'DATE', value: unitValue(ctx.dct, unit, 0), mod: m[1] ? edgeMod(m[1]) : 'END' };
    },
  },
  {
    // "the 20th century", "the 11th century".
    name: 'ordinal-century',
    gate: anyWord(['century']),
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
    build: (m): Built => ({ type: 'DATE', value: String(Number(m[1]) - 1).padStart(2, '0') }),
  },
  {
    name: 'year-end',
    gate: anyWord(['year', 'month', 'quarter']),
    pattern: /\b(year|month|quarter)[- ]end\b/gi,
    build: (m, ctx) => {
      const unit = asUnit(m[1]!);
      return { type: 'DATE', value: unitValue(ctx.dct, unit, 0), mod: 'END' };
    },
  },
];
