// Dates a text states outright, found with the timex rules and no report time: only what the text itself
// pins down survives ("March 22, 2023", "February 2022", "22 березня 2023 року"); everything relative stays X.
// The pattern scan of each paragraph is kept (annotate/time/scan.ts), so the annotate stage, which finds the
// same paragraphs in the body, only values the matches again against the report time inferred here.
import { MappedText } from '../text/mapped-text.js';
import { findTimexes } from '../annotate/time/index.js';
import { parseIsoDay } from '../annotate/time/calendar.js';

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

export function statedDates(text: string): StatedDate[] {
  if (!text.trim()) return [];
  const out: StatedDate[] = [];
  for (const t of findTimexes({ kind: 'body', text: MappedText.identity(text), reportTime: null }, [])) {
    const m = t.type === 'DATE' ? ABSOLUTE.exec(t.value) : null;
    const start = m ? parseIsoDay(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`) : null;
    if (start === null) continue;
    out.push({ start, isDay: !!m![3], text: t.text, sentence: sentenceAround(text, t.start, t.end) });
  }
  return out;
}
