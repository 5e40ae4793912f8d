// RSS (0.9x, 1.0, 2.0) and Atom feeds to a list of entries. domutils' getFeed reads the common fields;
// this adds what it leaves out and a news watcher needs: the full article some feeds carry
// (content:encoded, Atom <content>, including XHTML content), Atom's rel="alternate" link and <published>
// date, a permalink guid used as the link, and links resolved against the feed's URL.
import { parseDocument } from 'htmlparser2';
import { getElementsByTagName, getFeed, getInnerHTML, textContent } from 'domutils';
import type { AnyNode, Element } from 'domhandler';
import { escapeUTF8 } from 'entities';
import { contentHash } from './hash.js';
import { feedDate } from './feed-date.js';
import { httpUrl } from './http-fetch.js';

export interface FeedEntry {
  /** What identifies the entry across polls and feeds: "guid:…" and "url:…" (or "hash:…" when it has neither). */
  keys: string[];
  guid: string | null;
  /** The article's page, absolute, http(s) only. */
  link: string | null;
  title: string | null;
  /** ISO 8601, with the publisher's offset. */
  published: string | null;
  /** The entry's own article, as HTML (content:encoded, Atom content). */
  content: string | null;
  /** Its teaser, as HTML (RSS description, Atom summary). */
  summary: string | null;
}

export interface ParsedFeed {
  type: 'rss' | 'atom' | 'rdf';
  title: string | null;
  entries: FeedEntry[];
}

const isFeedRoot = (name: string) => name === 'rss' || name === 'feed' || name === 'rdf:RDF';

function child(el: Element, name: string): Element | null {
  return getElementsByTagName(name, el.children, false, 1)[0] ?? null;
}

function childText(el: Element, name: string): string | null {
  const found = child(el, name);
  const text = found ? textContent(found).trim() : '';
  return text || null;
}

/** Atom text constructs: type="html" holds escaped HTML, "xhtml" inline markup, "text" (the default) plain text. */
function atomHtml(el: Element | null): string | null {
  if (!el || el.attribs.src) return null;
  const type = (el.attribs.type ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') return getInnerHTML(el).trim() || null;
  const text = textContent(el).trim();
  if (!text) return null;
  if (type === 'html' || type === 'text/html') return text;
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeUTF8(p.trim())}</p>`)
    .join('\n');
}

function atomLink(entry: Element): string | null {
  const links = getElementsByTagName('link', entry.children, false);
  const alternate = links.find((l) => !l.attribs.rel || l.attribs.rel === 'alternate');
  return alternate?.attribs.href ?? null;
}

function rssLink(item: Element): string | null {
  const link = childText(item, 'link');
  if (link) return link;
  // A guid is the item's permanent URL unless it says isPermaLink="false".
  const guid = child(item, 'guid');
  return guid && guid.attribs.isPermaLink !== 'false' ? textContent(guid).trim() || null : null;
}

function entryOf(el: Element, atom: boolean, feedUrl: string, fallbackPublished: Date | undefined): FeedEntry {
  const guid = childText(el, atom ? 'id' : 'guid');
  const rawLink = atom ? atomLink(el) : rssLink(el);
  const url = rawLink ? httpUrl(rawLink, feedUrl) : null;
  if (url) url.hash = '';
  const link = url?.href ?? null;
  const title = childText(el, 'title');
  const content = atom ? atomHtml(child(el, 'content')) : childText(el, 'content:encoded');
  const summary = atom ? atomHtml(child(el, 'summary')) : childText(el, 'description');
  const dateText = atom ? (childText(el, 'published') ?? childText(el, 'updated')) : (childText(el, 'pubDate') ?? childText(el, 'dc:date'));
  const published = feedDate(dateText) ?? (fallbackPublished && !Number.isNaN(fallbackPublished.getTime()) ? fallbackPublished.toISOString() : null);
  const keys = [guid ? `guid:${guid}` : null, link ? `url:${link}` : null].filter((k): k is string => k !== null);
  if (keys.length === 0) keys.push(`hash:${contentHash(new TextEncoder().encode(`${title ?? ''}\n${summary ?? ''}\n${content ?? ''}`))}`);
  return { keys, guid, link, title, published, content, summary };
}

/** The feed in `xml`, or null when the document is not an RSS or Atom feed. */
export function parseFeed(xml: string, feedUrl: string): ParsedFeed | null {
  const doc = parseDocument(xml, { xmlMode: true });
  const feed = getFeed(doc.children);
  if (!feed) return null;
  const root = getElementsByTagName(isFeedRoot, doc.children, true, 1)[0] as Element;
  const atom = feed.type === 'atom';
  // The same element lists getFeed walked, in the same order, so its items and these line up.
  const elements = getElementsByTagName(atom ? 'entry' : 'item', root.children as AnyNode[]);
  return {
    type: feed.type === 'atom' ? 'atom' : feed.type === 'rdf' ? 'rdf' : 'rss',
    title: feed.title?.trim() || null,
    entries: elements.map((el, i) => entryOf(el, atom, feedUrl, feed.items[i]?.pubDate)),
  };
}
