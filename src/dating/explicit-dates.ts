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

/**
 * Where the sentences of a text stop ("." before a space, or a line break), found once: looking for the
 * nearest stop from each date with indexOf/lastIndexOf ran to the ends of a text without line breaks, so a
 * long page cost the square of its length.
 */
class SentenceStops {
  /** Offsets of ". " and of line breaks, ascending. */
  private readonly periods: number[] = [];
  private readonly breaks: number[] = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 1)) this.periods.push(i);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.breaks.push(i);
  }

  /** The sentence holding [start, end): after the last stop at or before `start`, through the first at or after `end`. */
  around(start: number, end: number): string {
    const from = Math.max(lastAtOrBefore(this.periods, start), lastAtOrBefore(this.breaks, start)) + 1;
    const stops = [firstAtOrAfter(this.periods, end), firstAtOrAfter(this.breaks, end)].filter((i) => i >= 0);
    return this.text.slice(from, stops.length ? Math.min(...stops) + 1 : this.text.length);
  }
}

/** The first index of `sorted` whose value is at or after `at`. */
function firstIndex(sorted: readonly number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const lastAtOrBefore = (sorted: readonly number[], at: number): number => {
  const i = firstIndex(sorted, at + 1) - 1;
  return i >= 0 ? sorted[i]! : -1;
};

const firstAtOrAfter = (sorted: readonly number[], at: number): number => {
  const i = firstIndex(sorted, at);
  return i < sorted.length ? sorted[i]! : -1;
};

export function statedDates(text: string, findDates: FindDates): StatedDate[] {
  if (!text.trim()) return [];
  const out: StatedDate[] = [];
  const stops = new SentenceStops(text);
  for (const t of findDates(text)) {
    const m = t.type === 'DATE' ? ABSOLUTE.exec(t.value) : null;
    const start = m ? parseIsoDay(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`) : null;
    if (start === null) continue;
    out.push({ start, isDay: !!m![3], text: t.text, sentence: stops.around(t.start, t.end) });
  }
  return out;
}
