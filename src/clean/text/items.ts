// Live-feed items: a clock line and the prose right under it. The day is left to the dating stage,
// which knows the page's date; here the item keeps the clock time as shown.
import { MappedText } from '../../text/mapped-text.js';
import type { FeedItem } from '../types.js';
import type { ClassifiedLine } from './classify.js';
import { clockOf } from './rules/feed.js';

/** An item's text: prose, or a long line the scraper cut short. */
const isItemText = (l: ClassifiedLine) => l.kind === 'text' && (l.prose || l.words >= 12);

/** A feed has at least this many timed items. */
const MIN_FEED_ITEMS = 2;

export interface FoundItems {
  items: FeedItem[];
  /** Indexes of the lines the items took (clock lines and texts). */
  lines: Set<number>;
}

export function findItems(lines: readonly ClassifiedLine[]): FoundItems {
  const items: FeedItem[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (head.kind !== 'clock') continue;
    const clock = clockOf(head.text.text);
    const parts: ClassifiedLine[] = [];
    let j = i + 1;
    while (j < lines.length && isItemText(lines[j]!) && (parts.length === 0 || !lines[j]!.blankBefore)) {
      parts.push(lines[j]!);
      j++;
    }
    if (!clock || parts.length === 0) continue;
    items.push({
      time: null,
      timeSource: 'unknown',
      clock,
      text: MappedText.join(parts.map((p) => p.text), '\n'),
    });
    for (let k = i; k < j; k++) taken.add(k);
    i = j - 1;
  }
  // One clock time is a timestamp over an article, not a feed.
  if (items.length < MIN_FEED_ITEMS) return { items: [], lines: new Set() };
  return { items, lines: taken };
}
