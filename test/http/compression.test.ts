// Cached answers in compressed forms (encoded-body.ts, cached-reply.ts): each decompresses to the plain
// body, says what it is (Content-Encoding, Vary, Content-Length), goes only to a client that accepts it,
// and goes stale with the plain one at the next save. Also the security headers every response carries.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/edges/http/app.js';
import { preferredCoding } from '../../src/edges/http/content-coding.js';
import { CachedReply } from '../../src/edges/http/cached-reply.js';
import { MIN_COMPRESSED_BYTES, compress } from '../../src/edges/http/encoded-body.js';
import { SECURITY_HEADERS } from '../../src/edges/http/security-headers.js';
import { contentHash } from '../../src/ingest/hash.js';
import { fixtureApp, fixtureStore } from './fixtures.js';

const fixture = fixtureApp();

const decode = { br: brotliDecompressSync, gzip: gunzipSync } as const;

async function fetchAs(path: string, acceptEncoding?: string) {
  const res = await fixture.app.request(path, acceptEncoding === undefined ? {} : { headers: { 'accept-encoding': acceptEncoding } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('compressed answers', () => {
  it('decompress to the plain body, with Content-Encoding, Content-Length and Vary', async () => {
    for (const path of ['/api/events', '/api/events?type=strike&limit=2', '/api/stats']) {
      const plain = await fetchAs(path);
      expect(plain.res.headers.get('content-encoding'), path).toBeNull();
      expect(plain.res.headers.get('vary'), path).toBe('Accept-Encoding');
      expect(plain.res.headers.get('content-type'), path).toBe('application/json; charset=UTF-8');
      expect(Number(plain.res.headers.get('content-length')), path).toBe(plain.bytes.byteLength);
      for (const coding of ['br', 'gzip'] as const) {
        const packed = await fetchAs(path, coding);
        expect(packed.res.status, path).toBe(200);
        expect(packed.res.headers.get('vary'), path).toBe('Accept-Encoding');
        expect(packed.res.headers.get('content-type'), path).toBe('application/json; charset=UTF-8');
        expect(Number(packed.res.headers.get('content-length')), path).toBe(packed.bytes.byteLength);
        if (plain.bytes.byteLength < MIN_COMPRESSED_BYTES) {
          expect(packed.res.headers.get('content-encoding'), path).toBeNull();
          expect(packed.bytes.equals(plain.bytes), path).toBe(true);
        } else {
          expect(packed.res.headers.get('content-encoding'), path).toBe(coding);
          expect(packed.bytes.byteLength, path).toBeLessThan(plain.bytes.byteLength);
          expect(decode[coding](packed.bytes).equals(plain.bytes), `${path} ${coding}`).toBe(true);
        }
      }
    }
  });

  it('compresses the listing, whose body is well over the threshold', async () => {
    const { res, bytes } = await fetchAs('/api/events', 'gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(JSON.parse(brotliDecompressSync(bytes).toString('utf8')).events).toHaveLength(6);
  });

  it('sends the plain body to a client that does not accept a compressed one', async () => {
    for (const header of ['identity', 'br;q=0, gzip;q=0', 'deflate', '*;q=0']) {
      const { res, bytes } = await fetchAs('/api/events', header);
      expect(res.headers.get('content-encoding'), header).toBeNull();
      expect(JSON.parse(bytes.toString('utf8')).events, header).toHaveLength(6);
    }
  });

  it('go stale with the plain answer at the next save', async () => {
    const local = await fixtureStore();
    const localApp = createApp({ store: local });
    const count = async (coding: 'br' | 'gzip' | null) => {
      const res = await localApp.request('/api/events', coding ? { headers: { 'accept-encoding': coding } } : {});
      const bytes = Buffer.from(await res.arrayBuffer());
      return (JSON.parse((coding ? decode[coding](bytes) : bytes).toString('utf8')) as { events: unknown[] }).events.length;
    };
    expect([await count('br'), await count('gzip'), await count(null)]).toEqual([6, 6, 6]);
    const raw = new TextEncoder().encode('Yet another page.');
    await local.save(
      { hash: contentHash(raw), kind: 'text', container: 'file', name: 'fx-more', sourcePath: null, sourceLine: null, url: null, givenPublished: null, raw },
      { pipelineVersion: 't', ms: 0, line: { id: 'fx-more', document: { title: null, body: 'Yet another page.', items: [] }, events: [{ type: 'strike.drone', date: { value: '2024-03-22' }, actors: [], modality: 'asserted', verification: 'unknown', confidence: 0.5 }] } },
    );
    expect([await count('br'), await count('gzip'), await count(null)]).toEqual([7, 7, 7]);
    await local.close();
  });

  it('are made once per answer, only when asked for', async () => {
    const plain = new TextEncoder().encode(JSON.stringify({ words: Array.from({ length: 200 }, (_, i) => `word ${i}`) })) as Uint8Array<ArrayBuffer>;
    expect(brotliDecompressSync(await compress(plain, 'br')).equals(Buffer.from(plain))).toBe(true);
    expect(gunzipSync(await compress(plain, 'gzip')).equals(Buffer.from(plain))).toBe(true);
    const reply = new CachedReply(plain);
    const [a, b] = await Promise.all([reply.response('br'), reply.response('br')]);
    const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
    expect(Buffer.from(x).equals(Buffer.from(y))).toBe(true);
    expect(brotliDecompressSync(Buffer.from(x)).equals(Buffer.from(plain))).toBe(true);
    // Made once: the second request for the form is answered synchronously from the kept bytes.
    expect(reply.response('br')).toBeInstanceOf(Response);
    const small = new TextEncoder().encode('{"ok":true}') as Uint8Array<ArrayBuffer>;
    const tiny = new CachedReply(small).response('br') as Response;
    expect(tiny.headers.get('content-encoding')).toBeNull();
  });
});

describe('Accept-Encoding', () => {
  it('picks brotli, then gzip, by q-value, refusing q=0', () => {
    expect(preferredCoding(undefined)).toBe('identity');
    expect(preferredCoding('')).toBe('identity');
    expect(preferredCoding('gzip, deflate, br')).toBe('br');
    expect(preferredCoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredCoding('gzip, deflate')).toBe('gzip');
    expect(preferredCoding('x-gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0.5, gzip')).toBe('gzip');
    expect(preferredCoding('br;q=0, gzip;q=0.1')).toBe('gzip');
    expect(preferredCoding('*')).toBe('br');
    expect(preferredCoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(preferredCoding('BR')).toBe('br');
    expect(preferredCoding('identity;q=1, br;q=0.5')).toBe('identity');
    expect(preferredCoding('deflate')).toBe('identity');
    expect(preferredCoding('br;q=0')).toBe('identity');
  });
});

describe('security headers', () => {
  it("are the ones hono's secureHeaders() sends with our CSP, on cached answers, errors and other routes", async () => {
    const reference = new Hono();
    reference.use(
      '*',
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      }),
    );
    reference.get('/', (c) => c.text('ok'));
    const expected = Object.fromEntries([...(await reference.request('/')).headers].filter(([k]) => k !== 'content-type'));
    expect(SECURITY_HEADERS).toEqual(expected);
    for (const [path, status] of [['/api/events', 200], ['/api/events', 200], ['/api/events?limit=0', 400], ['/api/events/999999', 404], ['/healthz', 200], ['/nowhere', 404]] as const) {
      const res = await fixture.app.request(path, { headers: { 'accept-encoding': 'br' } });
      expect(res.status, path).toBe(status);
      for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });
});
