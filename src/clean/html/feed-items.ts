// Live blogs: one FeedItem per update. JSON-LD liveBlogUpdate when the page declares it, else the common
// DOM shape: three or more sibling-like entries whose class says "live post/update/entry", each carrying a
// <time datetime> or a clock time at its start.
import type { Block, Box } from './walk.js';
import type { PageFacts } from '../metadata/facts.js';
import type { JsonLdArticle } from '../metadata/jsonld.js';
import { parsePageDate } from '../metadata/dates.js';
import { MappedText } from '../../text/mapped-text.js';
import type { FeedItem } from '../types.js';

const LIVE_ENTRY = /(?:^|[\s_-])(?:live-?blog-?(?:post|entry|item|update|card)|liveblog|live-?(?:post|entry|update|event|card|item)|lb-post|timeline-?(?:item|entry|event)|update-?(?:item|entry|card)|(?:post|blog)-?update)(?:$|[\s_-])/;
const CLOCK = /^(?:(\d{1,2})[:.h](\d{2})\s*([ap]\.?m\.?)?)(?:\s*(?:[A-Z]{2,4}|UTC[+-]?\d*|GMT[+-]?\d*))?(?=\s|$|[,:–—-])/i;
const MIN_ENTRIES = 3;

/** Words every LIVE_ENTRY match holds: a plain substring test rules most class names out before the regex runs. */
const mayBeLiveEntry = (classId: string): boolean =>
  classId.includes('live') || classId.includes('update') || classId.includes('timeline') || classId.includes('lb-post');

export interface FeedItemsResult {
  items: FeedItem[];
  /** Blocks that went into items, so the body does not repeat them. */
  used: Set<Block>;
}

export function findFeedItems(boxes: readonly Box[], blocks: readonly Block[], facts: PageFacts, jsonLd: JsonLdArticle | null): FeedItemsResult {
  const fromDom = domItems(boxes, blocks, facts);
  if (fromDom.items.length >= MIN_ENTRIES) return fromDom;
  if (jsonLd && jsonLd.updates.length > 0) {
    const items = jsonLd.updates.map((u): FeedItem => {
      const time = parsePageDate(u.time);
      const text = u.headline && !u.text.startsWith(u.headline) ? `${u.headline}\n\n${u.text}` : u.text;
      return { time, timeSource: time ? 'page' : 'unknown', text: MappedText.identity(text.replace(/[ \t]+/g, ' ').trim()) };
    });
    return { items, used: new Set() };
  }
  return { items: [], used: new Set() };
}

function domItems(boxes: readonly Box[], blocks: readonly Block[], facts: PageFacts): FeedItemsResult {
  const entryOf = new Int32Array(boxes.length).fill(-1);
  let entries = 0;
  for (const box of boxes) {
    const inherited = box.parent ? entryOf[box.parent.index]! : -1;
    if (inherited >= 0) entryOf[box.index] = inherited;
    else if (box.classId !== '' && box.chrome === null && mayBeLiveEntry(box.classId) && LIVE_ENTRY.test(box.classId)) {
      entryOf[box.index] = box.index;
      entries++;
    }
  }
  if (entries < MIN_ENTRIES) return { items: [], used: new Set() };
  const timeOf = new Map<number, string>();
  for (const t of facts.times) {
    const entry = entryOf[t.boxIndex]!;
    if (entry < 0 || timeOf.has(entry)) continue;
    const d = parsePageDate(t.datetime);
    if (d) timeOf.set(entry, d);
  }
  const texts = new Map<number, Block[]>();
  for (const b of blocks) {
    const entry = entryOf[b.box.index]!;
    if (entry < 0) continue;
    const list = texts.get(entry);
    if (list) list.push(b);
    else texts.set(entry, [b]);
  }
  const items: FeedItem[] = [];
  const used = new Set<Block>();
  for (const [entry, list] of texts) {
    for (const b of list) used.add(b);
    const prose = list.filter((b) => b.box.chrome === null || b.box.chrome === 'byline');
    let clock: string | undefined;
    const first = prose[0]?.text ?? '';
    const m = CLOCK.exec(first);
    if (m) clock = clockOf(m);
    const body = prose
      .filter((b, i) => !(i === 0 && m && first.length <= m[0].length + 12))
      .map((b) => b.text)
      .join('\n\n');
    if (body.trim() === '') continue;
    const time = timeOf.get(entry) ?? null;
    items.push({ time, timeSource: time ? 'page' : 'unknown', ...(clock ? { clock } : {}), text: MappedText.identity(body) });
  }
  return { items, used };
}

function clockOf(m: RegExpExecArray): string {
  let hh = +m[1]!;
  const ampm = m[3]?.toLowerCase().replace(/\./g, '');
  if (ampm === 'pm' && hh < 12) hh += 12;
  if (ampm === 'am' && hh === 12) hh = 0;
  return `${String(hh).padStart(2, '0')}:${m[2]}`;
}
