import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { ingestInto } from '../../src/ledger/ingest.js';
import { evidenceTexts } from '../../src/ledger/evidence.js';
import { readSources } from '../../src/ingest/reader.js';
import { contentHash } from '../../src/ingest/hash.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { SitrepError } from '../../src/errors.js';
import { contractEvent, contractLineFor, tempDir, textDocument } from './fixtures.js';

let tmp: ReturnType<typeof tempDir>;
let store: LedgerStore;

beforeEach(async () => {
  tmp = tempDir();
  store = await openSqliteLedger(join(tmp.dir, 'ledger.db'));
});
afterEach(async () => {
  await store.close();
  tmp.cleanup();
});

const REPORT = 'Drone strike on Odesa port\n\n25 September 2023\n\nRussian drones struck a grain terminal in Odesa overnight, officials said.\n';
const PAGE = '<html><head><title>Kharkiv visit</title></head><body><article><h1>Kharkiv visit</h1><p>A minister visited Kharkiv on Thursday and toured a damaged school.</p></article></body></html>';

function writeCorpus(dir: string) {
  mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
  mkdirSync(join(dir, '.hidden'));
  writeFileSync(join(dir, 'a-report.txt'), REPORT);
  writeFileSync(join(dir, 'sub', 'b-page.html'), PAGE);
  writeFileSync(join(dir, 'sub', 'deeper', 'c-page.htm.gz'), gzipSync(Buffer.from(PAGE.replace('Thursday', 'Friday'))));
  writeFileSync(
    join(dir, 'sub', 'd-lines.jsonl'),
    [JSON.stringify({ id: 'line-1', text: 'Shelling hit Kherson on Tuesday.', published: '2023-03-21' }), '', 'this is not json', JSON.stringify({ id: 'line-4', html: PAGE.replace('minister', 'mayor'), url: 'https://example.test/4' })].join('\n'),
  );
  writeFileSync(join(dir, 'notes.md'), 'not a document kind ingest reads');
  writeFileSync(join(dir, '.hidden', 'e.txt'), 'hidden: never read');
}

describe('ingest into the ledger', () => {
  it('reads folders recursively, every file kind, and goes on past a bad line and an unreadable path', async () => {
    writeCorpus(tmp.dir);
    const missing = join(tmp.dir, 'no-such-file.txt');
    const summary = await ingestInto(store, readSources([tmp.dir, missing]), { pipelineVersion: 'test@1' });
    expect(summary).toMatchObject({ documents: 7, new: 5, updated: 0, unchanged: 0, failed: 2 });
    expect(summary.failures.map((f) => f.code).sort()).toEqual(['bad_json', 'unreadable']);
    expect(summary.failures.find((f) => f.code === 'bad_json')?.where).toMatch(/d-lines\.jsonl:3/);
    // The bad line is kept (its bytes and its error); the unreadable path has nothing to keep.
    expect(await store.counts()).toMatchObject({ documents: 6, failed: 1 });
  });

  it('stores a file ingested twice once, and annotates it again for a new pipeline version', async () => {
    const file = join(tmp.dir, 'report.txt');
    writeFileSync(file, REPORT);
    const first = await ingestInto(store, readSources([file]), { pipelineVersion: 'test@1' });
    const second = await ingestInto(store, readSources([file, file]), { pipelineVersion: 'test@1' });
    expect(first).toMatchObject({ new: 1, failed: 0 });
    expect(second).toMatchObject({ documents: 2, new: 0, unchanged: 2 });
    const third = await ingestInto(store, readSources([file]), { pipelineVersion: 'test@2' });
    expect(third).toMatchObject({ updated: 1, new: 0 });
    const forced = await ingestInto(store, readSources([file]), { pipelineVersion: 'test@2', force: true });
    expect(forced).toMatchObject({ updated: 1 });
    expect(await store.counts()).toMatchObject({ documents: 1, failed: 0 });
    const state = await store.documentState(contentHash(Buffer.from(REPORT)));
    expect(state).toMatchObject({ pipelineVersion: 'test@2', status: 'ok' });
  });

  it('keeps what was committed when the store fails half-way, and the next run picks up the rest', async () => {
    for (const n of [1, 2, 3, 4]) writeFileSync(join(tmp.dir, `r${n}.txt`), REPORT.replace('Odesa', `Odesa (${n})`));
    let saves = 0;
    const failing: LedgerStore = Object.assign(Object.create(store) as LedgerStore, {
      save: (...args: Parameters<LedgerStore['save']>) => {
        if (++saves === 3) throw new SitrepError('store', 'disk full');
        return store.save(...args);
      },
    });
    const err = await ingestInto(failing, readSources([tmp.dir]), { pipelineVersion: 't' }).catch((e: unknown) => e);
    expect((err as SitrepError).code).toBe('store');
    expect(await store.counts()).toMatchObject({ documents: 2, failed: 0 });
    const resumed = await ingestInto(store, readSources([tmp.dir]), { pipelineVersion: 't' });
    expect(resumed).toMatchObject({ documents: 4, unchanged: 2, new: 2 });
  });

  it('keeps the bytes exactly as read, whatever their encoding', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kyiv\r\nnight \xe9 strike\r\n', 'latin1')]);
    const file = join(tmp.dir, 'odd.txt');
    writeFileSync(file, bytes);
    await ingestInto(store, readSources([file]), { pipelineVersion: 'test@1' });
    const [doc] = await Promise.all([store.document(1)]);
    expect(Buffer.from(doc!.raw).equals(bytes)).toBe(true);
    expect(doc!.hash).toBe(contentHash(bytes));
  });

  it('stores a file that is text in no encoding as failed with bad_encoding, and goes on', async () => {
    const garbage = join(tmp.dir, 'a-garbage.txt');
    writeFileSync(garbage, Buffer.from(Array.from({ length: 400 }, (_, i) => i % 32)));
    writeFileSync(join(tmp.dir, 'b-report.txt'), REPORT);
    const summary = await ingestInto(store, readSources([tmp.dir]), { pipelineVersion: 'test@1' });
    expect(summary).toMatchObject({ documents: 2, new: 1, failed: 1 });
    expect(summary.failures[0]).toMatchObject({ code: 'bad_encoding' });
    expect(summary.failures[0]!.where).toMatch(/a-garbage\.txt$/);
    expect(await store.counts()).toMatchObject({ documents: 2, failed: 1 });
  });

  it('reads standard input as JSON Lines, a page or text', async () => {
    const lines = [JSON.stringify({ id: 's1', text: 'Shelling in Kherson.' }), JSON.stringify({ id: 's2', text: 'A protest in Kyiv.' })].join('\n');
    const fromJsonl = await ingestInto(store, readSources(['-'], { stdin: Readable.from([Buffer.from(lines)]) }), { pipelineVersion: 't' });
    expect(fromJsonl).toMatchObject({ documents: 2, new: 2 });
    const fromPage = await ingestInto(store, readSources(['-'], { stdin: Readable.from([Buffer.from(PAGE)]) }), { pipelineVersion: 't' });
    expect(fromPage).toMatchObject({ documents: 1, new: 1 });
    const doc = await store.document(3);
    expect(doc).toMatchObject({ kind: 'html', container: 'stdin' });
    const asText = await ingestInto(store, readSources(['-'], { stdin: Readable.from([Buffer.from('{ not json, but text')]), stdinKind: 'text' }), { pipelineVersion: 't' });
    expect(asText).toMatchObject({ new: 1, failed: 0 });
  });

  it('recovers evidence text from the stored document', async () => {
    const doc = textDocument(REPORT);
    const start = REPORT.indexOf('Russian drones');
    const end = REPORT.indexOf('said.') + 5;
    const line = contractLineFor(doc.name, 'x', [contractEvent({ type: 'attack.drone', evidence: [{ start, end }, { start: 0, end: 10_000 }] })]);
    const saved = await store.save(doc, { pipelineVersion: 't', line, ms: 0 });
    const stored = await store.document(saved.documentId);
    expect(evidenceTexts(stored!, (line.events![0] as Record<string, unknown>).evidence)).toEqual([REPORT.slice(start, end), null]);
  });
});
