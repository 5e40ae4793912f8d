// The fetcher refuses addresses inside the machine and its network by default (address-policy.ts): given
// in the URL, reached by a redirect, named by a feed entry, or behind a DNS name. Names are resolved by a
// table of our own (no DNS is asked); every server is a local one, so a refused fetch shows as no hit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LookupAddress } from 'node:dns';
import { join } from 'node:path';
import { ERROR_CODES, SitrepError } from '../../src/errors.js';
import { AddressPolicy } from '../../src/ingest/address-policy.js';
import { FeedPoller } from '../../src/ingest/feed-poller.js';
import { HttpClient, type FetchOptions, type Resolve } from '../../src/ingest/http-fetch.js';
import { SeenItems } from '../../src/ingest/seen-items.js';
import type { SourceItem } from '../../src/ingest/source.js';
import { main } from '../../src/edges/cli/main.js';
import { memoryIO } from '../cli/memory-io.js';
import { tempDir } from '../ledger/fixtures.js';
import { newsPage, redirect, send, startServer, type LocalServer } from './local-server.js';

let site: LocalServer;
let internal: LocalServer;
const SECRET = 'the internal admin page of a made-up service';

const DNS: Record<string, LookupAddress[]> = {
  'news.test': [{ address: '127.0.0.1', family: 4 }],
  'rebind.test': [{ address: '127.0.0.1', family: 4 }],
  'localhost': [{ address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 }],
  'metadata.test': [{ address: '169.254.169.254', family: 4 }],
  'intranet.test': [{ address: '10.20.30.40', family: 4 }],
  'v6-loopback.test': [{ address: '::1', family: 6 }],
  // One public address and one loopback: a name is refused when any of its addresses is.
  'mixed.test': [{ address: '203.0.114.7', family: 4 }, { address: '127.0.0.1', family: 4 }],
};
const resolved: string[] = [];
const resolve: Resolve = (hostname, callback) => {
  resolved.push(hostname);
  const addresses = DNS[hostname];
  if (addresses) callback(null, addresses);
  else callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
};

const clientWith = (options: FetchOptions = {}) => new HttpClient({ totalMs: 3000, resolve, ...options });
const portOf = (s: LocalServer) => new URL(s.url('/')).port;
const internalUrl = (host: string) => `http://${host}:${portOf(internal)}/secret`;
/** Cases are listed before the servers start: PORT stands for the internal server's port. */
const withPort = (url: string) => url.replace('PORT', portOf(internal));

async function refusal(client: HttpClient, url: string): Promise<SitrepError> {
  const err = await client.get(url).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `${url} was fetched`).toBeInstanceOf(SitrepError);
  return err as SitrepError;
}

beforeAll(async () => {
  internal = await startServer({ '/secret': send(SECRET, 'text/plain') });
  site = await startServer({
    '/article': send(newsPage('Shelling reported', 'Officials said two buildings were damaged in shelling on Monday.')),
    '/to-loopback': redirect(internalUrl('127.0.0.1')),
    '/to-rebind': redirect(internalUrl('rebind.test'), 301),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/', 307),
    '/to-v6': redirect(internalUrl('[::1]'), 308),
    '/feed.xml': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Made-up feed</title>` +
          `<item><title>Inside</title><link>${internalUrl('127.0.0.1')}</link><guid>inside</guid></item>` +
          `<item><title>Behind a name</title><link>${internalUrl('rebind.test')}</link><guid>named</guid></item>` +
          `<item><title>Outside</title><link>http://news.test:${portOf(site)}/article</link><guid>outside</guid></item>` +
          `</channel></rss>`,
      );
    },
  });
});

afterAll(async () => {
  await site?.close();
  await internal?.close();
});

describe('addresses refused by default', () => {
  const client = clientWith({ allow: ['news.test'] });
  afterAll(() => client.close());

  it.each([
    ['loopback', 'http://127.0.0.1:PORT/secret'],
    ['loopback', 'http://127.8.9.10:PORT/secret'],
    // The URL parser reads 2130706433 as 127.0.0.1.
    ['loopback', 'http://2130706433:PORT/secret'],
    ['loopback', 'http://[::1]:PORT/secret'],
    ['loopback', 'http://[::ffff:127.0.0.1]:PORT/secret'],
    ['unspecified', 'http://0.0.0.0:PORT/secret'],
    ['unspecified', 'http://[::]:PORT/secret'],
    ['private', 'http://10.0.0.5/'],
    ['private', 'http://172.16.4.4/'],
    ['private', 'http://192.168.1.1/'],
    ['link-local', 'http://169.254.169.254/latest/meta-data/'],
    ['link-local', 'http://[fe80::1]/'],
    ['unique-local', 'http://[fd12:3456::1]/'],
  ])('refuses a %s address in the URL: %s', async (kind, given) => {
    const url = withPort(given);
    const before = internal.hitsOf('/secret');
    const err = await refusal(client, url);
    expect(err.code).toBe(ERROR_CODES.REFUSED_ADDRESS);
    expect(err.details.kind).toBe(kind);
    expect(err.details.transient).toBe(false);
    expect(err.message).toContain(`cannot fetch ${url}`);
    expect(internal.hitsOf('/secret')).toBe(before);
  });

  it.each([
    ['rebind.test', 'loopback'],
    ['localhost', 'loopback'],
    ['v6-loopback.test', 'loopback'],
    ['metadata.test', 'link-local'],
    ['intranet.test', 'private'],
    ['mixed.test', 'loopback'],
  ])('refuses a name that resolves to an internal address: %s (%s)', async (host, kind) => {
    const before = internal.hitsOf('/secret');
    const err = await refusal(client, internalUrl(host));
    expect(err.code).toBe(ERROR_CODES.REFUSED_ADDRESS);
    expect(err.details.kind).toBe(kind);
    expect(resolved).toContain(host);
    expect(internal.hitsOf('/secret')).toBe(before);
  });

  it.each(['/to-loopback', '/to-rebind', '/to-metadata', '/to-v6'])('checks every redirect hop: %s', async (path) => {
    const before = internal.hitsOf('/secret');
    const hopsBefore = site.hitsOf(path);
    const err = await refusal(client, `http://news.test:${portOf(site)}${path}`);
    expect(err.code).toBe(ERROR_CODES.REFUSED_ADDRESS);
    // The allowed first hop was fetched; the internal second one was not.
    expect(site.hitsOf(path)).toBe(hopsBefore + 1);
    expect(internal.hitsOf('/secret')).toBe(before);
  });

  it('fetches a host allowed by name, whatever it resolves to', async () => {
    const res = await client.get(`http://news.test:${portOf(site)}/article`);
    expect(Buffer.from(res.bytes).toString()).toContain('Shelling reported');
  });
});

describe('the allow option', () => {
  it.each([['127.0.0.1'], ['127.0.0.0/8'], ['rebind.test'], ['REBIND.test.']])('fetches an internal address when allowed: %s', async (allowed) => {
    const client = clientWith({ allow: [allowed] });
    try {
      const url = allowed.toLowerCase().startsWith('rebind') ? internalUrl('rebind.test') : internalUrl('127.0.0.1');
      const res = await client.get(url);
      expect(Buffer.from(res.bytes).toString()).toBe(SECRET);
      // Allowing one thing allows nothing else.
      expect((await refusal(client, 'http://169.254.169.254/')).code).toBe(ERROR_CODES.REFUSED_ADDRESS);
    } finally {
      await client.close();
    }
  });

  it('allows IPv6 ranges and rejects entries that are no host, address or range', () => {
    const policy = new AddressPolicy(['fd00::/8']);
    expect(policy.refusal('fd12::1')).toBeNull();
    expect(policy.refusal('fe80::1')).toBe('link-local');
    expect(policy.refusal('203.0.114.7')).toBeNull();
    expect(() => new AddressPolicy(['10.0.0.0/40'])).toThrow(SitrepError);
    expect(() => new AddressPolicy(['news.test/8'])).toThrow(SitrepError);
  });
});

describe('feed entries (sitrep watch)', () => {
  it('does not fetch entries that link to internal addresses, and fetches the others', async () => {
    const tmp = tempDir();
    const client = clientWith({ allow: ['news.test'] });
    try {
      const seen = await SeenItems.open(join(tmp.dir, 'seen.jsonl'));
      const poller = new FeedPoller(client, seen);
      const before = internal.hitsOf('/secret');
      const poll = await poller.poll(`http://news.test:${portOf(site)}/feed.xml`);
      expect(poll.fresh).toHaveLength(3);
      const items: SourceItem[] = [];
      for await (const item of poller.documents(poll.fresh)) items.push(item);
      const failures = items.flatMap((i) => ('failure' in i ? [i.failure] : []));
      expect(failures.map((f) => f.error.code)).toEqual([ERROR_CODES.REFUSED_ADDRESS, ERROR_CODES.REFUSED_ADDRESS]);
      expect(items.filter((i) => 'document' in i)).toHaveLength(1);
      expect(internal.hitsOf('/secret')).toBe(before);
    } finally {
      await client.close();
      tmp.cleanup();
    }
  });

  it('sitrep watch and sitrep ingest refuse a loopback URL (a failed document) unless --allow-host names it', async () => {
    const tmp = tempDir();
    try {
      const db = join(tmp.dir, 'ledger.db');
      const before = internal.hitsOf('/secret');
      const watched = memoryIO();
      expect(await main(['watch', '--once', '--db', db, '--state', join(tmp.dir, 'state.jsonl'), internalUrl('127.0.0.1')], watched.io)).not.toBe(0);
      expect(watched.err()).toContain('refused_address');
      const ingested = memoryIO();
      expect(await main(['ingest', '--db', db, internalUrl('127.0.0.1')], ingested.io)).toBe(3);
      expect(ingested.err()).toMatch(/loopback address/);
      expect(internal.hitsOf('/secret')).toBe(before);
      const allowed = memoryIO();
      expect(await main(['ingest', '--db', db, '--allow-host', '127.0.0.1', internalUrl('127.0.0.1')], allowed.io)).toBe(0);
      expect(internal.hitsOf('/secret')).toBe(before + 1);
    } finally {
      tmp.cleanup();
    }
  });
});
