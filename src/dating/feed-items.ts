// Full times for feed items that show only a clock ("22:53"). Feeds list the newest first, so an item whose clock
// is later than the one above it is from the day before. The days come from the items' own statements
// ("... on June 7"), never from the article beside the feed; the year from the page's date.
import type { FeedItem } from '../clean/types.js';
import { dayNumber, isoDay, isValidDay, parseIsoDay } from '../text/calendar.js';
import { MONTH_RE, monthNumber } from '../facts/time-words.js';

/** "on June 7", "June 7", "7 June": a day of the page's year stated in an item. */
const MONTH_DAY = new RegExp(`\\b(?:(${MONTH_RE})\\s+(\\d{1,2})(?!\\d)|(\\d{1,2})\\s+(${MONTH_RE}))\\b(?!,?\\s*\\d{4})`, 'gi');

function minutesOf(clock: string | undefined): number | null {
  const m = clock ? /^(\d{1,2}):(\d{2})$/.exec(clock) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** The days an item's text mentions, in the given year. */
function statedDays(text: string, year: number): number[] {
  const days: number[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const word = m[1] ?? m[4]!;
    if (!/^[A-Z]/.test(word)) continue;
    const month = monthNumber(word);
    const d = Number(m[2] ?? m[3]);
    if (month && isValidDay(year, month, d)) days.push(dayNumber(year, month, d));
  }
  return days;
}

export function dateFeedItems(items: readonly FeedItem[], pageDate: string | null): FeedItem[] {
  const pageDay = parseIsoDay(pageDate);
  if (items.length === 0 || pageDay === null) return [...items];
  const year = Number(pageDate!.slice(0, 4));
  // Day offsets relative to the first item: one day back each time the clock goes up.
  const offsets: number[] = [];
  let offset = 0;
  let previous: number | null = null;
  for (const item of items) {
    const minutes = minutesOf(item.clock);
    if (minutes !== null && previous !== null && minutes > previous) offset--;
    if (minutes !== null) previous = minutes;
    offsets.push(offset);
  }
  // The first item's day: late enough for every item to be on or after the days it talks about, and exactly
  // the day of any item whose time the page gave whole.
  let base: number | null = null;
  items.forEach((item, i) => {
    const given = item.time && item.timeSource === 'page' ? parseIsoDay(item.time) : null;
    if (given !== null) {
      base = given - offsets[i]!;
      return;
    }
    for (const d of statedDays(item.text.text, year)) base = base === null ? d - offsets[i]! : Math.max(base, d - offsets[i]!);
  });
  if (base === null) return [...items];
  const first: number = base;
  return items.map((item, i) => {
    if (item.time || !item.clock) return item;
    return { ...item, time: `${isoDay(first + offsets[i]!)}T${item.clock}`, timeSource: 'inferred' as const };
  });
}

