// Reading the page's own date from a byline or dateline: "March 7, 2023 6:41 AM" → 2023-03-07T06:41.
// Only a date whose year the page states counts; a bare "March 7" is left to the dating stage.
import * as chrono from 'chrono-node';

export interface LineDate {
  /** ISO date, or date and time (local to the page, no zone) when the line gives a clock time. */
  iso: string;
  /** The date as it stands in the line. */
  text: string;
  /** Where it starts in the line. */
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first fully stated date in a line. With `minCover`, the date must make up at least that share of
 * the line's letters and digits (a line that is only a date).
 */
export function dateInLine(text: string, minCover = 0): LineDate | null {
  if (!/\d/.test(text)) return null;
  const results = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)));
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
    const letters = (x: string) => x.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (minCover > 0 && letters(r.text) < minCover * letters(text)) continue;
    const date = `${s.get('year')}-${pad(s.get('month')!)}-${pad(s.get('day')!)}`;
    const iso = s.isCertain('hour') ? `${date}T${pad(s.get('hour')!)}:${pad(s.get('minute') ?? 0)}` : date;
    return { iso, text: r.text, index: r.index };
  }
  return null;
}
