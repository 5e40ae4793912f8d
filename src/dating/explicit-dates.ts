// Dates a text states outright, found with the timex rules and no report time: only what the text itself
// pins down survives ("March 22, 2023", "February 2022", "22 березня 2023 року"); everything relative stays X.
// The dates are found by the document language's time tagger, handed in by the pipeline (see FindDates):
// for English, the annotate stage's timex rules, whose scan of each paragraph is kept (annotate/time/scan.ts)
// so that the annotate stage only values the same matches again against the report time inferred here.
import { parseIsoDay } from '../text/calendar.js';

/** A time expression as the dating stage needs it: where it stands and its TIMEX3 type and value. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

/** A language's time tagger run on a bare text with no report time, so only what the text pins down is valued. */
export type FindDates = (text: string) => readonly FoundDate[];

export interface StatedDate {
  /** First day of the stated period (a day number); for a full date, the day itself. */
  start: number;
  /** True when the text names a single day. */
  isDay: boolean;
  text: string;
  /** The sentence around it, for tense checks. */
  sentence: string;
}

const ABSOLUTE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) + 1 : text.length);
}

export function statedDates(text: string, findDates: FindDates): StatedDate[] {
  if (!text.trim()) return [];
  const out: StatedDate[] = [];
  for (const t of findDates(text)) {
    const m = t.type === 'DATE' ? ABSOLUTE.exec(t.value) : null;
    const start = m ? parseIsoDay(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`) : null;
    if (start === null) continue;
    out.push({ start, isDay: !!m![3], text: t.text, sentence: sentenceAround(text, t.start, t.end) });
  }
  return out;
}
