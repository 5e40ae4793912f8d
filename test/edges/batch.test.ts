import { describe, expect, it } from 'vitest';
import { PassThrough, Readable } from 'node:stream';
import { annotateStream } from '../../src/edges/batch.js';
import { main } from '../../src/edges/cli/main.js';
import { EXIT } from '../../src/edges/cli/exit-codes.js';
import { tmpdir } from 'node:os';
import { memoryIO } from '../cli/memory-io.js';

async function runBatch(lines: string[]) {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c: Buffer) => chunks.push(c.toString()));
  const summary = await annotateStream(Readable.from([lines.join('\n') + '\n']), out);
  out.end();
  return { summary, lines: chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>) };
}

const article = 'Shelling hits a market\n\nArtillery shells struck a market in Kharkiv on Monday, officials said. Two people were wounded.';

describe('annotate batch', () => {
  it('writes one line per document, in input order, echoing ids', async () => {
    const { lines, summary } = await runBatch([
      JSON.stringify({ id: 'b', text: article }),
      JSON.stringify({ id: 'a', html: `<html><head><title>T</title></head><body><p>${article}</p></body></html>` }),
    ]);
    expect(lines.map((l) => l.id)).toEqual(['b', 'a']);
    expect(summary).toMatchObject({ documents: 2, failed: 0 });
    expect(lines[0]!.document.body).toContain('Artillery shells struck a market');
  });

  it('reports a malformed line with its number and goes on', async () => {
    const { lines, summary } = await runBatch([JSON.stringify({ id: 'x', text: article }), '{not json', JSON.stringify({ id: 'y', text: article })]);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({ id: null, error: { code: 'bad_json', line: 2 } });
    expect(lines[2]!.id).toBe('y');
    expect(summary.failed).toBe(1);
  });

  it('gives a typed error, and no other fields, to a document without text or html', async () => {
    const { lines } = await runBatch([JSON.stringify({ id: 'z', url: 'https://example.org' }), JSON.stringify({ id: 7, text: 'x', published: 'yesterday' })]);
    expect(lines[0]).toEqual({ id: 'z', error: expect.objectContaining({ code: 'bad_document' }) });
    expect(Object.keys(lines[0]!).sort()).toEqual(['error', 'id']);
    expect(lines[1]).toMatchObject({ id: '7', error: { code: 'bad_document' } });
  });

  it('keeps a given publication date and says so', async () => {
    const { lines } = await runBatch([JSON.stringify({ id: 'p', text: article, published: '2024-02-05' })]);
    expect(lines[0]!.document).toMatchObject({ published: '2024-02-05', publishedSource: 'given' });
  });

  it('gives offsets that index the input text', async () => {
    const { lines } = await runBatch([JSON.stringify({ id: 'o', text: article, published: '2024-02-05' })]);
    for (const t of lines[0]!.timexes as Array<{ start: number; end: number; text: string }>) {
      expect(article.slice(t.start, t.end)).toBe(t.text);
    }
  });
});

describe('sitrep CLI exit codes', () => {
  const io = (input: string) => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString()));
    stderr.on('data', (c: Buffer) => (err += c.toString()));
    return { io: { stdin: Readable.from([input]), stdout, stderr, isTTY: false }, out: () => out, err: () => err };
  };

  it('exits 0 when every document is processed', async () => {
    const h = io(JSON.stringify({ id: 'ok', text: article }) + '\n');
    expect(await main(['annotate'], h.io)).toBe(EXIT.OK);
    expect(h.out().trim().split('\n')).toHaveLength(1);
  });

  it('exits with SOME_DOCUMENTS_FAILED when a document fails', async () => {
    const h = io('[1,2]\n');
    expect(await main(['annotate', '--quiet'], h.io)).toBe(EXIT.SOME_DOCUMENTS_FAILED);
  });

  it('maps usage errors to the usage exit code', async () => {
    const h = io('');
    expect(await main(['annotate', '--no-such-flag'], h.io)).toBe(EXIT.USAGE);
    expect(await main(['no-such-command'], h.io)).toBe(EXIT.USAGE);
    expect(h.err()).toContain('unknown command');
  });

  it('maps an unreadable input file to its exit code', async () => {
    const h = io('');
    expect(await main(['annotate', '--input', '/nonexistent/in.jsonl'], h.io)).toBe(EXIT.UNREADABLE);
  });
});

describe('annotate batch: lines, ids and blank text as ingest has them', () => {
  it('ends lines at \\n only: a lone \\r is white space inside a line, as in sitrep ingest', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    // One document whose JSON has a lone \r between its fields, then one ended by \r\n.
    const input = `{"id":"cr",\r"text":${JSON.stringify(article)}}\n${JSON.stringify({ id: 'crlf', text: article })}\r\n`;
    const summary = await annotateStream(Readable.from([Buffer.from(input)]), out);
    out.end();
    const lines = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines.map((l) => l.id)).toEqual(['cr', 'crlf']);
    expect(summary).toMatchObject({ documents: 2, failed: 0 });
    const { jsonlDocuments } = await import('../../src/ingest/jsonl.js');
    expect(jsonlDocuments(Buffer.from(input), null).map((d) => d.name)).toEqual(['cr', 'crlf']);
  });

  it('gives an error line an id only when the document has one of a proper kind', async () => {
    const { lines } = await runBatch([
      JSON.stringify({ id: { nested: true }, text: 'x', published: 'soon' }),
      JSON.stringify({ id: null, text: 'x' }),
      JSON.stringify({ id: 12, text: 'x', published: 'soon' }),
    ]);
    expect(lines.map((l) => l.id)).toEqual([null, null, '12']);
    for (const l of lines) expect(l.error.code).toBe('bad_document');
    const m = memoryIO([JSON.stringify({ id: { a: 1 }, text: 'x', published: 'soon' }), JSON.stringify({ id: null, text: 'x' })].join('\n') + '\n');
    expect(await main(['annotate'], m.io)).toBe(EXIT.SOME_DOCUMENTS_FAILED);
    expect(m.err()).not.toContain('[object Object]');
    expect(m.err()).not.toMatch(/sitrep: null:/);
    expect(m.err()).toContain('sitrep: line 1: bad_document');
    expect(m.err()).toContain('sitrep: line 2: bad_document');
  });

  it('refuses text of white space with the error a file of white space gets', async () => {
    const { lines } = await runBatch([JSON.stringify({ id: 'blank', text: ' \n\t ' }), JSON.stringify({ id: 'next', text: article })]);
    expect(lines[0]).toMatchObject({ id: 'blank', error: { code: 'empty' } });
    expect(lines[1]!.events.length).toBeGreaterThan(0);
  });

  it('gives a document over the size budget a too_large line and goes on', async () => {
    const out = new PassThrough();
    const chunks: string[] = [];
    out.on('data', (c: Buffer) => chunks.push(c.toString()));
    const input = [JSON.stringify({ id: 'long', text: article + ' ' + article }), JSON.stringify({ id: 'short', text: article })].join('\n');
    await annotateStream(Readable.from([Buffer.from(input)]), out, { budget: { maxChars: article.length + 1 } });
    out.end();
    const lines = chunks.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines[0]).toMatchObject({ id: 'long', error: { code: 'too_large', line: 1 } });
    expect(lines[1]!.id).toBe('short');
    expect(lines[1]!.error).toBeUndefined();
  });

  it('exits 4, as for any unreadable input, when --input is a folder', async () => {
    const m = memoryIO();
    expect(await main(['annotate', '--input', tmpdir()], m.io)).toBe(EXIT.UNREADABLE);
    expect(m.err()).toContain('is a folder');
  });
});
