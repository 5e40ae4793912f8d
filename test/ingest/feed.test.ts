import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/feed.js';
import { feedDate } from '../../src/ingest/feed-date.js';

const FEED_URL = 'https://news.example.org/feeds/world.xml';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example World</title>
  <link>https://news.example.org/</link>
  <item>
    <title>Drone attack on Odesa port</title>
    <link>/2024/03/odesa-port#comments</link>
    <guid isPermaLink="false">ex-1002</guid>
    <pubDate>Tue, 05 Mar 2024 01:30:00 +0200</pubDate>
    <description>Drones hit the port &amp; grain silos.</description>
    <content:encoded><![CDATA[<p>Drones struck the port of Odesa overnight.</p><p>Two people were injured.</p>]]></content:encoded>
  </item>
  <item>
    <title>Shelling in Kherson</title>
    <guid>https://news.example.org/2024/03/kherson</guid>
    <dc:date>2024-03-04T18:00:00Z</dc:date>
    <description>&lt;p&gt;Shelling hit Kherson.&lt;/p&gt;</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <id>urn:example:atom</id>
  <updated>2024-03-06T10:00:00Z</updated>
  <entry>
    <title>Strike near Kharkiv</title>
    <id>urn:example:entry:7</id>
    <link rel="self" href="https://news.example.org/api/entries/7"/>
    <link rel="alternate" type="text/html" href="https://news.example.org/2024/03/kharkiv"/>
    <published>2024-03-06T08:15:00+02:00</published>
    <updated>2024-03-06T09:00:00+02:00</updated>
    <summary type="text">A strike &lt;near&gt; Kharkiv.

Officials said more later.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A missile hit <b>Kharkiv</b>.</p></div></content>
  </entry>
  <entry>
    <title>No link here</title>
    <id>urn:example:entry:8</id>
    <updated>2024-03-06T09:30:00Z</updated>
    <content type="html">&lt;p&gt;Only content.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS entries: guid, link resolved against the feed, full content, dates with their offset', () => {
    const feed = parseFeed(RSS, FEED_URL)!;
    expect(feed.type).toBe('rss');
    expect(feed.title).toBe('Example World');
    const [odesa, kherson] = feed.entries;
    expect(odesa!.link).toBe('https://news.example.org/2024/03/odesa-port');
    expect(odesa!.guid).toBe('ex-1002');
    expect(odesa!.keys).toEqual(['guid:ex-1002', 'url:https://news.example.org/2024/03/odesa-port']);
    expect(odesa!.published).toBe('2024-03-05T01:30:00+02:00');
    expect(odesa!.content).toContain('<p>Drones struck the port of Odesa overnight.</p>');
    expect(odesa!.summary).toBe('Drones hit the port & grain silos.');
    // A guid without isPermaLink="false" is the item's URL.
    expect(kherson!.link).toBe('https://news.example.org/2024/03/kherson');
    expect(kherson!.published).toBe('2024-03-04T18:00:00Z');
    expect(kherson!.summary).toBe('<p>Shelling hit Kherson.</p>');
    expect(kherson!.content).toBeNull();
  });

  it('reads Atom entries: the alternate link, <published> over <updated>, XHTML and text content', () => {
    const feed = parseFeed(ATOM, FEED_URL)!;
    expect(feed.type).toBe('atom');
    const [kharkiv, bare] = feed.entries;
    expect(kharkiv!.link).toBe('https://news.example.org/2024/03/kharkiv');
    expect(kharkiv!.published).toBe('2024-03-06T08:15:00+02:00');
    expect(kharkiv!.content).toMatch(/<p>A missile hit <b>Kharkiv<\/b>\.<\/p>/);
    expect(kharkiv!.summary).toBe('<p>A strike &lt;near&gt; Kharkiv.</p>\n<p>Officials said more later.</p>');
    expect(bare!.link).toBeNull();
    expect(bare!.keys).toEqual(['guid:urn:example:entry:8']);
    expect(bare!.content).toBe('<p>Only content.</p>');
  });

  it('keys an entry with neither guid nor link by its text', () => {
    const rss = '<rss><channel><item><title>A</title><description>x</description></item><item><title>B</title><description>x</description></item></channel></rss>';
    const [a, b] = parseFeed(rss, FEED_URL)!.entries;
    expect(a!.keys[0]).toMatch(/^hash:[0-9a-f]{64}$/);
    expect(a!.keys[0]).not.toBe(b!.keys[0]);
  });

  it('returns null for a document that is not a feed', () => {
    expect(parseFeed('<html><body><p>not a feed</p></body></html>', FEED_URL)).toBeNull();
    expect(parseFeed('', FEED_URL)).toBeNull();
  });
});

describe('feedDate', () => {
  it('keeps the publisher offset of RFC 822 dates and passes ISO dates through', () => {
    expect(feedDate('Tue, 05 Mar 2024 01:30:00 +0200')).toBe('2024-03-05T01:30:00+02:00');
    expect(feedDate('Mon, 04 Mar 2024 20:05:09 EST')).toBe('2024-03-04T20:05:09-05:00');
    expect(feedDate('Mon, 04 Mar 2024 20:05:09 GMT')).toBe('2024-03-04T20:05:09+00:00');
    expect(feedDate('2024-03-06T08:15:00+02:00')).toBe('2024-03-06T08:15:00+02:00');
    expect(feedDate('soon')).toBeNull();
    expect(feedDate('')).toBeNull();
  });
});
