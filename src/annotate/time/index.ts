// Time expressions (TimeML TIMEX3): found by ordered pattern rules, typed, and valued against the section's
// report time with news rules (see resolve.ts). Pattern matching per paragraph is in scan.ts (and shared with
// the dating stage); valuing the matches needs the report time and the sentence's tense, so it happens here.
import type { Section, Sentence, Timex } from '../types.js';
import { isoDay, parseIsoDay } from '../../text/calendar.js';
import { TIMEX_RULES } from './rules/index.js';
import type { Built, RuleContext, TimexRule } from './rules/types.js';
import { tenseAt } from './tense.js';
import { sentenceAt } from '../sentences/index.js';
import { describeValue } from './value.js';
import { dayForClocks, mergeClockWithDay, mergeMonthWithSpokenYear, mergeWeekdayWithDate } from './merge.js';
import { scanChunk } from './scan.js';
import { resolveAnaphors } from './anaphora.js';
import { writerDay } from './local-day.js';
import { countStep, countingSteps } from '../../text/step-counts.js';

interface Candidate extends Built {
  start: number;
  end: number;
  rank: number;
}

/** `countAs` names the stage the rule counts go under (`npm run eval -- --rules`): the dating stage runs these rules too. */
export function findTimexes(section: Section, sentences: Sentence[], countAs = 'time'): Timex[] {
  const text = section.text.text;
  const dct = parseIsoDay(section.reportTime);
  const writer = writerDay(section.reportTime);
  const candidates: Candidate[] = [];
  for (const [from, to] of windows(text)) {
    for (const { rank, match } of scanChunk(text.slice(from, to))) collect(TIMEX_RULES[rank]!, rank, match, from, text, dct, writer, sentences, candidates);
  }
  const chosen = choose(candidates);
  if (countingSteps) for (const c of chosen) countStep(countAs, `rule:${TIMEX_RULES[c.rank]!.name}`);
  let merged = chosen;
  for (const [name, refine] of REFINERS) {
    const before = merged.length;
    merged = refine(merged, text);
    countStep(countAs, `merge:${name}`, before - merged.length);
  }
  return resolveAnaphors(dayForClocks(merged, (at) => sentenceAt(sentences, at))).map((c) => toTimex(c, text));
}

/** The merges after the rules, in order (chrono's refiners): each joins neighbouring expressions into one. */
const REFINERS: ReadonlyArray<readonly [string, (found: Candidate[], text: string) => Candidate[]]> = [
  ['clock-with-day', mergeClockWithDay],
  ['weekday-with-date', mergeWeekdayWithDate],
  ['month-with-spoken-year', mergeMonthWithSpokenYear],
];

/** Paragraph-sized windows (split on blank lines) so that no match runs across paragraphs. */
function* windows(text: string): Generator<[number, number]> {
  const re = /\n\s*\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield [at, m.index];
    at = m.index + m[0].length;
  }
  yield [at, text.length];
}

/** Values one match of a rule (found in a chunk starting at `offset`) and keeps it when the rule accepts it. */
function collect(
  rule: TimexRule, rank: number, m: RegExpExecArray, offset: number, text: string, dct: number | null, writer: number | null,
  sentences: readonly Sentence[], out: Candidate[],
): void {
  const start = offset + m.index;
  const ctx: RuleContext = { dct, writerDay: writer, tense: tenseAt(sentenceAt(sentences, start), text, start), text };
  // Rules see offsets into the whole text.
  const whole = Object.assign([...m], { index: start, input: text, groups: m.groups }) as unknown as RegExpExecArray;
  const built = rule.build(whole, ctx);
  if (!built) return;
  const s = start + (built.dropStart ?? 0);
  const e = start + m[0].length - (built.dropEnd ?? 0);
  const trimmed = trimSpan(text, s, e);
  if (trimmed[1] > trimmed[0]) out.push({ ...built, start: trimmed[0], end: trimmed[1], rank });
}

/** Drops white space and a trailing comma or full stop that is not part of an abbreviation ("a.m.", "Aug."). */
function trimSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /[\s,]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Longest first, then rule order; keep those that overlap nothing kept. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: Candidate[] = [];
  // Characters already covered by a kept span: checking a candidate costs its length, not the number kept
  // (a long page has thousands of timexes).
  const end = sorted.reduce((m, c) => Math.max(m, c.end), 0);
  const taken = new Uint8Array(end);
  for (const c of sorted) {
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toTimex(c: Candidate, text: string): Timex {
  const described = c.type === 'DATE' || c.type === 'TIME' ? describeValue(c.value) : {};
  if (c.range && 'precision' in described) described.range = { start: isoDay(c.range[0]), end: isoDay(c.range[1]) };
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    type: c.type,
    value: c.value,
    ...described,
    ...(c.mod ? { mod: c.mod } : {}),
  };
}
