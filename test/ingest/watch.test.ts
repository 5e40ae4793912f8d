import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeUTF8 } from 'entities';
import { main } from '../../src/edges/cli/main.js';
import { runWatch } from '../../src/edges/cli/commands/watch.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { memoryIO } from '../cli/memory-io.js';
import { tempDir } from '../ledger/fixtures.js';
import { newsPage, send, startServer, type Handler, type LocalServer } from './local-server.js';

interface Entry {
  id: string;
  title: string;
  link?: string;
  published: string;
  /** Inline article text (Atom content / RSS content:encoded). */
  content?: string;
}

const rss: Entry[] = [];
const atom: Entry[] = [];
let feedVersion = 0;
const conditional: string[] = [];

function rssXml(entries: Entry[]): string {
  const items = entries
    .map(
      (e) =>
        `<item><title>${escapeUTF8(e.title)}</title>${e.link ? `<link>${e.link}</link>` : ''}<guid isPermaLink="false">${e.id}</guid>` +
        `<pubDate>${new Date(e.published).toUTCString()}</pubDate><description>${escapeUTF8(e.title)}…</description>` +
        (e.content ? `<content:encoded><![CDATA[${e.content}]]></content:encoded>` : '') +
        '</item>',
    )
    .reverse()
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test RSS</title>${items}</channel></rss>`;
}

function atomXml(entries: Entry[]): string {
  const items = entries
    .map(
      (e) =>
        `<entry><title>${escapeUTF8(e.title)}</title><id>${e.id}</id>${e.link ? `<link rel="alternate" href="${e.link}"/>` : ''}<published>${e.published}</published>` +
        (e.content ? `<content type="html">${escapeUTF8(e.content)}</content>` : `<summary>${escapeUTF8(e.title)}</summary>`) +
        '</entry>',
    )
    .reverse()
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Test Atom</title><id>urn:t</id>${items}</feed>`;
}

/** A feed whose ETag changes whenever an entry is added, answering 304 to a client that has the current one. */
const feedRoute =
  (render: () => string, type: string): Handler =>
  (req, res) => {
    const etag = `"v${feedVersion}"`;
    if (req.headers['if-none-match']) conditional.push(String(req.headers['if-none-match']));
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    send(render(), type, 200, { etag })(req, res);
  };

const paragraph = (place: string, n: number) =>
  `Russian forces shelled ${place} on the morning of 4 March 2024, the regional governor said. Report ${n}: several houses and a school were damaged and two civilians were wounded. ` +
  'Emergency crews worked through the day to clear the rubble and restore power to the affected districts, officials added in a statement.';

let server: LocalServer;
let tmp: ReturnType<typeof tempDir>;
let db: string;
let flakyUp = false;

beforeAll(async () => {
  server = await startServer({
    '/rss.xml': feedRoute(() => rssXml(rss), 'application/rss+xml; charset=utf-8'),
    '/atom.xml': feedRoute(() => atomXml(atom), 'application/atom+xml'),
    '/a': send(newsPage('Shelling in Kharkiv', paragraph('Kharkiv', 1))),
    '/b': send(newsPage('Strike on Odesa', paragraph('Odesa', 2))),
    '/c': send(newsPage('Should not be fetched', paragraph('Sumy', 3))),
    '/e': send(newsPage('Shelling in Kherson', paragraph('Kherson', 5))),
    '/f': (req, res) => (flakyUp ? send(newsPage('Attack on Zaporizhzhia', paragraph('Zaporizhzhia', 6)))(req, res) : send('busy', 'text/plain', 503)(req, res)),
  });
});
afterAll(() => server.close());

beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
  rss.length = 0;
  atom.length = 0;
  conditional.length = 0;
  server.hits.clear();
  flakyUp = false;
  feedVersion++;
});
afterEach(() => tmp.cleanup());

function add(list: Entry[], entry: Entry) {
  list.push(entry);
  feedVersion++;
}

async function watchOnce(...extra: string[]) {
  const m = memoryIO();
  const code = await main(['watch', '--once', '--db', db, '--allow-host', '127.0.0.1', ...extra, server.url('/rss.xml'), server.url('/atom.xml')], m.io);
  return { code, out: m.out(), err: m.err() };
}

async function ledger() {
  const store = await openSqliteLedger(db);
  try {
    const counts = await store.counts();
    const docs = [];
    for (let id = 1; id <= counts.documents + counts.failed + 5; id++) {
      const d = await store.document(id);
      if (d) docs.push(d);
    }
    return { counts, docs };
  } finally {
    await store.close();
  }
}

describe('sitrep watch --once', () => {
  it('ingests new entries once, across polls and feeds, and retries only what failed for a passing reason', async () => {
    add(rss, { id: 'rss-a', title: 'Shelling in Kharkiv', link: server.url('/a'), published: '2024-03-04T09:00:00Z' });
    add(rss, { id: 'rss-b', title: 'Strike on Odesa', link: server.url('/b'), published: '2024-03-04T10:00:00Z' });
    // Full text in the feed: used as is, its page is not fetched.
    add(atom, { id: 'urn:c', title: 'Shelling in Sumy', link: server.url('/c'), published: '2024-03-04T11:00:00+02:00', content: [3, 4, 5].map((n) => `<p>${paragraph('Sumy', n)}</p>`).join('') });
    // The RSS story again under another id, linking to the same page: fetched and stored once.
    add(atom, { id: 'urn:a-again', title: 'Shelling in Kharkiv', link: server.url('/a'), published: '2024-03-04T09:05:00Z' });

    const first = await watchOnce();
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/poll 1: 2\/2 feeds read, 4 new entries: 3 new/);
    expect(server.hitsOf('/a')).toBe(1);
    expect(server.hitsOf('/b')).toBe(1);
    expect(server.hitsOf('/c')).toBe(0);
    const afterFirst = await ledger();
    expect(afterFirst.counts.documents).toBe(3);
    const sumy = afterFirst.docs.find((d) => d.url === server.url('/c'))!;
    expect(sumy.givenPublished).toBe('2024-03-04T11:00:00+02:00');
    expect(Buffer.from(sumy.raw).toString()).toContain('<title>Shelling in Sumy</title>');
    const odesa = afterFirst.docs.find((d) => d.url === server.url('/b'))!;
    expect(odesa.name).toBe(server.url('/b'));
    expect(odesa.status).toBe('ok');

    // The feeds gain entries; one of the new pages is down for now.
    add(rss, { id: 'rss-e', title: 'Shelling in Kherson', link: server.url('/e'), published: '2024-03-05T08:00:00Z' });
    add(atom, { id: 'urn:f', title: 'Attack on Zaporizhzhia', link: server.url('/f'), published: '2024-03-05T09:00:00Z' });
    const second = await watchOnce();
    expect(second.code).toBe(3);
    expect(second.err).toMatch(/\/f: unreadable: .*HTTP 503/);
    expect(second.out).toMatch(/2 new entries: 1 new, 0 updated, 0 unchanged, 1 failed/);
    expect(server.hitsOf('/a')).toBe(1);
    expect(server.hitsOf('/e')).toBe(1);

    flakyUp = true;
    const third = await watchOnce();
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/1 new entries: 1 new/);
    expect(server.hitsOf('/e')).toBe(1);
    expect(server.hitsOf('/f')).toBe(2);
    const end = await ledger();
    expect(end.counts.documents).toBe(5);
    expect(new Set(end.docs.map((d) => d.hash)).size).toBe(5);
    expect(existsSync(`${db}.watch.jsonl`)).toBe(true);
  });

  it('keeps its state where --state says, and exits 4 when no feed can be read', async () => {
    add(rss, { id: 'rss-b', title: 'Strike on Odesa', link: server.url('/b'), published: '2024-03-04T10:00:00Z' });
    const state = join(tmp.dir, 'state', 'seen.jsonl');
    expect((await watchOnce('--state', state)).code).toBe(0);
    expect(readFileSync(state, 'utf8')).toContain(`url:${server.url('/b')}`);
    const m = memoryIO();
    const code = await main(['watch', '--once', '--db', db, '--allow-host', '127.0.0.1', server.url('/nothing.xml'), server.url('/b')], m.io);
    expect(code).toBe(4);
    expect(m.err()).toMatch(/nothing\.xml: unreadable: .*HTTP 404/);
    expect(m.err()).toMatch(/\/b is not an RSS or Atom feed/);
  });

  it('refuses wrong arguments', async () => {
    for (const argv of [['watch'], ['watch', 'feeds.txt'], ['watch', '--interval', '0', server.url('/rss.xml')]]) {
      const m = memoryIO();
      expect(await main(argv, m.io)).toBe(2);
    }
  });
});

describe('runWatch', () => {
  it('polls until stopped, asking for each feed conditionally once it is up to date', async () => {
    add(rss, { id: 'rss-a', title: 'Shelling in Kharkiv', link: server.url('/a'), published: '2024-03-04T09:00:00Z' });
    const ctl = new AbortController();
    const m = memoryIO();
    let polls = 0;
    m.io.stdout.on('data', (chunk: Buffer) => {
      polls += (chunk.toString().match(/^poll \d+/gm) ?? []).length;
      if (polls === 2) add(rss, { id: 'rss-b', title: 'Strike on Odesa', link: server.url('/b'), published: '2024-03-04T10:00:00Z' });
      if (polls === 4) ctl.abort();
    });
    const totals = await runWatch([server.url('/rss.xml')], { db, interval: '0.05', 'allow-host': ['127.0.0.1'] }, m.io, ctl.signal);
    expect(totals.polls).toBeGreaterThanOrEqual(4);
    expect(totals.new).toBe(2);
    expect(server.hitsOf('/a')).toBe(1);
    expect(server.hitsOf('/b')).toBe(1);
    // Poll 2 was a 304; after the feed changed, the old ETag was sent and a full answer came back.
    expect(conditional.length).toBeGreaterThanOrEqual(2);
    expect(m.out()).toMatch(/poll 2: 1\/1 feeds read, 0 new entries/);
  });
});
