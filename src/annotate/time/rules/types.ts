// The shape of one timex rule: a pattern and a builder that types and values what the pattern found.
import type { Timex, TimexType } from '../../types.js';
import type { Gate } from './gates.js';

export type Tense = 'past' | 'present' | 'future';

/** What a rule may consult: the report day and the tense of the sentence the match sits in. */
export interface RuleContext {
  /** Report day (document creation time) as a day number, null when unknown. */
  dct: number | null;
  /** The day the writer was in (local-day.ts): the report day, or the day before for a UTC stamp just after
   * midnight. "today" and a weekday naming it count from this day. */
  writerDay: number | null;
  tense: Tense;
  text: string;
}

export interface Built {
  type: TimexType;
  value: string;
  mod?: Timex['mod'];
  /** The days it denotes (day numbers, inclusive), when they are not the value's own calendar unit ("the past
   * year" is valued as last year but covers the year up to the report day). */
  range?: [number, number];
  /** The expression names its year outright ("the 1988 third quarter"): "a year earlier" does not count from it. */
  yearNamed?: boolean;
  /** A year that qualifies a noun ("the 1992 constitution", "the referendum of 1991") rather than placing the
   * narrative in it ("in 2014"): it is no focus a later yearless day takes its year from. */
  attributive?: boolean;
  /** A year that sets the scene of what follows, at the head of its sentence ("In 2016, ...") or going back
   * outright ("as early as 2014"): a later yearless day may take its year, as it may a full date's. A year
   * elsewhere in a sentence ("approved in 1987", "a trustee until 1974") is too weak for that. */
  frames?: boolean;
  /** A month with its year in a noun phrase after a time word ("in March 2014", "since February 2022", "after the
   * start of Russia's February 2022 invasion"): a story that dates nothing from its report day (see fromReportDay)
   * tells of the year the first such month names, and its yearless days are in that year (anaphora.ts). */
  storyYear?: boolean;
  /** A day counted from the report day itself ("Tuesday", "yesterday", "last night"): the story tells of its own
   * days, so a month-year named earlier (storyYear) is background, not the year the story is in. */
  fromReportDay?: boolean;
  /** A company's fiscal quarter named outright: a later "the quarter" means it. */
  fiscalQuarter?: boolean;
  /** Narrow the extent: characters to drop from the match's start / end (TimeML leaves some words out). */
  dropStart?: number;
  dropEnd?: number;
  /** Valued from the period the text last named rather than the report time (see anaphora.ts); the rule's own
   * value stands when there is none. 'year-back': "a year earlier" after a quarter is that quarter a year back.
   * 'focus-year': a day written without its year ("on February 27") is in the year of the full date the text
   * last gave, when that lies years from the report time ("On February 20, 2014, ... On February 27, ..."). */
  anaphor?: 'year-back' | 'focus-year' | Anaphor;
}

/** "that year" (the focus's year), "the following month" (shift 1), "the 1988 period" (the focus quarter in 1988). */
export interface Anaphor {
  unit: 'year' | 'quarter' | 'month' | 'week' | 'day';
  /** Units to move from the focus. */
  shift: number;
  /** The year to put the focus's quarter in, when the expression names one. */
  year?: number;
  /** Only a fiscal quarter the text named can be the focus ("the quarter", "the latest period"). */
  fiscal?: boolean;
}

export interface TimexRule {
  name: string;
  /** A global ('g') pattern; most are also case-insensitive. */
  pattern: RegExp;
  /** A cheap test that every match of `pattern` implies (a word the pattern cannot match without): a chunk that
   * fails it is not scanned with `pattern`. Rules may share one gate object; it is tested once per chunk. */
  gate?: Gate;
  build(m: RegExpExecArray, ctx: RuleContext): Built | null;
}
