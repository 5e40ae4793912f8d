// When an event happened: the time expression that governs its trigger, else one carried from earlier in
// the paragraph, else the section's report time with its precision lowered. A time expression attached to
// a speech verb ("said on Thursday") dates the saying, so it ranks below one on the event itself.
import type { Sentence, Timex, Token } from '../../annotate/types.js';
import type { DatePrecision, EventDate } from '../types.js';
import { clauseAt, governingTimex } from '../../annotate/time/governing.js';
import { tenseAt } from '../../annotate/time/tense.js';
import { isoWeekValue, parseIsoDay } from '../../text/calendar.js';
import { firstFrom, within } from '../../text/spans.js';
import { WEEKDAY_RE } from '../../facts/time-words.js';

/** ISO week of a YYYY-MM-DD day, as TIMEX3 "YYYY-Www" (a value that is no real day is left as it is). */
function isoWeek(day: string): string {
  const n = parseIsoDay(day);
  return n === null ? day : isoWeekValue(n);
}

export interface DatedEvent {
  date: EventDate | null;
  /** How much the date can be trusted to be the event's own: 1 its own timex ... 0 none. */
  quality: number;
  /** Whether the date comes from a time expression in the trigger's own sentence. */
  own: boolean;
}

const SPEECH = new Set(['said', 'says', 'say', 'saying', 'accused', 'announced', 'reported', 'reports', 'stated', 'told', 'wrote', 'indicated', 'claimed', 'added', 'noted', 'confirmed', 'posted', 'address', 'statement', 'speech', 'report', 'announcement', 'briefing', 'update']);
const DAY = /^\d{4}-\d{2}-\d{2}/;
/** A timex counted from the report day: a weekday or a deictic day word. */
const REPORT_DAY_WORD = new RegExp(`\\b(?:${WEEKDAY_RE}|today|yesterday|tonight|last night|overnight)\\b`, 'i');
/** Years before the report year from which an earlier paragraph's date still dates an undated sentence (see
 * retrospective carry in dateEvent); the time stage's year focus uses the same gap (anaphora.ts). */
const RETROSPECTIVE_YEARS = 2;
/** A week, or its weekend ("this weekend" is 2022-W05-WE): the event is dated to the week. */
const WEEK = /^\d{4}-W\d{2}(?:-WE)?$/;
const MONTH = /^\d{4}-\d{2}$/;
const YEAR = /^\d{4}$/;

export function precisionOf(t: Timex): DatePrecision | null {
  if (t.type !== 'DATE' && t.type !== 'TIME') return null;
  if (DAY.test(t.value)) return 'day';
  if (WEEK.test(t.value)) return 'week';
  if (MONTH.test(t.value)) return 'month';
  if (YEAR.test(t.value)) return 'year';
  return null;
}

function fromTimex(t: Timex): EventDate | null {
  const precision = precisionOf(t);
  if (!precision) return null;
  const value = precision === 'day' ? t.value.slice(0, 10) : precision === 'week' ? t.value.slice(0, 8) : t.value;
  return { value, precision, ...(t.range ? { start: t.range.start, end: t.range.end } : {}), basis: 'timex', timex: t.text };
}

/** "since February 2022": the time something has lasted from, not when the event in the sentence happened. */
function startsAt(t: Timex, tokens: readonly Token[]): boolean {
  const k = tokens.findIndex((tok) => tok.start >= t.start);
  if (k < 0) return false;
  // "since February 2022", "since the start of 2022", "since Russia's invasion in 2022": "since" and a noun phrase
  // whose time the timex gives; a verb or a clause break between ("since he said on Monday") ends the phrase.
  for (let j = k - 1; j >= Math.max(0, k - SINCE_REACH); j--) {
    const tok = tokens[j]!;
    if (tok.text.toLowerCase() === 'since') return true;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || /^[,;:.!?()"“”]$/.test(tok.text)) return false;
  }
  return false;
}

/** Tokens between "since" and the timex it counts from. */
const SINCE_REACH = 6;

/** "until" right before a timex: the end of a stretch of time. */
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:the\s+)?$/i;

/**
 * "The conference will last until Sunday": the end of a stretch still ahead of the report day is when something
 * is to stop, not when the event happened. A deadline ("tasked with capturing the town by May 9") does date the
 * planned event (the news-events codebook dates it so), and so does an end in the past ("held until 2014").
 */
function untilAhead(t: Timex, ctx: DateContext): boolean {
  if (!ctx.reportTime || !UNTIL_BEFORE.test(ctx.text.slice(Math.max(0, t.start - 12), t.start))) return false;
  const date = fromTimex(t);
  return !!date && firstDayOf(date) > ctx.reportTime.slice(0, 10);
}

/**
 * A date carried from an earlier sentence that lies after the report day (a plan, a deadline: "the conference
 * will last until Sunday") does not date what the next sentence tells in the past or present ("Biden said after
 * meeting the leaders"); only a sentence that itself looks ahead continues it.
 */
function aheadOfReport(carried: EventDate, ctx: DateContext, triggerAt: number): boolean {
  if (!ctx.reportTime || firstDayOf(carried) <= ctx.reportTime.slice(0, 10)) return false;
  return tenseAt(ctx.sentence, ctx.text, triggerAt) !== 'future';
}

/** A finer date says more of when: "last week" over "in February" in one clause. */
const FINENESS: Record<DatePrecision, number> = { day: 3, week: 2, month: 1, year: 0 };

/** Lexicographic comparison of two ranking keys: whether `a` ranks above `b`. */
function later(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** Whether the timex sits on a speech verb: "said on Thursday", "in his address on March 6 said". */
export function onSpeechVerb(t: Timex, tokens: readonly Token[]): boolean {
  const k = tokens.findIndex((tok) => tok.start >= t.start);
  if (k < 0) return false;
  // "said that on Sunday the drone was shot down": after "that" the timex is the reported clause's own.
  for (let j = k - 1; j >= Math.max(0, k - 3) && tokens[j]!.text.toLowerCase() !== 'that'; j--) if (SPEECH.has(tokens[j]!.text.toLowerCase())) return true;
  const after = tokens.findIndex((tok) => tok.start >= t.end);
  if (after >= 0 && SPEECH.has(tokens[after]!.text.toLowerCase())) return true;
  return false;
}

/**
 * A section's time expressions indexed by position, built once per section: each event asks for its
 * sentence's timexes and for the last date before its sentence, and scanning every timex of the section
 * (or of a long paragraph) for each event made a long page cost the square of its length.
 */
export class SectionTimexes {
  /** Sorted by start. */
  private readonly sorted: readonly Timex[];
  /** Indexes into `sorted` of the timexes that give a date, in order. */
  private readonly dated: number[] = [];

  /** Start of the first timex that counts a day from the report day ("Tuesday", "yesterday"), or Infinity. */
  readonly firstReportDay: number;

  constructor(timexes: readonly Timex[]) {
    this.sorted = [...timexes].sort((a, b) => a.start - b.start);
    this.sorted.forEach((t, i) => fromTimex(t) && this.dated.push(i));
    this.firstReportDay = this.sorted.find((t) => REPORT_DAY_WORD.test(t.text))?.start ?? Infinity;
  }

  /** The timexes lying wholly inside the sentence, by start. */
  inSentence(sentence: Sentence): Timex[] {
    return within(this.sorted, sentence.start, sentence.end);
  }

  /** The last timex (by start) giving a date that starts at or after `from` and ends by `to`. */
  lastDateBetween(from: number, to: number): Timex | null {
    const lo = firstFrom(this.sorted, from);
    // The dated timexes starting before `to`; one that starts before `to` but runs past it is passed over.
    let hi = this.dated.length;
    let a = 0;
    while (a < hi) {
      const mid = (a + hi) >> 1;
      if (this.sorted[this.dated[mid]!]!.start <= to) a = mid + 1;
      else hi = mid;
    }
    for (let k = a - 1; k >= 0 && this.dated[k]! >= lo; k--) {
      const t = this.sorted[this.dated[k]!]!;
      if (t.end <= to) return t;
    }
    return null;
  }
}

export interface DateContext {
  /** The section text the offsets index into. */
  text: string;
  timexes: SectionTimexes;
  sentence: Sentence;
  /** Start of the paragraph holding the sentence: dates carry over inside it. */
  paragraphStart: number;
  reportTime: string | null;
  /** A feed item's own clock time dates what it reports to the day. */
  dayPreciseReport: boolean;
  communicative: boolean;
}

export function dateEvent(ctx: DateContext, triggerAt: number): DatedEvent {
  let best: { date: EventDate; quality: number; key: number[] } | null = null;
  // A timex in the trigger's own clause dates it before one in another clause: "the lesson of 2014 when Russia
  // occupied Crimea is clear: ... today" is 2014. Within the clause a finer date wins, then the time annotator's
  // choice (resolved, attached, nearest). A speech verb's timex still yields to the event's own. A
  // time counted from ("the first visit since February 2022") does not date what came before it in the
  // sentence, but it does date what follows it ("since November, when troops started massing").
  const own = ctx.timexes.inSentence(ctx.sentence).filter((t) => !(triggerAt < t.start && startsAt(t, ctx.sentence.tokens)) && !untilAhead(t, ctx));
  const governing = governingTimex(ctx.text, ctx.sentence, own, triggerAt);
  const [clauseStart, clauseEnd] = clauseAt(ctx.text, ctx.sentence, triggerAt);
  for (const t of own) {
    const date = fromTimex(t);
    if (!date) continue;
    const speech = onSpeechVerb(t, ctx.sentence.tokens);
    const quality = speech && !ctx.communicative ? 0.5 : date.precision === 'day' ? 1 : 0.8;
    const distance = Math.min(Math.abs(t.start - triggerAt), Math.abs(t.end - triggerAt));
    const inClause = t.start >= clauseStart && t.end <= clauseEnd;
    const key = [quality === 0.5 ? 0 : 1, inClause ? 1 : 0, quality, FINENESS[date.precision], t === governing ? 1 : 0, -distance];
    if (!best || later(key, best.key)) best = { date, quality, key };
  }
  if (best) return { date: best.date, quality: best.quality, own: true };
  const before = ctx.timexes.lastDateBetween(ctx.paragraphStart, ctx.sentence.start);
  const carried = before && fromTimex(before);
  if (carried && !aheadOfReport(carried, ctx, triggerAt)) return { date: carried, quality: 0.6, own: false };
  if (!ctx.reportTime) return { date: null, quality: 0, own: false };
  // A retrospective story (it has counted no day from its report day, and the last date it gave is years back)
  // is still in that time after a paragraph break: "Putin called the March 29 draft a 'not bad result'. \n\n As
  // the Ukrainians pushed Russian forces back from Kyiv, negotiations continued" is 2022 in a 2024 article.
  const earlier = ctx.timexes.firstReportDay > ctx.sentence.start ? ctx.timexes.lastDateBetween(0, ctx.sentence.start) : null;
  const story = earlier && fromTimex(earlier);
  // Only a month or a day: a bare year ("since 2014", "the 2014 annexation") is named in passing far more often
  // than it sets the story's time.
  const setsTime = story && (story.precision === 'day' || story.precision === 'month');
  if (story && setsTime && Number(story.value.slice(0, 4)) <= Number(ctx.reportTime.slice(0, 4)) - RETROSPECTIVE_YEARS) return { date: story, quality: 0.6, own: false };
  const day = ctx.reportTime.slice(0, 10);
  if (ctx.dayPreciseReport) return { date: { value: day, precision: 'day', basis: 'report-time' }, quality: 0.4, own: false };
  return { date: { value: isoWeek(day), precision: 'week', end: day, basis: 'report-time' }, quality: 0.2, own: false };
}

/** The first day a date can denote, for comparisons; a week or month as its first day. */
export function firstDayOf(d: EventDate): string {
  if (d.start && DAY.test(d.start)) return d.start.slice(0, 10);
  if (d.precision === 'day') return d.value.slice(0, 10);
  if (d.precision === 'month') return `${d.value.slice(0, 7)}-01`;
  if (d.precision === 'year') return `${d.value.slice(0, 4)}-01-01`;
  return d.value;
}

/** The last day a date can denote, for comparisons. */
export function lastDayOf(d: EventDate): string {
  if (d.end) return d.end;
  if (d.precision === 'day') return d.value.slice(0, 10);
  if (d.precision === 'month') return `${d.value.slice(0, 7)}-31`;
  if (d.precision === 'year') return `${d.value.slice(0, 4)}-12-31`;
  return d.value;
}

/** Whether two dates can denote the same happening: equal days, or one containing the other. */
export function datesCompatible(a: EventDate | null, b: EventDate | null): boolean {
  if (!a || !b) return true;
  if (a.precision === 'day' && b.precision === 'day') return a.value.slice(0, 10) === b.value.slice(0, 10);
  const [wide, narrow] = rank(a) >= rank(b) ? [a, b] : [b, a];
  const day = narrow.value.slice(0, 10);
  if (wide.precision === 'week') return DAY.test(day) ? isoWeek(day) === wide.value : narrow.value === wide.value;
  return narrow.value.startsWith(wide.value);
}

function rank(d: EventDate): number {
  return { day: 0, week: 1, month: 2, year: 3 }[d.precision];
}
