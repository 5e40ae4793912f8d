import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { runCli as run } from '../cli/memory-io.js';
import { tempDir } from '../ledger/fixtures.js';
import { newsPage, redirect, send, startServer, type LocalServer } from './local-server.js';

let server: LocalServer;
let tmp: ReturnType<typeof tempDir>;
let db: string;

const REPORT = 'A drone struck an apartment block in Dnipro on 5 March 2024, the regional governor said. Three people were injured.';
const UKRAINIAN = 'Уночі 5 березня 2024 року російські війська обстріляли Херсон, повідомила обласна адміністрація.';

beforeAll(async () => {
  server = await startServer({
    '/dnipro': send(newsPage('Drone strike in Dnipro', REPORT)),
    '/old-dnipro': redirect('/dnipro', 301),
    '/kherson-cp1251': send(iconv.encode(`<html><head><title>Херсон</title></head><body><article><p>${UKRAINIAN}</p></article></body></html>`, 'win1251'), 'text/html; charset=windows-1251'),
    '/huge': (_req, res) => {
      // 21 MB streamed without a Content-Length: past the CLI's 20 MB cap, refused while it streams.
      res.writeHead(200, { 'content-type': 'text/html' });
      const mb = Buffer.alloc(1024 * 1024, 0x20);
      let left = 21;
      const pump = () => {
        while (left-- > 0) if (!res.write(mb)) return void res.once('drain', pump);
        res.end();
      };
      res.on('close', () => (left = 0));
      pump();
    },
  });
});
afterAll(() => server.close());
beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
});
afterEach(() => tmp.cleanup());


describe('sitrep ingest URL', () => {
  it('fetches pages beside files, keeps each URL, reports each failure and goes on', async () => {
    const file = join(tmp.dir, 'report.txt');
    writeFileSync(file, `Strike in Sumy\n\n${REPORT.replace('Dnipro', 'Sumy')}\n`);
    const urls = { moved: server.url('/old-dnipro'), cp1251: server.url('/kherson-cp1251'), missing: server.url('/missing'), huge: server.url('/huge') };
    const first = await run(['ingest', '--db', db, '--allow-host', '127.0.0.1', urls.moved, file, urls.missing, urls.cp1251, 'ftp://127.0.0.1/x', urls.huge, '--timeout', '5']);
    expect(first.code).toBe(3);
    expect(first.out).toMatch(/ingested 6 documents: 3 new, 0 updated, 0 unchanged, 3 failed/);
    expect(first.err).toMatch(/\/missing: unreadable: .*HTTP 404/);
    expect(first.err).toMatch(/ftp:\/\/127\.0\.0\.1\/x: unreadable: .*only http and https/);
    expect(first.err).toMatch(/\/huge: too_large: .*more than 20971520 bytes/);

    const store = await openSqliteLedger(db);
    try {
      const docs = [];
      for (let id = 1; id <= 10; id++) {
        const d = await store.document(id);
        if (d) docs.push(d);
      }
      const dnipro = docs.find((d) => d.name === urls.moved)!;
      expect(dnipro.url).toBe(server.url('/dnipro'));
      expect(dnipro.title).toBe('Drone strike in Dnipro');
      const kherson = docs.find((d) => d.name === urls.cp1251)!;
      expect(JSON.stringify(kherson.line)).toContain('обстріляли Херсон');
    } finally {
      await store.close();
    }

    const again = await run(['ingest', '--db', db, '--allow-host', '127.0.0.1', urls.moved, urls.cp1251]);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/ingested 2 documents: 0 new, 0 updated, 2 unchanged/);
  });

  it('refuses a --timeout that is not a positive number', async () => {
    expect((await run(['ingest', '--db', db, '--timeout', 'soon', server.url('/dnipro')])).code).toBe(2);
  });
});
