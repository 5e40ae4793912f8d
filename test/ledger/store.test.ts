import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { MIGRATIONS } from '../../src/ledger/migrations/index.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { SitrepError } from '../../src/errors.js';
import { KHERSON, ODESA, contractEvent, contractLineFor, tempDir, textDocument } from './fixtures.js';

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

  // Rollback and the event filters are in the store contract suite (test/helpers/store-contract.ts),
  // which runs against this SQLite store and against PostgreSQL.

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
