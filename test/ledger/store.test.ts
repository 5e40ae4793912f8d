import { MIGRATIONS } from '../../src/ledger/migrations/index.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { SitrepError } from '../../src/errors.js';
import { KHARKIV, KHERSON, ODESA, contractEvent, contractLineFor, tempDir, textDocument } from './fixtures.js';

let tmp: ReturnType<typeof tempDir>;
let path: string;
let store: LedgerStore;

beforeEach(async () => {
  tmp = tempDir();
  path = join(tmp.dir, 'nested', 'ledger.db');
  store = await openSqliteLedger(path);
});
afterEach(async () => {
  await store.close();
  tmp.cleanup();
});

const TEXT = 'Shells hit Kherson on Tuesday. Two people were killed.';

describe('SQLite ledger store', () => {
  it('round-trips a document, its raw bytes, its annotation and its events', async () => {
    const doc = textDocument(TEXT);
    const events = [
      contractEvent({ type: 'attack.shelling', date: { value: '2023-03-21', precision: 'day' }, place: KHERSON, killed: 2, evidence: [{ start: 31, end: 54 }] }),
      contractEvent({ type: 'attack.drone', date: { value: '2023-03', precision: 'month' }, place: ODESA }),
    ];
    const saved = await store.save(doc, { pipelineVersion: 'test@1', line: contractLineFor(doc.name, 'Shelling', events), ms: 1 });
    expect(saved).toMatchObject({ created: true, events: 2 });

    const stored = await store.document(saved.documentId);
    expect(stored).not.toBeNull();
    expect(Buffer.from(stored!.raw).equals(Buffer.from(doc.raw))).toBe(true);
    expect(stored!).toMatchObject({ hash: doc.hash, kind: 'text', title: 'Shelling', published: '2023-03-21', pipelineVersion: 'test@1', status: 'ok' });
    expect(stored!.line?.events).toHaveLength(2);

    const listed = await store.events();
    expect(listed.map((e) => e.event.type)).toEqual(['attack.drone', 'attack.shelling']); // month 2023-03 starts before the 21st
    const one = await store.event(listed[1]!.id);
    expect(one?.event).toEqual(events[0]);
    expect(one?.document).toMatchObject({ id: saved.documentId, name: doc.name, title: 'Shelling' });
    expect(await store.counts()).toEqual({ documents: 1, failed: 0, events: 2 });
  });

  it('stores the same bytes once and replaces, not duplicates, their annotation', async () => {
    const doc = textDocument(TEXT);
    const line = contractLineFor(doc.name, 'Shelling', [contractEvent({ type: 'attack.shelling', place: KHERSON })]);
    const first = await store.save(doc, { pipelineVersion: 'test@1', line, ms: 1 });
    const again = await store.save({ ...doc, name: 'copy.txt' }, { pipelineVersion: 'test@2', line, ms: 1 });
    expect(again).toMatchObject({ documentId: first.documentId, created: false, events: 1 });
    expect(await store.counts()).toEqual({ documents: 1, failed: 0, events: 1 });
    expect(await store.documentState(doc.hash)).toMatchObject({ documentId: first.documentId, pipelineVersion: 'test@2', status: 'ok', events: 1 });
    expect(await store.documentState('0'.repeat(64))).toBeNull();
  });

  it('records a failed document with its error line', async () => {
    const doc = textDocument('');
    await store.save(doc, { pipelineVersion: 'test@1', line: { id: doc.name, error: { code: 'empty', message: 'nothing there' } }, ms: 0 });
    expect(await store.counts()).toEqual({ documents: 1, failed: 1, events: 0 });
    expect(await store.documentState(doc.hash)).toMatchObject({ status: 'failed' });
  });

  it('rolls a save back whole when it fails half-way', async () => {
    const doc = textDocument(TEXT);
    const poisoned = { ...contractEvent({ type: 'attack.shelling' }), toJSON: () => { throw new Error('disk on fire'); } };
    const line = contractLineFor(doc.name, 'Shelling', [poisoned]);
    const err = await store.save(doc, { pipelineVersion: 'test@1', line, ms: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SitrepError);
    expect((err as SitrepError).code).toBe('store');
    expect(await store.counts()).toEqual({ documents: 0, failed: 0, events: 0 });
  });

  it('filters events by type prefix, dates, place, verification and limit', async () => {
    const specs = [
      contractEvent({ type: 'attack.shelling', date: { value: '2023-03-21', precision: 'day' }, place: KHERSON, verification: 'confirmed' }),
      contractEvent({ type: 'attack.drone', date: { value: '2023-W38', precision: 'week' }, place: ODESA }),
      contractEvent({ type: 'attacker.other', date: { value: '2023', precision: 'year' }, place: KHARKIV }),
      contractEvent({ type: 'visit', date: null, place: KHARKIV }),
      contractEvent({ type: 'protest.blockade', date: { value: '2023-11-10', precision: 'day', start: '2023-11-07', end: '2023-11-10' }, place: null }),
    ];
    const doc = textDocument(TEXT);
    await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, 'x', specs), ms: 0 });
    const types = async (f: Parameters<LedgerStore['events']>[0]) => (await store.events(f)).map((e) => e.event.type);

    expect(await types({ type: 'attack' })).toEqual(['attack.shelling', 'attack.drone']);
    expect(await types({ type: 'attack.drone' })).toEqual(['attack.drone']);
    // 2023-W38 is 18 to 24 September; the year 2023 overlaps everything in it.
    expect(await types({ since: '2023-09-20', until: '2023-09-20' })).toEqual(['attacker.other', 'attack.drone']);
    expect(await types({ since: '2023-11-08' })).toEqual(['attacker.other', 'protest.blockade']);
    expect(await types({ until: '2023-03-21' })).toEqual(['attacker.other', 'attack.shelling']);
    expect(await types({ place: 'khark' })).toEqual(['attacker.other', 'visit']);
    expect(await types({ place: 'ua' })).toHaveLength(4);
    expect(await types({ place: '%' })).toEqual([]);
    expect(await types({ verification: 'confirmed' })).toEqual(['attack.shelling']);
    expect(await types({ limit: 2 })).toHaveLength(2);
    expect(await types({})).toEqual(['attacker.other', 'attack.shelling', 'attack.drone', 'protest.blockade', 'visit']);
  });

  it('reopens an existing ledger without migrating it again', async () => {
    const doc = textDocument(TEXT);
    await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, 'x', []), ms: 0 });
    await store.close();
    store = await openSqliteLedger(path);
    expect(await store.counts()).toMatchObject({ documents: 1 });
    const db = new Database(path, { readonly: true });
    try {
      expect(db.prepare('select name from kysely_migration order by name').all()).toEqual(MIGRATIONS.map((m) => ({ name: m.name })));
    } finally {
      db.close();
    }
  });

  it('refuses a ledger path it cannot create with a typed store error', async () => {
    const blocker = join(tmp.dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    const err = await openSqliteLedger(join(blocker, 'ledger.db')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SitrepError);
    expect((err as SitrepError).code).toBe('store');
  });
});
