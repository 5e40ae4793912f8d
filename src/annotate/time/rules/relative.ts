// Calendar units named relative to the report time: "last year", "this week", "earlier this month",
// "late last year", "three days ago", "a year earlier", "the third quarter", "last fall".
import { NUMBER_RE, ORDINAL, SEASONS, durationValue, quantity, unitOf } from '../lexicon.js';
import { offsetValue, resolveSeason, unitValue, type Unit } from '../resolve.js';
import { fromDayNumber, pad } from '../calendar.js';
import { edgeMod } from './absolute.js';
import type { Built, TimexRule } from './types.js';

const SHIFT: Record<string, number> = {
  last: -1, previous: -1, past: -1, next: 1, coming: 1, following: 1, this: 0, current: 0, 'the same': 0,
  'the current': 0, 'the previous': -1, 'the past': -1, 'the coming': 1, 'the next': 1, 'the following': 1, 'the last': -1,
};

const CAL_UNIT = 'week|weekend|month|year|quarter|decade|century';

function asUnit(word: string): Unit {
  const u = unitOf(word);
  return (u === 'fortnight' ? 'week' : u) as Unit;
}

export const RELATIVE_RULES: TimexRule[] = [
  {
    // "earlier this month", "late last year", "early next week", "this year", "the past week" (a duration).
    name: 'shifted-unit',
    pattern: new RegExp(
      `\\b(?:(earlier|later|early|late|mid-?|the end of|the beginning of|the start of|the middle of|the rest of|the first half of|the second half of)\\s*)?` +
        `(last|previous|next|coming|following|this|current|the same|the current|the previous|the past|the coming|the next|the following|the last)\\s+(${CAL_UNIT})\\b(?!\\s*(?:'s|’s)?\\s*(?:-|old|ago))`,
      'gi',
    ),
    build: (m, ctx): Built | null => {
      const shiftWord = m[2]!.toLowerCase();
      const unit = asUnit(m[3]!);
      // "the past week", "the last year", "the coming month": a stretch of time ending (starting) now.
      const possessive = /^['’]s\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (/^the (past|last|coming|next|following)$/.test(shiftWord) && !m[1] && !possessive) {
        return { type: 'DURATION', value: durationValue(1, unit) };
      }
      const k = SHIFT[shiftWord] ?? 0;
      const edge = m[1]?.toLowerCase();
      const mod = edge === 'earlier' ? undefined : edge === 'later' ? undefined : edgeMod(edge);
      return { type: 'DATE', value: unitValue(ctx.dct, unit, k), mod };
    },
  },
  {
    name: 'ago',
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
      const anaphor = unit === 'year' && n === 1 && sign < 0 ? 'year-back' : undefined;
      return { type: 'DATE', value: offsetValue(ctx.dct, unit, n, sign as 1 | -1), mod, anaphor };
    },
  },
  {
    name: 'year-earlier',
    pattern: /\b(?:the\s+)?(year|month|week)[- ](earlier|ago)(?:\s+(quarter|period|month|year|week))?\b/gi,
    build: (m, ctx) => {
      const unit = asUnit(m[1]!);
      if (m[3] && /quarter/i.test(m[3]) && ctx.dct !== null) {
        const q = unitValue(ctx.dct, 'quarter', -1);
        return { type: 'DATE', value: `${pad(Number(q.slice(0, 4)) - 1, 4)}${q.slice(4)}` };
      }
      return { type: 'DATE', value: offsetValue(ctx.dct, unit, 1, -1), anaphor: unit === 'year' ? 'year-back' : undefined };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fourth quarter of 1990", "the latest quarter", "the quarter".
    name: 'quarter',
    pattern: /\b(?:(the)\s+)?(?:(?:((?:19|20)\d{2})|year-ago|year-earlier)\s+)?(?:(fiscal|calendar)\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|latest|last|current|next|same|year-earlier|year-ago|previous)[- ]+)?(?:(fiscal)\s+)?(?:quarter|(?<=(?:latest|year-earlier|year-ago) )period)(?:\s+of\s+(?:fiscal\s+)?((?:19|20)\d{2}))?\b(?!s)/gi,
    build: (m, ctx): Built | null => {
      const which = m[4]?.toLowerCase();
      const inner = m[2] ?? m[6];
      const yearAgo = /^(?:the\s+)?year-(?:ago|earlier)/i.test(m[0]);
      if (!m[1] && !which) return null;
      if (which && /^(first|second|third|fourth|1st|2nd|3rd|4th)$/.test(which)) {
        const n = ORDINAL[which]!;
        // A quarter still ahead in the report year, spoken of in the past, is last year's.
        const now = ctx.dct === null ? null : fromDayNumber(ctx.dct);
        const ahead = now !== null && n > Math.floor((now.m - 1) / 3) + 1 && ctx.tense !== 'future';
        const year = inner ?? (now === null ? 'XXXX' : pad(now.y - (ahead || yearAgo ? 1 : 0), 4));
        return { type: 'DATE', value: `${year}-Q${n}` };
      }
      // A report talks about the last completed quarter: "the quarter", "the latest quarter".
      const k = which === 'next' ? 1 : which === 'current' ? 0 : -1;
      const q = unitValue(ctx.dct, 'quarter', k);
      if (inner && /^\d{4}/.test(q)) return { type: 'DATE', value: `${inner}${q.slice(4)}` };
      if (yearAgo || which === 'year-earlier' || which === 'year-ago') {
        const value = /^\d{4}/.test(q) ? `${pad(Number(q.slice(0, 4)) - 1, 4)}${q.slice(4)}` : q;
        return { type: 'DATE', value, anaphor: 'year-back' };
      }
      return { type: 'DATE', value: q };
    },
  },
  {
    name: 'season',
    pattern: /\b(?:(last|this|next|this past|this coming|early|late|mid-?|the)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    build: (m, ctx): Built | null => {
      const word = m[1]?.toLowerCase();
      if (!word && !m[3]) return null;
      const season = SEASONS[m[2]!.toLowerCase()]!;
      if (m[3]) return { type: 'DATE', value: `${m[3]}-${season}`, mod: edgeMod(word) };
      const shift = word === 'last' || word === 'this past' ? 'last' : word === 'next' || word === 'this coming' ? 'next' : word === 'this' ? 'this' : null;
      return { type: 'DATE', value: resolveSeason(ctx.dct, season, shift, ctx.tense), mod: edgeMod(word) };
    },
  },
  {
    // "the fiscal year", "the full year", "the current fiscal year": the report year.
    name: 'whole-year',
    pattern: /\bthe\s+(?:(full|current|latest|same|entire|whole)\s+)?(?:(fiscal|calendar)\s+)?year\b(?!s|-|\s+(?:ago|earlier|before|later|or))/gi,
    build: (m, ctx): Built | null => {
      if (!m[1] && !m[2]) return null;
      const k = m[1]?.toLowerCase() === 'latest' ? -1 : 0;
      return { type: 'DATE', value: unitValue(ctx.dct, 'year', k) };
    },
  },
  {
    // "the end of the year", "the middle of the month", "year's end".
    name: 'edge-of-unit',
    pattern: /\b(?:the\s+)?(end|beginning|start|middle|rest)\s+of\s+the\s+(week|month|year|quarter|decade)\b|\b(year|month)(?:'s|’s)\s+end\b/gi,
    build: (m, ctx): Built => {
      const unit = asUnit(m[2] ?? m[3]!);
      return { type: 'DATE', value: unitValue(ctx.dct, unit, 0), mod: m[1] ? edgeMod(m[1]) : 'END' };
    },
  },
  {
    // "the 20th century", "the 11th century".
    name: 'ordinal-century',
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century\b/gi,
    build: (m): Built => ({ type: 'DATE', value: String(Number(m[1]) - 1).padStart(2, '0') }),
  },
  {
    name: 'year-end',
    pattern: /\b(year|month|quarter)[- ]end\b/gi,
    build: (m, ctx) => {
      const unit = asUnit(m[1]!);
      return { type: 'DATE', value: unitValue(ctx.dct, unit, 0), mod: 'END' };
    },
  },
];
