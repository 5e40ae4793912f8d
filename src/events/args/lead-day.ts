// The day a news article's lead reports on. Coders date an undated happening in the day's news at that day
// only when the article makes clear it is that day's news: its lead says what happened on the report day (or,
// for a page written overnight, the day before). "Five stations were struck on Monday" in a Monday evening
// article makes it the day's news; "said on Friday", a "today" inside a quote, or "will travel on Monday" do
// not, and then the undated happenings keep the report week.
import type { AnnotatedSection, Sentence, Timex } from '../../annotate/types.js';
import { sentenceAt } from '../../annotate/sentences/index.js';
import { tenseAt } from '../../annotate/time/tense.js';
import { parseIsoDay } from '../../text/calendar.js';
import { findQuotes } from './attribution.js';
import { onSpeechVerb } from './date.js';

/** How far into the body the lead runs, in characters: the first paragraph or two of a news article. */
const LEAD_CHARS = 600;

type LeadCheck = (t: Timex, sentence: Sentence, text: string, reportDay: number) => boolean;

/** What a lead's time expression must be to make the article that day's news, in order. */
const LEAD_STEPS: ReadonlyArray<readonly [string, LeadCheck]> = [
  ['in-lead', (t) => t.start < LEAD_CHARS],
  ['a-day', (t) => (t.type === 'DATE' || t.type === 'TIME') && /^\d{4}-\d{2}-\d{2}/.test(t.value)],
  ['report-day-or-eve', (t, _s, _x, reportDay) => {
    const n = parseIsoDay(t.value.slice(0, 10));
    return n !== null && (n === reportDay || n === reportDay - 1);
  }],
  ['not-said', (t, s) => !onSpeechVerb(t, s.tokens)],
  ['not-quoted', (t, s, text) => !findQuotes(text, s.start, s.end).some((q) => q.start <= t.start && t.end <= q.end)],
  ['not-ahead', (t, s, text) => tenseAt(s, text, t.start) !== 'future'],
];

/** The lead's day (YYYY-MM-DD) of the document's first body section, or null when its lead gives none. */
export function leadDay(sections: readonly AnnotatedSection[]): string | null {
  const body = sections.find((s) => s.section.kind === 'body');
  const report = body?.section.reportTime ?? null;
  const reportDay = report ? parseIsoDay(report.slice(0, 10)) : null;
  if (!body || reportDay === null) return null;
  const text = body.section.text.text;
  const timexes = [...body.timexes].sort((a, b) => a.start - b.start);
  for (const t of timexes) {
    if (t.start >= LEAD_CHARS) break;
    const sentence = sentenceAt(body.sentences, t.start);
    if (sentence && LEAD_STEPS.every(([, holds]) => holds(t, sentence, text, reportDay))) return t.value.slice(0, 10);
  }
  return null;
}
