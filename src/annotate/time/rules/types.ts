// The shape of one timex rule: a pattern and a builder that types and values what the pattern found.
import type { Timex, TimexType } from '../../types.js';

export type Tense = 'past' | 'present' | 'future';

/** What a rule may consult: the report day and the tense of the sentence the match sits in. */
export interface RuleContext {
  /** Report day (document creation time) as a day number, null when unknown. */
  dct: number | null;
  tense: Tense;
  text: string;
}

export interface Built {
  type: TimexType;
  value: string;
  mod?: Timex['mod'];
  /** Narrow the extent: characters to drop from the match's start / end (TimeML leaves some words out). */
  dropStart?: number;
  dropEnd?: number;
  /** "a year earlier": means the period last talked about, a year back, when that was a quarter. */
  anaphor?: 'year-back';
}

export interface TimexRule {
  name: string;
  /** A global ('g') pattern; most are also case-insensitive. */
  pattern: RegExp;
  build(m: RegExpExecArray, ctx: RuleContext): Built | null;
}
