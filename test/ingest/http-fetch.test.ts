import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { ERROR_CODES, SitrepError } from '../../src/errors.js';
import { HttpClient, isTransient } from '../../src/ingest/http-fetch.js';
import { redirect, send, startServer, type LocalServer } from './local-server.js';

let server: LocalServer;
const client = new HttpClient({ totalMs: 1500, maxBytes: 64 * 1024, maxRedirects: 3, allow: ['127.0.0.1'] });
let bytesSentOfHuge = 0;

beforeAll(async () => {
  server = await startServer({
    '/page': send('<html><body><p>Hello</p></body></html>'),
    '/r1': redirect('/r2', 301),
    '/r2': redirect('/page', 307),
    '/loop': redirect('/loop'),
    '/to-ftp': redirect('ftp://127.0.0.1/file.txt'),
    '/gone': send('nope', 'text/plain', 404),
    '/busy': send('later', 'text/plain', 503),
    '/slow-headers': (_req, res) => {
      const t = setTimeout(() => res.end('too late'), 5000);
      res.on('close', () => clearTimeout(t));
    },
    '/slow-body': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      const t = setInterval(() => res.write('.'), 200);
      res.on('close', () => clearInterval(t));
    },
    '/declared-huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10 * 1024 * 1024) });
      res.write('<p>');
      // The body never comes: the declared length alone is enough to refuse it.
    },
    '/streamed-huge': (_req, res) => {
      // No Content-Length: the cap must stop the download while it streams.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(16 * 1024, 0x61);
      let left = 400; // 6.4 MB in total, far past the 64 KB cap
      const pump = () => {
        while (left > 0) {
          left--;
          bytesSentOfHuge += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (left = 0));
      pump();
    },
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

async function failure(url: string): Promise<SitrepError> {
  const err = await client.get(url).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SitrepError);
  return err as SitrepError;
}

describe('HttpClient.get', () => {
  it('follows redirects and reports the URL the body came from', async () => {
    const res = await client.get(server.url('/r1'));
    expect(res.status).toBe(200);
    expect(res.requestedUrl).toBe(server.url('/r1'));
    expect(res.url).toBe(server.url('/page'));
    expect(Buffer.from(res.bytes).toString()).toContain('Hello');
    expect(res.contentType).toMatch(/text\/html/);
  });

  it('stops after the redirect limit', async () => {
    const err = await failure(server.url('/loop'));
    expect(err.code).toBe(ERROR_CODES.UNREADABLE);
    expect(err.message).toMatch(/more than 3 redirects/);
    expect(server.hitsOf('/loop')).toBe(4);
  });

  it('refuses schemes other than http and https, also when redirected to one', async () => {
    expect((await failure('file:///etc/passwd')).code).toBe(ERROR_CODES.UNREADABLE);
    const err = await failure(server.url('/to-ftp'));
    expect(err.message).toMatch(/not http or https/);
  });

  it('types HTTP errors, marking which may pass', async () => {
    const gone = await failure(server.url('/gone'));
    expect(gone.details.status).toBe(404);
    expect(isTransient(gone)).toBe(false);
    const busy = await failure(server.url('/busy'));
    expect(busy.details.status).toBe(503);
    expect(isTransient(busy)).toBe(true);
  });

  it('times out a server that does not answer, and one that trickles its body', async () => {
    const impatient = new HttpClient({ totalMs: 500, allow: ['127.0.0.1'] });
    try {
      for (const path of ['/slow-headers', '/slow-body']) {
        const t0 = performance.now();
        const err = await impatient.get(server.url(path)).then(() => null, (e: unknown) => e as SitrepError);
        expect(err?.code).toBe(ERROR_CODES.UNREADABLE);
        expect(err?.message).toMatch(/within 0\.5 s/);
        expect(isTransient(err!)).toBe(true);
        expect(performance.now() - t0).toBeLessThan(3000);
      }
    } finally {
      await impatient.close();
    }
  });

  it('refuses a body over the cap, by its declared length or while streaming it', async () => {
    expect((await failure(server.url('/declared-huge'))).code).toBe(ERROR_CODES.TOO_LARGE);
    const err = await failure(server.url('/streamed-huge'));
    expect(err.code).toBe(ERROR_CODES.TOO_LARGE);
    expect(err.message).toMatch(/more than 65536 bytes/);
    // The download stopped early: the server could not push the whole body through.
    await new Promise((r) => setTimeout(r, 50));
    expect(bytesSentOfHuge).toBeLessThan(400 * 16 * 1024);
  });

  it('reports a refused connection as a passing failure', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((r) => probe.close(() => r()));
    const err = await failure(`http://127.0.0.1:${port}/`);
    expect(err.code).toBe(ERROR_CODES.UNREADABLE);
    expect(err.message).toMatch(/ECONNREFUSED/);
    expect(isTransient(err)).toBe(true);
  });

  it('makes a conditional request from validators and reports a 304', async () => {
    server.routes.set('/etag', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        res.end();
      } else send('<p>v1</p>', 'text/html', 200, { etag: '"v1"' })(req, res);
    });
    const first = await client.get(server.url('/etag'));
    expect(first.etag).toBe('"v1"');
    const second = await client.get(server.url('/etag'), { etag: first.etag });
    expect(second.notModified).toBe(true);
    expect(second.bytes.byteLength).toBe(0);
  });
});
