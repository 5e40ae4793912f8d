// Joins neighbouring timexes that TimeML annotates as one: a clock time followed by its day ("10 p.m. Wednesday",
// "noon Thursday", "5 p.m. EST Nov. 9") becomes one TIME on that day.
import type { Built } from './rules/types.js';

export interface Span extends Built {
  start: number;
  end: number;
  rank: number;
}

const CLOCK_VALUE = /^(?:XXXX-XX-XX|\d{4}-\d{2}-\d{2})(T\d{2}:\d{2})$/;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/;

export function mergeClockWithDay(spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1];
    const clock = a.type === 'TIME' ? CLOCK_VALUE.exec(a.value) : null;
    if (clock && b && b.type === 'DATE' && DAY_VALUE.test(b.value) && /^[\s,]*(?:on\s+)?$/.test(text.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, value: `${b.value}${clock[1]}` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** A clock time takes its day from a day-valued date in the same sentence ("on Friday ... at 10:35 a.m."). */
export function dayForClocks(spans: Span[], sentenceOf: (at: number) => { start: number; end: number } | undefined): Span[] {
  return spans.map((c) => {
    const clock = c.type === 'TIME' ? CLOCK_VALUE.exec(c.value) : null;
    const sentence = clock ? sentenceOf(c.start) : undefined;
    if (!clock || !sentence) return c;
    let best: Span | null = null;
    for (const d of spans) {
      if (d === c || d.type !== 'DATE' || !/^\d{4}-\d{2}-\d{2}$/.test(d.value) || d.start < sentence.start || d.end > sentence.end) continue;
      if (!best || Math.abs(d.start - c.start) < Math.abs(best.start - c.start)) best = d;
    }
    return best ? { ...c, value: `${best.value}${clock[1]}` } : c;
  });
}
