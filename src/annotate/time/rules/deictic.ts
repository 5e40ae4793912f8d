// Words that point at the report time itself: today, yesterday, now, recently, tonight, overnight, the future.
import { dayNumber, fromDayNumber, isoDay, weekdayOf } from '../../../text/calendar.js';
import { PART_OF_DAY } from '../../../facts/time-words.js';
import { anyWord } from './gates.js';
import type { Built, RuleContext, TimexRule } from './types.js';

/** A day counted from the writer's own day ("today", "yesterday", "tonight"), which is the report day unless the
 * stamp is just after midnight UTC (local-day.ts). */
const day = (ctx: RuleContext, k: number): string => (ctx.writerDay === null ? 'XXXX-XX-XX' : isoDay(ctx.writerDay + k));
/** "today", "last night": a day counted from the report day (see Built.fromReportDay). */
const reportDay = (type: 'DATE' | 'TIME', value: string): Built => ({ type, value, fromReportDay: true });

/** A yearly holiday: the nearest occurrence to the report day. */
function holiday(ctx: RuleContext, month: number, dayIn: (year: number) => number): Built {
  if (ctx.dct === null) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(dayIn(2001)).padStart(2, '0')}` };
  const { y } = fromDayNumber(ctx.dct);
  const dct = ctx.dct;
  const best = [y - 1, y, y + 1].map((yy) => dayNumber(yy, month, dayIn(yy))).reduce((a, b) => (Math.abs(b - dct) < Math.abs(a - dct) ? b : a));
  return { type: 'DATE', value: isoDay(best) };
}

/** Fixed words and their values, as ordered data: the words a chunk must hold (the rule's gate), the pattern,
 * the value. */
const WORDS: ReadonlyArray<readonly [readonly string[], RegExp, (ctx: RuleContext) => Built]> = [
  [['today'], /\b(?:earlier|later|late|early)\s+today\b/gi, (c) => reportDay('DATE', day(c, 0))],
  // "today's world" is the present in general, not the report day.
  [['today'], /\btoday\b(?!['’]s\s+[a-z]+s\b|['’]s\s+(?:world|youth|society|economy|generation)\b)/gi, (c) => reportDay('DATE', day(c, 0))],
  [['yesterday'], /\b(?:late|early)\s+yesterday\b/gi, (c) => reportDay('DATE', day(c, -1))],
  [['yesterday'], /\bthe day before yesterday\b/gi, (c) => reportDay('DATE', day(c, -2))],
  [['tomorrow'], /\bthe day after tomorrow\b/gi, (c) => reportDay('DATE', day(c, 2))],
  [['yesterday'], /\byesterday\b/gi, (c) => reportDay('DATE', day(c, -1))],
  [['tomorrow'], /\btomorrow\b/gi, (c) => reportDay('DATE', day(c, 1))],
  [['tonight'], /\btonight\b/gi, (c) => reportDay('DATE', day(c, 0))],
  [['night'], /\blast night\b/gi, (c) => reportDay('TIME', `${day(c, -1)}TNI`)],
  // A news report's "overnight" is the night before it was written.
  [['overnight'], /\bovernight\b/gi, (c) => reportDay('TIME', `${day(c, -1)}TNI`)],
  [['now', 'currently', 'nowadays', 'present', 'moment', 'presently'], /\b(?:now|currently|nowadays|at present|at the moment|presently)\b/gi, () => ({ type: 'DATE', value: 'PRESENT_REF' })],
  [['recently', 'lately'], /\b(?:recently|lately)\b/gi, () => ({ type: 'DATE', value: 'PAST_REF' })],
  // TimeML marks the time adjectives too: "the then current chairman", "current levels", "recent talks", "in the past".
  [['current'], /\bthen[- ]current\b/gi, () => ({ type: 'DATE', value: 'PAST_REF' })],
  [['current'], /\bcurrent\b/gi, () => ({ type: 'DATE', value: 'PRESENT_REF' })],
  [['recent'], /\brecent\b/gi, () => ({ type: 'DATE', value: 'PAST_REF' })],
  [['past'], /\bthe past\b(?!\s*(?:'s|’s)|\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten|several|few|many|couple)\b)/gi, () => ({ type: 'DATE', value: 'PAST_REF' })],
  [['term'], /\bthe (?:near|short|medium)[- ]term\b/gi, () => ({ type: 'DATE', value: 'FUTURE_REF' })],
  [['future'], /\bthe (?:near |distant )?future\b/gi, () => ({ type: 'DATE', value: 'FUTURE_REF' })],
  [['thanksgiving'], /\b(?:Thanksgiving(?: Day)?)\b/g, (c) => holiday(c, 11, (y) => 22 + ((11 - weekdayOf(dayNumber(y, 11, 1))) % 7))],
  [['christmas'], /\b(?:Christmas(?: Day)?)\b(?! (?:tree|card|market|gift)s?)/g, (c) => holiday(c, 12, () => 25)],
  [['christmas'], /\bChristmas Eve\b/g, (c) => holiday(c, 12, () => 24)],
  [['year'], /\bNew Year's Eve\b/g, (c) => holiday(c, 12, () => 31)],
  [['year'], /\bNew Year's(?: Day)?\b/g, (c) => holiday(c, 1, () => 1)],
  [['independence'], /\bIndependence Day\b/g, (c) => holiday(c, 7, () => 4)],
  // The US general election: the Tuesday after the first Monday in November.
  [['election'], /\bElection Day\b/g, (c) => holiday(c, 11, (y) => 2 + ((8 - weekdayOf(dayNumber(y, 11, 1))) % 7))],
];

export const DEICTIC_RULES: TimexRule[] = [
  ...WORDS.map(([words, pattern, value], i): TimexRule => ({
    name: `deictic-${i}`,
    gate: anyWord(words),
    pattern,
    build: (_m, ctx) => value(ctx),
  })),
  {
    // "that day", "earlier that day", "the next morning", "the following day": a day of the story, counted from
    // the day the text last named (anaphora.ts), else from the report day.
    name: 'story-day',
    gate: anyWord(['day', 'morning', 'afternoon', 'evening', 'night']),
    pattern: /\b(?:(?:earlier|later|early|late)\s+(?:on\s+|in\s+)?)?(that|that same|that very|the same|the next|the following|the previous|the prior|the preceding)\s+(?:day|morning|afternoon|evening|night)\b(?!\s*(?:'s|’s))/gi,
    build: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      const k = /next|following/.test(w) ? 1 : /previous|prior|preceding/.test(w) ? -1 : 0;
      return { type: 'DATE', value: day(ctx, k), anaphor: { unit: 'day', shift: k } };
    },
  },
  {
    name: 'this-part-of-day',
    gate: anyWord(['morning', 'afternoon', 'evening']),
    pattern: /\b(this|yesterday|tomorrow|early this|late this|earlier this|later this)\s+(morning|afternoon|evening)\b/gi,
    build: (m, ctx) => {
      const w = m[1]!.toLowerCase();
      const k = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      return reportDay('TIME', `${day(ctx, k)}T${PART_OF_DAY[m[2]!.toLowerCase()]}`);
    },
  },
  {
    // "mid-afternoon yesterday", "mid-morning": the report day's (or the named day's) part of the day.
    name: 'mid-part-of-day',
    gate: anyWord(['mid', 'midmorning', 'midafternoon', 'midevening']),
    pattern: /\bmid[- ]?(morning|afternoon|evening)(?:\s+(yesterday|today|tomorrow))?\b/gi,
    build: (m, ctx) => {
      const w = m[2]?.toLowerCase();
      const k = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      return { type: 'TIME', value: `${day(ctx, k)}T${PART_OF_DAY[m[1]!.toLowerCase()]}`, mod: 'MID' };
    },
  },
];
