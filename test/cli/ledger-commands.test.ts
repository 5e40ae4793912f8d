import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { defaultLedgerPath } from '../../src/ledger/location.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { KHARKIV, KHERSON, ODESA, contractEvent, contractLineFor, tempDir, textDocument } from '../ledger/fixtures.js';
import { runCli as run } from './memory-io.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;

beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
});
afterEach(() => tmp.cleanup());


const REPORT = 'Shelling in Kherson\n\nShells hit a market in Kherson on Tuesday. Two people were killed.\n';

/** A ledger holding hand-made events, so these tests do not depend on what extraction finds today. */
async function seedLedger() {
  const store = await openSqliteLedger(db);
  try {
    const doc = textDocument(REPORT, 'kherson.txt');
    const start = REPORT.indexOf('Shells hit');
    const events = [
      contractEvent({ type: 'attack.shelling', date: { value: '2023-03-21', precision: 'day' }, place: KHERSON, killed: 2, verification: 'confirmed', evidence: [{ start, end: REPORT.indexOf('Two') - 1 }] }),
      contractEvent({ type: 'attack.drone', date: { value: '2023-09-25', precision: 'day' }, place: ODESA }),
      contractEvent({ type: 'visit', date: { value: '2023-09-21', precision: 'day' }, place: KHARKIV }),
    ];
    await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, 'Shelling in Kherson', events), ms: 0 });
  } finally {
    await store.close();
  }
}

describe('sitrep ingest', () => {
  it('stores files once, prints a summary, and exits 3 when a document failed', async () => {
    const good = join(tmp.dir, 'report.txt');
    const bad = join(tmp.dir, 'bad.jsonl');
    writeFileSync(good, REPORT);
    writeFileSync(bad, '{"id": "no-content"}\n');
    const first = await run(['ingest', '--db', db, good, bad]);
    expect(first.code).toBe(3);
    expect(first.out).toMatch(/ingested 2 documents: 1 new, 0 updated, 0 unchanged, 1 failed/);
    expect(first.err).toMatch(/bad_document/);
    const second = await run(['ingest', '--db', db, good]);
    expect(second.code).toBe(0);
    expect(second.out).toMatch(/ingested 1 documents: 0 new, 0 updated, 1 unchanged, 0 failed/);
    expect(second.out).toMatch(/2 documents \(1 failed\)/);
  });

  it('reads standard input for "-"', async () => {
    const r = await run(['ingest', '--db', db, '-'], JSON.stringify({ id: 'x', text: REPORT }) + '\n');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 new/);
  });

  it('exits 4 when nothing could be read at all', async () => {
    const r = await run(['ingest', '--db', db, join(tmp.dir, 'missing.txt'), join(tmp.dir, 'missing-dir')]);
    expect(r.code).toBe(4);
    expect(r.err).toMatch(/missing\.txt: unreadable/);
  });

  it('refuses a call with nothing to ingest or a wrong --as', async () => {
    expect((await run(['ingest', '--db', db])).code).toBe(2);
    expect((await run(['ingest', '--db', db, '--as', 'pdf', '-'])).code).toBe(2);
  });
});

describe('sitrep events', () => {
  it('prints JSON Lines in the contract event shape plus id and document', async () => {
    await seedLedger();
    const r = await run(['events', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines).toHaveLength(3);
    for (const e of lines) {
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['id', 'document', 'type', 'acled', 'date', 'location', 'actors', 'fatalities', 'modality', 'source', 'verification', 'evidence', 'confidence']));
      expect(typeof e.id).toBe('number');
      expect(e.document).toMatchObject({ name: 'kherson.txt', title: 'Shelling in Kherson' });
    }
    // Newest first: the March shelling is the oldest of the three.
    expect(lines[2]).toMatchObject({ type: 'attack.shelling', fatalities: { best: 2 }, location: { name: 'Kherson' } });
  });

  it('applies its filters', async () => {
    await seedLedger();
    const types = async (...flags: string[]) => {
      const r = await run(['events', '--db', db, '--json', ...flags]);
      expect(r.code).toBe(0);
      return r.out.trim() ? r.out.trim().split('\n').map((l) => (JSON.parse(l) as { type: string }).type) : [];
    };
    expect(await types('--type', 'attack')).toEqual(['attack.drone', 'attack.shelling']);
    expect(await types('--since', '2023-09')).toEqual(['attack.drone', 'visit']);
    expect(await types('--until', '2023-09-21')).toEqual(['visit', 'attack.shelling']);
    expect(await types('--place', 'odesa')).toEqual(['attack.drone']);
    // The shelling's one report says "confirmed": one source never confirms itself.
    expect(await types('--verification', 'confirmed')).toEqual([]);
    expect(await types('--verification', 'unconfirmed')).toEqual(['attack.drone', 'visit', 'attack.shelling']);
    expect(await types('--limit', '1')).toEqual(['attack.drone']);
  });

  it('prints a table without --json, and refuses bad filter values', async () => {
    await seedLedger();
    const r = await run(['events', '--db', db]);
    expect(r.out.split('\n')[0]).toMatch(/^ID\s+DATE\s+TYPE\s+PLACE/);
    expect(r.out).toMatch(/attack\.shelling\s+Kherson/);
    expect((await run(['events', '--db', db, '--since', 'last week'])).code).toBe(2);
    expect((await run(['events', '--db', db, '--since', '2022-13-01'])).code).toBe(2);
    expect((await run(['events', '--db', db, '--limit', '0'])).code).toBe(2);
    expect((await run(['events', '--db', db, '--verification', 'probably'])).code).toBe(2);
  });
});

describe('sitrep show', () => {
  it('shows an event with its document and evidence sentence', async () => {
    await seedLedger();
    const [first] = (await run(['events', '--db', db, '--json', '--type', 'attack.shelling'])).out.trim().split('\n');
    const id = (JSON.parse(first!) as { id: number }).id;
    const r = await run(['show', '--db', db, String(id)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/attack\.shelling/);
    expect(r.out).toMatch(/> Shells hit a market in Kherson on Tuesday\./);
    const j = await run(['show', '--db', db, '--json', String(id)]);
    expect(JSON.parse(j.out)).toMatchObject({ event: { id, type: 'attack.shelling' }, document: { name: 'kherson.txt' }, evidence: ['Shells hit a market in Kherson on Tuesday.'] });
  });

  it('exits 6 for an unknown event and 2 for a malformed id', async () => {
    await seedLedger();
    expect((await run(['show', '--db', db, '999'])).code).toBe(6);
    expect((await run(['show', '--db', db, 'abc'])).code).toBe(2);
  });
});

describe('sitrep demo', () => {
  it('ingests every bundled sample into a fresh ledger without a failure, and is idempotent', async () => {
    const samples = readdirSync(join(PROJECT_ROOT, 'samples')).filter((f) => /\.(txt|html?|jsonl)$/.test(f));
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const r = await run(['demo', '--db', db]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [, documents] = r.out.match(/ingested (\d+) documents: \1 new/) ?? [];
    expect(Number(documents)).toBeGreaterThanOrEqual(7);
    expect(r.out).toMatch(/(^ID\s+DATE|no events)/m);
    const again = await run(['demo', '--db', db]);
    expect(again.out).toMatch(new RegExp(`ingested ${documents} documents: 0 new, 0 updated, ${documents} unchanged`));
  });
});

describe('default ledger location', () => {
  it('uses $SITREP_DB, then $XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultLedgerPath({ SITREP_DB: '/x/l.db', XDG_DATA_HOME: '/d', HOME: '/h' })).toBe('/x/l.db');
    expect(defaultLedgerPath({ XDG_DATA_HOME: '/d', HOME: '/h' })).toBe('/d/sitrep/ledger.db');
    expect(defaultLedgerPath({ HOME: '/h' })).toBe('/h/.local/share/sitrep/ledger.db');
  });
});
