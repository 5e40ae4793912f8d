import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ERROR_CODES, SitrepError } from '../../src/errors.js';
import { HttpClient } from '../../src/ingest/http-fetch.js';
import { rawDocumentOf } from '../../src/ingest/raw-document.js';
import { bodyKind, pageDocument } from '../../src/ingest/url-source.js';
import { fetchPages } from '../../src/ingest/url-reader.js';
import { newsPage, redirect, send, startServer, type LocalServer } from './local-server.js';

const CYRILLIC = 'Обстріл Харкова: пошкоджено житлові будинки';
// The same page twice in windows-1251: once declared only in the HTTP header, once in a <meta> tag.
const headerOnly = iconv.encode(`<html><head><title>Х</title></head><body><p>${CYRILLIC}</p></body></html>`, 'win1251');
const metaDeclared = iconv.encode(`<html><head><meta charset="windows-1251"><title>Х</title></head><body><p>${CYRILLIC}</p></body></html>`, 'win1251');

let server: LocalServer;
const client = new HttpClient({ allow: ['127.0.0.1'] });

beforeAll(async () => {
  server = await startServer({
    '/cp1251-header': send(headerOnly, 'text/html; charset=windows-1251'),
    '/cp1251-meta': send(metaDeclared, 'text/html'),
    '/koi8-header': send(iconv.encode(`<html><body><p>${CYRILLIC}</p></body></html>`, 'koi8-u'), 'text/html; charset=KOI8-U'),
    '/plain': send('Shelling hit Kherson on Monday.', 'text/plain; charset=utf-8'),
    '/image': send(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/feed': send('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', 'application/xml'),
    '/moved': redirect('/article'),
    '/article': send(newsPage('Strike on Odesa', 'A drone hit Odesa on 4 March 2024.')),
  });
});
afterAll(async () => {
  await client.close();
  await server.close();
});

describe('pageDocument', () => {
  it('decodes a windows-1251 page declared only by its Content-Type, and stores bytes that decode the same later', async () => {
    const doc = pageDocument(await client.get(server.url('/cp1251-header')));
    expect(doc.kind).toBe('html');
    // The ledger does not keep the header, so the stored bytes must carry the charset on their own.
    expect(rawDocumentOf(doc).content).toContain(CYRILLIC);
    const koi = pageDocument(await client.get(server.url('/koi8-header')));
    expect(rawDocumentOf(koi).content).toContain(CYRILLIC);
  });

  it('keeps the bytes as fetched when the page declares its own charset', async () => {
    const doc = pageDocument(await client.get(server.url('/cp1251-meta')));
    expect(Buffer.from(doc.raw).equals(metaDeclared)).toBe(true);
    expect(rawDocumentOf(doc).content).toContain(CYRILLIC);
  });

  it('names the document by the URL given and keeps the URL it came from', async () => {
    const doc = pageDocument(await client.get(server.url('/moved')));
    expect(doc.name).toBe(server.url('/moved'));
    expect(doc.url).toBe(server.url('/article'));
    expect(doc.sourcePath).toBeNull();
  });

  it('takes text/plain as text and refuses bodies that are not pages, pointing feeds to watch', async () => {
    expect(pageDocument(await client.get(server.url('/plain'))).kind).toBe('text');
    const refuse = async (path: string) => {
      const res = await client.get(server.url(path));
      try {
        pageDocument(res);
      } catch (err) {
        return err as SitrepError;
      }
      return null;
    };
    expect((await refuse('/image'))?.code).toBe(ERROR_CODES.UNREADABLE);
    expect((await refuse('/feed'))?.message).toMatch(/is a feed.*sitrep watch/);
  });
});

describe('bodyKind', () => {
  it('sniffs bodies with no useful Content-Type', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(bodyKind(null, bytes('  <!doctype html><p>x'))).toBe('html');
    expect(bodyKind('application/octet-stream', bytes('Plain report text'))).toBe('text');
    expect(bodyKind('text/xml', bytes('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('feed');
    expect(bodyKind('application/pdf', bytes('%PDF-1.7'))).toBeNull();
  });
});

describe('fetchPages', () => {
  it('yields one item per URL in the order given, failures typed and the rest going on', async () => {
    const urls = ['/article', '/missing', '/plain', 'gopher://127.0.0.1/x', '/cp1251-meta'].map((p) => (p.includes('://') ? p : server.url(p)));
    const items = [];
    for await (const item of fetchPages(client, urls, { concurrency: 3 })) items.push(item);
    expect(items.map((i) => ('document' in i ? i.document.name : `failed ${i.failure.error.code}`))).toEqual([
      urls[0],
      'failed unreadable',
      urls[2],
      'failed unreadable',
      urls[4],
    ]);
    const missing = items[1]!;
    expect('failure' in missing && missing.failure.error.details.status).toBe(404);
  });
});
