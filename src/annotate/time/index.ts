// Time expressions (TimeML TIMEX3): found by ordered pattern rules, typed, and valued against the section's
// report time with news rules (see resolve.ts). A cheap trigger test skips text with no time words at all.
import type { Section, Sentence, Timex } from '../types.js';
import { parseIsoDay } from './calendar.js';
import { TIMEX_RULES } from './rules/index.js';
import type { Built, RuleContext, TimexRule } from './rules/types.js';
import { sentenceAt, tenseAt } from './tense.js';
import { describeValue } from './value.js';
import { dayForClocks, mergeClockWithDay } from './merge.js';

/** Any digit or time word: a paragraph without one holds no timex. */
const TRIGGER =
  /\d|day|week|month|year|quarter|decade|centur|hour|minute|second|morning|evening|afternoon|nineteen|thousand|weekend|christmas|thanksgiving|now|current|recent|future|tonight|overnight|noon|night|spring|summer|fall|autumn|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ago|ly\b|formerly|previously|lately|present|moment|[\u0400-\u04ff]|[áéíóúñ]|hoy|ayer|lunes|martes|jueves|viernes|domingo|enero|abril|mayo|junio|julio|agosto|octubre/i;

interface Candidate extends Built {
  start: number;
  end: number;
  rank: number;
}

export function findTimexes(section: Section, sentences: Sentence[]): Timex[] {
  const text = section.text.text;
  const dct = parseIsoDay(section.reportTime);
  const candidates: Candidate[] = [];
  for (const [from, to] of windows(text)) {
    const chunk = text.slice(from, to);
    if (!TRIGGER.test(chunk)) continue;
    TIMEX_RULES.forEach((rule, rank) => collect(rule, rank, chunk, from, text, dct, sentences, candidates));
  }
  const merged = mergeClockWithDay(choose(candidates), text);
  return resolveAnaphors(dayForClocks(merged, (at) => sentenceAt(sentences, at))).map((c) => toTimex(c, text));
}

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

function collect(
  rule: TimexRule, rank: number, chunk: string, offset: number, text: string, dct: number | null,
  sentences: readonly Sentence[], out: Candidate[],
): void {
  const re = rule.pattern;
  re.lastIndex = 0;
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = offset + m.index;
    const ctx: RuleContext = { dct, tense: tenseAt(sentenceAt(sentences, start), text, start), text };
    // Rules see offsets into the whole text.
    const whole = Object.assign([...m], { index: start, input: text, groups: m.groups }) as unknown as RegExpExecArray;
    const built = rule.build(whole, ctx);
    if (!built) continue;
    const s = start + (built.dropStart ?? 0);
    const e = start + m[0].length - (built.dropEnd ?? 0);
    const trimmed = trimSpan(text, s, e);
    if (trimmed[1] > trimmed[0]) out.push({ ...built, start: trimmed[0], end: trimmed[1], rank });
  }
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
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** "a year earlier" after "the third quarter" is that quarter a year back (as in TimeBank's financial news). */
function resolveAnaphors(spans: Candidate[]): Candidate[] {
  let lastQuarter: string | null = null;
  return spans.map((c) => {
    if (c.anaphor === 'year-back' && lastQuarter) {
      return { ...c, value: `${String(Number(lastQuarter.slice(0, 4)) - 1).padStart(4, '0')}${lastQuarter.slice(4)}` };
    }
    if (!c.anaphor && /^\d{4}-Q[1-4]$/.test(c.value)) lastQuarter = c.value;
    return c;
  });
}

function toTimex(c: Candidate, text: string): Timex {
  const described = c.type === 'DATE' || c.type === 'TIME' ? describeValue(c.value) : {};
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
