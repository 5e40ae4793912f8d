import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/ingest/encoding/index.js';
import { SitrepError } from '../../src/errors.js';

const UKRAINIAN = 'Міст через річку відкрили після ремонту, повідомила районна адміністрація. Рух відновлять опівдні.';
const RUSSIAN = 'Мост через реку открыли после ремонта, сообщила районная администрация. Движение возобновят в полдень.';
const page = (charsetMeta: string, text: string): string => `<html><head>${charsetMeta}<title>t</title></head><body><p>${text}</p></body></html>`;

describe('decodeBytes', () => {
  it('decodes UTF-8, with and without a BOM', () => {
    const bytes = Buffer.from(page('', UKRAINIAN), 'utf8');
    expect(decodeBytes(bytes)).toContain(UKRAINIAN);
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(page('', UKRAINIAN));
  });

  it('decodes UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UKRAINIAN, 'utf16le')]);
    expect(decodeBytes(bytes)).toBe(UKRAINIAN);
  });

  it('follows <meta charset> and http-equiv declarations', () => {
    const html = page('<meta charset="windows-1251">', RUSSIAN);
    expect(decodeBytes(iconv.encode(html, 'windows-1251'))).toBe(html);
    const equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-u">', UKRAINIAN);
    expect(decodeBytes(iconv.encode(equiv, 'koi8-u'))).toBe(equiv);
  });

  it('follows the Content-Type header over the page', () => {
    const html = page('', RUSSIAN);
    expect(decodeBytes(iconv.encode(html, 'koi8-r'), { contentType: 'text/html; charset=KOI8-R' })).toBe(html);
  });

  it('reads latin1 labels as windows-1252', () => {
    const html = page('<meta charset="iso-8859-1">', 'Caf\u00e9 \u201cquoted\u201d');
    expect(decodeBytes(iconv.encode(html, 'windows-1252'))).toBe(html);
  });

  it('prefers valid UTF-8 over a wrong single-byte label', () => {
    const html = page('<meta charset="windows-1251">', UKRAINIAN);
    expect(decodeBytes(Buffer.from(html, 'utf8'))).toBe(html);
  });

  it('detects an undeclared Cyrillic single-byte page', () => {
    const html = page('', `${RUSSIAN} ${RUSSIAN} ${RUSSIAN}`);
    expect(decodeBytes(iconv.encode(html, 'windows-1251'))).toBe(html);
  });

  it('returns "" for no bytes and throws bad_encoding for binary data', () => {
    expect(decodeBytes(new Uint8Array(0))).toBe('');
    const binary = new Uint8Array(4096);
    for (let i = 0; i < binary.length; i++) binary[i] = (i * 7919) % 32;
    let caught: unknown;
    try {
      decodeBytes(binary);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(SitrepError);
    expect((caught as SitrepError).code).toBe('bad_encoding');
  });
});
