// Reading the page's own date from a byline or dateline: "March 7, 2023 6:41 AM" → 2023-03-07T06:41.
// Only a date whose year the page states counts; a bare "March 7" is left to the dating stage.
import * as chrono from 'chrono-node';

export interface LineDate {
  /**
   * ISO date, or date and time (local to the page, no zone) when the line gives a clock time; null when
   * the line leaves the year, month or day out (only with requireYear false).
   */
  iso: string | null;
  /** The clock time the line gives ("22:53"), if any. */
  clock: string | null;
  /** The date as it stands in the line. */
  text: string;
  /** Where it starts in the line. */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first fully stated date in a line. With `minCover`, the date must make up at least that share of
 * the line's letters and digits (a line that is only a date). With `requireYear` false, a partial date
 * ("June 7, 10:53 PM") is found too, with a null `iso`.
 */
export function dateInLine(text: string, minCover = 0, requireYear = true): LineDate | null {
  if (!/\d/.test(text)) return null;
  // Strict: no casual words ("today", "yesterday at 9:00"), which chrono would date from the reference day
  // and call certain; relative results ("2 hours ago") are skipped below for the same reason. (Strict also
  // has a third of the patterns to compile and run.)
  const results = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    if (r.tags().has('result/relativeDate')) continue;
    const s = r.start;
    if (requireYear && (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day'))) continue;
    const letters = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (minCover > 0 && letters(r.text) < minCover * letters(text)) continue;
    const date = `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
    const clock = s.isCertain('hour') ? `${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` : null;
    const full = s.isCertain('year') && s.isCertain('month') && s.isCertain('day');
    return { iso: full ? (clock ? `${date}T${clock}` : date) : null, clock, text: r.text, index: r.index };
  }
  return null;
}
