// Lookups in lists of spans sorted by start (timexes, places, entities of a section): a long page holds
// thousands of each, and asking every one of them about every sentence would cost their square.

export interface Span {
  start: number;
  end: number;
}

/** Index of the first span whose start is at or after `at`; spans sorted by start. */
export function firstFrom(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying wholly inside [start, end), in order; spans sorted by start. */
export function within<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstFrom(spans, start); i < spans.length && spans[i]!.start < end; i++) if (spans[i]!.end <= end) out.push(spans[i]!);
  return out;
}

/** Whether some span holds offset `at`, for spans sorted by start that do not overlap one another. */
export function covers(spans: readonly Span[], at: number): boolean {
  const i = firstFrom(spans, at + 1) - 1;
  return i >= 0 && spans[i]!.start <= at && at < spans[i]!.end;
}

/** Spans in start order (a copy; the items themselves are shared). */
export function byStart<T extends Span>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

/** Whether some span overlaps [start, end), for spans sorted by start that do not overlap one another. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstFrom(spans, end) - 1;
  return i >= 0 && spans[i]!.end > start;
}
