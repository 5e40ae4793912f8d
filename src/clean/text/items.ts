// Live-feed items: a clock line and the prose right under it, or a clock time opening a line of prose. The day is left to the dating stage,
// which knows the page's date; here the item keeps the clock time as shown.
import { MappedText } from '../../text/mapped-text.js';
import type { FeedItem } from '../types.js';
import type { ClassifiedLine } from './classify.js';
import { clockOf } from './rules/feed.js';
import { dateInLine } from './dates.js';
import { isProse } from './signals.js';

/** An item's text: prose, or a long line the scraper cut short. */
const isItemText = (l: ClassifiedLine) => l.kind === 'text' && (l.prose || l.words >= 12);

/** A feed has at least this many timed items. */
const MIN_FEED_ITEMS = 2;

export interface FoundItems {
  items: FeedItem[];
  /** Indexes of the lines the items took (clock lines and texts). */
  lines: Set<number>;
}

/** The head of a feed item: a clock time alone, or a date with a clock time ("June 7, 2023 10:53 PM"). */
function itemHead(line: ClassifiedLine): Omit<FeedItem, 'text'> | null {
  if (line.kind === 'clock') {
    const clock = clockOf(line.text.text);
    return clock ? { time: null, timeSource: 'unknown', clock } : null;
  }
  if (line.kind !== 'dateline') return null;
  const date = dateInLine(line.text.text, 0.6, false);
  if (!date?.clock) return null;
  // A full date is the item's time as the page gives it; a day without a year leaves the clock only.
  if (date.iso) return { time: date.iso, timeSource: 'page', clock: date.clock };
  return { time: null, timeSource: 'unknown', clock: date.clock };
}

/** A clock time opening a line of prose: "10:53 PM Rescuers moved …". */
const INLINE_CLOCK = /^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*[-–—:|]?\s+(?=["“]?\p{Lu})/iu;

/** An item whose clock time and text share one line; a media link ("1:02 … – video") is not one. */
function inlineItem(line: ClassifiedLine): FeedItem | null {
  if (line.kind !== 'text' || /[–—-]\s*(video|audio|podcast)$/i.test(line.text.text)) return null;
  const m = INLINE_CLOCK.exec(line.text.text);
  const clock = m ? clockOf(m[1]!) : null;
  if (!m || !clock) return null;
  const text = line.text.slice(m[0].length);
  return isProse(text.text) ? { time: null, timeSource: 'unknown', clock, text } : null;
}

export function findItems(lines: readonly ClassifiedLine[]): FoundItems {
  const items: FeedItem[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const inline = inlineItem(lines[i]!);
    if (inline) {
      items.push(inline);
      taken.add(i);
      continue;
    }
    const head = itemHead(lines[i]!);
    if (!head) continue;
    const parts: ClassifiedLine[] = [];
    let j = i + 1;
    // An item may carry its own headline over its text.
    const first = lines[j];
    if (first?.headline && lines[j + 1] && isItemText(lines[j + 1]!) && !lines[j + 1]!.blankBefore) parts.push(lines[j++]!);
    while (j < lines.length && isItemText(lines[j]!) && (parts.length === 0 || !lines[j]!.blankBefore)) {
      parts.push(lines[j]!);
      j++;
    }
    if (parts.length === 0) continue;
    items.push({ ...head, text: MappedText.join(parts.map((p) => p.text), '\n') });
    for (let k = i; k < j; k++) taken.add(k);
    i = j - 1;
  }
  // One clock time is a timestamp over an article, not a feed.
  if (items.length < MIN_FEED_ITEMS) return { items: [], lines: new Set() };
  return { items, lines: taken };
}
