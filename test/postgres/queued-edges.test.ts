// The other ways documents arrive, on PostgreSQL: `sitrep watch` and POST /api/documents store each new
// document and queue it for the workers, as `sitrep ingest` does; nothing is annotated until a worker runs.
// Feeds come from a local server (127.0.0.1), so the test never touches the network.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type PgBoss from 'pg-boss';
import type { Kysely } from 'kysely';
import { escapeUTF8 } from 'entities';
import { createApp } from '../../src/edges/http/app.js';
import { main } from '../../src/edges/cli/main.js';
import { openPostgresKysely, postgresStore } from '../../src/ledger/postgres.js';
import type { LedgerDatabase } from '../../src/ledger/schema.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { ANNOTATE_QUEUE, openBoss } from '../../src/queue/boss.js';
import { openDocumentQueue, type DocumentQueue } from '../../src/queue/document-queue.js';
import { runWorker } from '../../src/queue/worker.js';
import { memoryIO } from '../cli/memory-io.js';
import { send, startServer, type LocalServer } from '../ingest/local-server.js';
import { tempDir } from '../ledger/fixtures.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';

const article = (place: string, n: number) =>
  `Russian forces shelled ${place} on the morning of 4 March 2024, the regional governor said. Report ${n}: several houses were damaged and two civilians were wounded.`;

function rss(entries: Array<{ id: string; title: string; text: string }>): string {
  const items = entries.map(
    (e) =>
      `<item><title>${escapeUTF8(e.title)}</title><guid isPermaLink="false">${e.id}</guid><pubDate>${new Date('2024-03-04T12:00:00Z').toUTCString()}</pubDate>` +
      `<content:encoded><![CDATA[<p>${e.text}</p>]]></content:encoded></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test</title>${items.join('')}</channel></rss>`;
}

describePostgres('watch and POST /api/documents on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Kysely<LedgerDatabase>;
  let store: LedgerStore;
  let boss: PgBoss;
  let server: LocalServer;
  let tmp: ReturnType<typeof tempDir>;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openPostgresKysely(database.url);
    store = postgresStore(db, database.url);
    boss = await openBoss(database.url, { supervise: false, configure: true });
    tmp = tempDir();
    server = await startServer({
      '/feed.xml': send(
        rss([
          { id: 'a', title: 'Shelling in Kharkiv', text: article('Kharkiv', 1) },
          { id: 'b', title: 'Shelling in Odesa', text: article('Odesa', 2) },
        ]),
        'application/rss+xml; charset=utf-8',
      ),
    });
  });
  afterAll(async () => {
    await server?.close();
    await boss?.stop({ graceful: false, wait: true });
    await store?.close();
    await database?.drop();
    tmp?.cleanup();
  });

  const waiting = () => boss.getQueueSize(ANNOTATE_QUEUE, { before: 'completed' });
  const drain = () => runWorker({ url: database.url, drain: true, pollMs: 100 });

  it('watch stores and queues each new entry, and a worker annotates it', async () => {
    const state = join(tmp.dir, 'watch-state.jsonl');
    const m = memoryIO();
    const code = await main(['watch', '--once', '--db', database.url, '--allow-host', '127.0.0.1', '--state', state, server.url('/feed.xml')], m.io);
    expect(m.err()).toBe('');
    expect(code).toBe(0);
    expect(m.out()).toMatch(/2 new entries: 2 queued for workers, 0 unchanged, 0 failed/);
    // Stored, not annotated: that is the workers' part.
    expect(await store.counts()).toEqual({ documents: 2, failed: 0, events: 0 });
    expect(await waiting()).toBe(2);

    expect(await drain()).toMatchObject({ jobs: 2, annotated: 2 });
    const counts = await store.counts();
    expect(counts.documents).toBe(2);
    expect(counts.events).toBeGreaterThanOrEqual(2);

    // The entries are remembered: a second poll queues nothing.
    const again = memoryIO();
    expect(await main(['watch', '--once', '--db', database.url, '--allow-host', '127.0.0.1', '--state', state, server.url('/feed.xml')], again.io)).toBe(0);
    expect(again.out()).toMatch(/0 new entries/);
    expect(await waiting()).toBe(0);
  });

  it('POST /api/documents stores and queues (202), and answers "unchanged" once a worker has annotated it', async () => {
    let queue: DocumentQueue | null = null;
    try {
      queue = await openDocumentQueue(database.url, { applicationName: 'test-serve' });
      const app = createApp({ store, token: 'secret', queue, version: 'test' });
      const body = JSON.stringify({ id: 'posted-1', text: article('Sumy', 3), published: '2024-03-04T12:00:00Z' });
      const post = () => app.request('/api/documents', { method: 'POST', headers: { Authorization: 'Bearer secret', 'Content-Type': 'application/json' }, body });

      const first = await post();
      expect(first.status).toBe(202);
      const queued = (await first.json()) as { documentId: number; outcome: string; events: number };
      expect(queued).toMatchObject({ outcome: 'queued', events: 0, documentId: expect.any(Number) });
      expect(await waiting()).toBe(1);
      expect((await store.document(queued.documentId))?.status).toBeNull();

      expect(await drain()).toMatchObject({ jobs: 1, annotated: 1 });
      expect((await store.document(queued.documentId))?.status).toBe('ok');

      const second = await post();
      expect(second.status).toBe(200);
      const unchanged = (await second.json()) as { documentId: number; outcome: string; events: number };
      expect(unchanged).toMatchObject({ documentId: queued.documentId, outcome: 'unchanged' });
      expect(unchanged.events).toBeGreaterThanOrEqual(1);
      expect(await waiting()).toBe(0);
    } finally {
      await queue?.close();
    }
  });
});
