// One watcher's view of its feeds: fetch a feed (conditionally, once it has answered before), keep the
// entries not seen before, and turn each into a document: the entry's own article when it carries the
// full text, else the page it links to, else its teaser. An entry is remembered once it was stored; one
// that failed (a timeout, a 503, a 404 on a page not up yet) is tried again with a growing delay
// (retry-schedule.ts) and remembered only once it has failed too often.
import { parseDocument } from 'htmlparser2';
import { textContent } from 'domutils';
import { escapeAttribute, escapeUTF8 } from 'entities';
import { decodeBytes } from './encoding/index.js';
import { ERROR_CODES, SitrepError, asSitrepError } from '../errors.js';
import { parseFeed, type FeedEntry } from './feed.js';
import { contentHash } from './hash.js';
import type { HttpClient } from './http-fetch.js';
import { RetrySchedule, type RetryPolicy } from './retry-schedule.js';
import { mapOrdered } from './ordered-map.js';
import type { SeenItems } from './seen-items.js';
import type { SourceDocument, SourceItem } from './source.js';
import { DEFAULT_FETCH_CONCURRENCY, fetchPageItem } from './url-reader.js';

export const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5';

/** An entry's own content is taken as the article when it has at least this much text and does not trail off. */
const FULL_TEXT_MIN_CHARS = 700;
const TRAILS_OFF = /(?:\u2026|\.\.\.|\[\s*(?:\u2026|\.\.\.)\s*\]|read more|continue reading|more\s*»)\s*$/i;

export interface PolledEntry {
  feed: string;
  entry: FeedEntry;
}

export interface FeedPoll {
  feed: string;
  title: string | null;
  /** Entries in the feed. */
  total: number;
  /** Entries not seen before, oldest first. */
  fresh: PolledEntry[];
}

function visibleText(html: string): string {
  return textContent(parseDocument(html).children).replace(/\s+/g, ' ').trim();
}

function fullText(entry: FeedEntry): string | null {
  for (const html of [entry.content, entry.summary]) {
    if (!html) continue;
    const text = visibleText(html);
    if (text.length >= FULL_TEXT_MIN_CHARS && !TRAILS_OFF.test(text)) return html;
  }
  return null;
}

/** The entry's own HTML as a page, with its title and date where the cleaner looks for them. */
export function entryDocument(polled: PolledEntry, html: string): SourceDocument {
  const { entry } = polled;
  const title = entry.title ? escapeUTF8(entry.title) : '';
  const head = [
    '<meta charset="utf-8">',
    title ? `<title>${title}</title>` : '',
    entry.link ? `<link rel="canonical" href="${escapeAttribute(entry.link)}">` : '',
    entry.published ? `<meta property="article:published_time" content="${escapeAttribute(entry.published)}">` : '',
  ].join('');
  const page = `<!doctype html>\n<html><head>${head}</head><body><article>${title ? `<h1>${title}</h1>\n` : ''}${html}</article></body></html>\n`;
  const raw = new TextEncoder().encode(page);
  return {
    hash: contentHash(raw),
    kind: 'html',
    container: 'file',
    name: entry.link ?? `${polled.feed} ${entry.keys[0]}`,
    sourcePath: null,
    sourceLine: null,
    url: entry.link,
    givenPublished: entry.published,
    raw,
  };
}

/** Oldest first: by date when every entry has one, else the reverse of feed order (feeds list newest first). */
function oldestFirst(entries: FeedEntry[]): FeedEntry[] {
  const reversed = entries.slice().reverse();
  if (!reversed.every((e) => e.published && !Number.isNaN(Date.parse(e.published)))) return reversed;
  return reversed.sort((a, b) => Date.parse(a.published!) - Date.parse(b.published!));
}

/** The same story in two feeds, or twice in one, counts (and is fetched) once: the first entry with any of its keys. */
export function distinctEntries(polled: readonly PolledEntry[]): PolledEntry[] {
  const claimed = new Set<string>();
  return polled.filter(({ entry }) => {
    if (entry.keys.some((k) => claimed.has(k))) return false;
    for (const k of entry.keys) claimed.add(k);
    return true;
  });
}

export interface FeedPollerOptions {
  concurrency?: number;
  signal?: AbortSignal;
  /** When failed entries are tried again (default DEFAULT_RETRY). */
  retry?: RetryPolicy;
  /** The clock the retry delays are measured on (tests move it). */
  now?: () => number;
}

export class FeedPoller {
  /** ETag and Last-Modified of each feed's last answer whose entries were all dealt with. */
  private readonly validators = new Map<string, { etag: string | null; lastModified: string | null }>();
  private readonly pending = new Map<string, { etag: string | null; lastModified: string | null }>();
  /** Feeds with an entry to try again: their validators are not kept, so the next poll sees the entry. */
  private readonly retry = new Set<string>();
  private readonly schedule: RetrySchedule;

  constructor(
    private readonly client: HttpClient,
    private readonly seen: SeenItems,
    private readonly opts: FeedPollerOptions = {},
  ) {
    this.schedule = new RetrySchedule(opts.retry, opts.now);
  }

  /** Fetches and reads one feed; throws SitrepError when it cannot be fetched or is not a feed. */
  async poll(feed: string): Promise<FeedPoll> {
    const known = this.validators.get(feed);
    const res = await this.client.get(feed, { accept: FEED_ACCEPT, signal: this.opts.signal, etag: known?.etag, lastModified: known?.lastModified });
    if (res.notModified) return { feed, title: null, total: 0, fresh: [] };
    const parsed = parseFeed(decodeBytes(res.bytes, res.contentType ? { contentType: res.contentType } : undefined), res.url);
    if (!parsed) throw new SitrepError(ERROR_CODES.UNREADABLE, `${feed} is not an RSS or Atom feed`, { url: feed, transient: false });
    this.pending.set(feed, { etag: res.etag, lastModified: res.lastModified });
    this.retry.delete(feed);
    const unseen = parsed.entries.filter((e) => !this.seen.has(e.keys));
    // An entry waiting out its retry delay keeps the feed from a 304, so a later poll still sees it.
    if (unseen.some((e) => this.schedule.waiting(e.keys))) this.retry.add(feed);
    const fresh = oldestFirst(unseen.filter((e) => this.schedule.due(e.keys)));
    return { feed, title: parsed.title, total: parsed.entries.length, fresh: fresh.map((entry) => ({ feed, entry })) };
  }

  /**
   * The documents of fresh entries, fetched a few at a time. Each entry is remembered after the consumer
   * has taken its document (ingestInto stores a document before asking for the next).
   */
  async *documents(polled: readonly PolledEntry[]): AsyncGenerator<SourceItem> {
    const unique = distinctEntries(polled);
    const concurrency = this.opts.concurrency ?? DEFAULT_FETCH_CONCURRENCY;
    for await (const { entry, item } of mapOrdered(unique, concurrency, async (p) => ({ entry: p, item: await this.itemOf(p) }))) {
      if (this.opts.signal?.aborted) return;
      yield item;
      if ('failure' in item && this.schedule.failed(entry.entry.keys) === 'retry') this.retry.add(entry.feed);
      else {
        this.schedule.forget(entry.entry.keys);
        await this.seen.add(entry.feed, entry.entry.keys);
      }
    }
  }

  /** Keeps the validators of feeds whose entries were all dealt with, so their next poll can be a 304. */
  settle(): void {
    for (const [feed, v] of this.pending) if (!this.retry.has(feed)) this.validators.set(feed, v);
    this.pending.clear();
  }

  private async itemOf(polled: PolledEntry): Promise<SourceItem> {
    const { entry } = polled;
    try {
      const own = fullText(entry);
      if (own) return { document: entryDocument(polled, own) };
      if (entry.link) return await fetchPageItem(this.client, entry.link, this.opts.signal, entry.published);
      const teaser = entry.content ?? entry.summary;
      if (teaser) return { document: entryDocument(polled, teaser) };
      const where = `${polled.feed} ${entry.keys[0]}`;
      return { failure: { where, error: new SitrepError(ERROR_CODES.EMPTY, 'the feed entry has neither a link nor content', { feed: polled.feed }) } };
    } catch (err) {
      return { failure: { where: entry.link ?? polled.feed, error: asSitrepError(err) } };
    }
  }
}
