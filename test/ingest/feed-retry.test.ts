// A feed entry whose page fails (here a 404: the page is not up yet) is not remembered as dealt with: it is
// tried again after a delay that doubles, until it is stored, or given up after the policy's tries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedPoller } from '../../src/ingest/feed-poller.js';
import { HttpClient } from '../../src/ingest/http-fetch.js';
import { SeenItems } from '../../src/ingest/seen-items.js';
import { newsPage, send, startServer, type LocalServer } from './local-server.js';

let server: LocalServer;
let pageUp = false;

const feedXml = (link: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Retry feed</title><item><title>Depot hit</title><link>${link}</link><guid>entry-1</guid>` +
  `<pubDate>Tue, 07 May 2024 06:00:00 GMT</pubDate><description>Depot hit…</description></item></channel></rss>`;

beforeAll(async () => {
  server = await startServer({});
  server.routes.set('/feed.xml', send(feedXml(server.url('/story')), 'application/rss+xml'));
  server.routes.set('/story', (req, res) => (pageUp ? send(newsPage('Depot hit', '<p>Shells hit a depot in Kherson on 7 May 2024, officials said.</p>'))(req, res) : send('not yet', 'text/plain', 404)(req, res)));
});
afterAll(() => server.close());

async function pollOnce(poller: FeedPoller): Promise<Array<'document' | 'failure'>> {
  const { fresh } = await poller.poll(server.url('/feed.xml'));
  const out: Array<'document' | 'failure'> = [];
  for await (const item of poller.documents(fresh)) out.push('failure' in item ? 'failure' : 'document');
  poller.settle();
  return out;
}

describe('watch retries failed entries with backoff', () => {
  it('tries a 404 entry again after 1, then 2 delays, and stores it once its page is up', async () => {
    let now = 0;
    const client = new HttpClient({ allow: ['127.0.0.1'] });
    const seen = await SeenItems.open(null);
    const poller = new FeedPoller(client, seen, { now: () => now, retry: { firstDelayMs: 1000, maxDelayMs: 60_000, maxAttempts: 5 } });
    try {
      expect(await pollOnce(poller)).toEqual(['failure']);
      expect(seen.size).toBe(0);
      // Within the delay: not tried.
      now = 999;
      expect(await pollOnce(poller)).toEqual([]);
      now = 1000;
      expect(await pollOnce(poller)).toEqual(['failure']);
      // The delay doubled: 2 s after the second failure.
      now = 2999;
      expect(await pollOnce(poller)).toEqual([]);
      pageUp = true;
      now = 3000;
      expect(await pollOnce(poller)).toEqual(['document']);
      expect(seen.size).toBeGreaterThan(0);
      now = 100_000;
      expect(await pollOnce(poller)).toEqual([]);
      expect(server.hitsOf('/story')).toBe(3);
    } finally {
      pageUp = false;
      await client.close();
    }
  });

  it('gives an entry up after the policy\'s tries, and remembers it', async () => {
    let now = 0;
    const client = new HttpClient({ allow: ['127.0.0.1'] });
    const seen = await SeenItems.open(null);
    const poller = new FeedPoller(client, seen, { now: () => now, retry: { firstDelayMs: 10, maxDelayMs: 20, maxAttempts: 3 } });
    try {
      for (let i = 0; i < 3; i++) {
        expect(await pollOnce(poller)).toEqual(['failure']);
        now += 20;
      }
      expect(seen.size).toBeGreaterThan(0);
      expect(await pollOnce(poller)).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
