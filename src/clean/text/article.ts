// Where the article stands on the page. Lines are cut into segments at page furniture (forms, appeals,
// menus, feed items, teaser markers); the segment holding the most prose is the article, and it grows
// over a short run of furniture (an ad slot, a sign-up box) into a neighbour that holds prose too.
import type { ClassifiedLine } from './classify.js';
import type { LineKind } from './rules/index.js';

/** Kinds that cut the page into segments. */
const BREAKERS = new Set<LineKind>(['clock', 'form', 'promo', 'chrome', 'related-marker', 'teaser']);
/** Kinds an article may hold in its middle (an ad slot, a sign-up box, a "see also" link). */
const BRIDGEABLE = new Set<LineKind>(['form', 'promo', 'chrome', 'teaser']);
/** The longest run of furniture an article is allowed to span. */
const MAX_BRIDGE = 3;

interface Segment {
  start: number;
  end: number; // inclusive
  prose: number; // characters of prose
  /** Lines of at least LONG_LINE_WORDS words that are not prose. */
  longLines: number;
}

/** A line this long is text, stop or no stop. */
const LONG_LINE_WORDS = 12;

/**
 * Worth bridging furniture to: prose, or a lead written without final stops (several long lines; one
 * long line alone is more likely a headline).
 */
const substantive = (s: Segment) => s.prose > 0 || s.longLines >= 2;

export interface ArticleSpan {
  /** First and last line of the article block (inclusive), furniture at its edges included. */
  start: number;
  end: number;
  /** First and last prose line: the body runs between them. */
  firstProse: number;
  lastProse: number;
}

function segmentsOf(lines: readonly ClassifiedLine[], taken: ReadonlySet<number>): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const l of lines) {
    if (BREAKERS.has(l.kind) || taken.has(l.index)) {
      current = null;
      continue;
    }
    if (!current) segments.push((current = { start: l.index, end: l.index, prose: 0, longLines: 0 }));
    current.end = l.index;
    if (l.prose) current.prose += l.text.length;
    else if (l.kind === 'text' && l.words >= LONG_LINE_WORDS) current.longLines++;
  }
  return segments;
}

function bridgeable(lines: readonly ClassifiedLine[], taken: ReadonlySet<number>, from: number, to: number): boolean {
  if (to - from + 1 > MAX_BRIDGE) return false;
  for (let i = from; i <= to; i++) if (!BRIDGEABLE.has(lines[i]!.kind) || taken.has(i)) return false;
  return true;
}

export function findArticle(lines: readonly ClassifiedLine[], taken: ReadonlySet<number>): ArticleSpan | null {
  const segments = segmentsOf(lines, taken);
  let best = -1;
  segments.forEach((s, i) => {
    if (s.prose > 0 && (best < 0 || s.prose > segments[best]!.prose)) best = i;
  });
  if (best < 0) return null;
  let lo = best;
  let hi = best;
  while (hi + 1 < segments.length && substantive(segments[hi + 1]!) && bridgeable(lines, taken, segments[hi]!.end + 1, segments[hi + 1]!.start - 1)) hi++;
  while (lo > 0 && substantive(segments[lo - 1]!) && bridgeable(lines, taken, segments[lo - 1]!.end + 1, segments[lo]!.start - 1)) lo--;
  const start = segments[lo]!.start;
  const end = segments[hi]!.end;
  let firstProse = start;
  // A bridged lead segment may hold long lines but no prose; its first long line opens the body.
  while (!lines[firstProse]!.prose && !(lo < best && lines[firstProse]!.kind === 'text' && lines[firstProse]!.words >= LONG_LINE_WORDS)) firstProse++;
  let lastProse = end;
  while (!lines[lastProse]!.prose) lastProse--;
  // Short sentences right before or after the prose ("I think so.") are the article too.
  while (firstProse > start && lines[firstProse - 1]!.sentence) firstProse--;
  while (lastProse < end && lines[lastProse + 1]!.sentence) lastProse++;
  return { start, end, firstProse, lastProse };
}
