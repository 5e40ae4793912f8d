// The CLI's edges as a new user meets them: a closed pipe, a mistyped ledger, an unknown filter value, a
// file of another kind, the listing order, a migration between two SQLite files, an undated document.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { EXIT } from '../../src/edges/cli/exit-codes.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { KHARKIV, KHERSON, ODESA, contractEvent, contractLineFor, tempDir, textDocument } from '../ledger/fixtures.js';
import { runCli as run } from './memory-io.js';

const BIN = join(PROJECT_ROOT, 'bin', 'sitrep.js');
let tmp: ReturnType<typeof tempDir>;
let db: string;

beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
});
afterEach(() => tmp.cleanup());

const PLACES = [KHERSON, KHARKIV, ODESA];

/** A ledger of `documents` hand-made reports, each of one shelling on its own day. */
async function seed(path: string, documents = 3): Promise<void> {
  const store = await openSqliteLedger(path);
  try {
    for (let i = 0; i < documents; i++) {
      const place = PLACES[i % PLACES.length]!;
      const text = `Report ${i}\n\nShells hit a depot in ${place.name} on day ${i}. Windows were broken along the street in report ${i}.\n`;
      const doc = textDocument(text, `report-${i}.txt`);
      const day = `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const events = [contractEvent({ type: 'attack.shelling', date: { value: day, precision: 'day' }, place, evidence: [{ start: text.indexOf('Shells'), end: text.length - 1 }] })];
      await store.save(doc, { pipelineVersion: 't', line: contractLineFor(doc.name, `Report ${i}`, events), ms: 0 });
    }
  } finally {
    await store.close();
  }
}

describe('a closed pipe', () => {
  let big: ReturnType<typeof tempDir>;
  let bigDb: string;
  beforeAll(async () => {
    if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'edges', 'cli', 'main.js'))) execFileSync('npx', ['tsc', '-p', '.'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
    big = tempDir();
    bigDb = join(big.dir, 'big.db');
    // Far more than a pipe holds (64 KiB), so the command is still writing when the reader goes away.
    await seed(bigDb, 400);
  }, 120_000);
  afterAll(() => big.cleanup());

  for (const args of [['events', '--json'], ['events'], ['export', '--format', 'jsonl'], ['export', '--format', 'acled-csv']]) {
    it(`ends "sitrep ${args.join(' ')} | head -1" quietly`, () => {
      // A shell pipeline, as a user types it: head exits after one line and the pipe closes under the writer.
      const errFile = join(big.dir, 'stderr.txt');
      const command = `"${process.execPath}" "${BIN}" ${args.join(' ')} --db "${bigDb}" 2>"${errFile}" | head -1; echo "exit=\${PIPESTATUS[0]}"`;
      const out = execFileSync('bash', ['-c', command], { encoding: 'utf8' });
      expect(out.split('\n')[0]!.length).toBeGreaterThan(0);
      expect(readFileSync(errFile, 'utf8')).toBe('');
      expect(out).toMatch(/exit=0\n$/);
    }, 60_000);
  }
});

describe('read commands and a missing ledger', () => {
  it('never create one: a clear message and its own exit code', async () => {
    const typo = join(tmp.dir, 'typo.db');
    for (const args of [['events'], ['events', '--json'], ['show', '1'], ['export', '--format', 'geojson']]) {
      const r = await run([...args, '--db', typo]);
      expect(r.code, args.join(' ')).toBe(EXIT.NO_LEDGER);
      expect(r.err).toMatch(/no ledger at .*typo\.db/);
    }
    const out = join(tmp.dir, 'out.geojson');
    expect((await run(['export', '--format', 'geojson', '--db', typo, '--output', out])).code).toBe(EXIT.NO_LEDGER);
    expect(readdirSync(tmp.dir)).toEqual([]);
  });
});

describe('filter values', () => {
  it('refuses an unknown --type, listing the known ones, in events and export', async () => {
    await seed(db);
    for (const args of [['events'], ['export', '--format', 'jsonl']]) {
      const r = await run([...args, '--db', db, '--type', 'nonsense']);
      expect(r.code).toBe(EXIT.USAGE);
      expect(r.err).toMatch(/unknown --type "nonsense"/);
      expect(r.err).toMatch(/strike\.shelling/);
      expect(r.err).toMatch(/attack\.shelling/);
    }
    // A prefix of a known type, or a type the ledger holds, is a filter.
    expect((await run(['events', '--db', db, '--type', 'strike'])).code).toBe(0);
    expect((await run(['events', '--db', db, '--json', '--type', 'attack'])).out.trim().split('\n')).toHaveLength(3);
  });

  it('refuses an unknown --verification, listing the known ones', async () => {
    await seed(db);
    const r = await run(['events', '--db', db, '--verification', 'sure']);
    expect(r.code).toBe(EXIT.USAGE);
    expect(r.err).toMatch(/unconfirmed, confirmed, disputed, unknown/);
  });
});

describe('sitrep events order', () => {
  it('lists newest first, undated last', async () => {
    await seed(db, 6);
    const days = (await run(['events', '--db', db, '--json'])).out.trim().split('\n').map((l) => (JSON.parse(l) as { date: { value: string } }).date.value);
    expect(days).toEqual([...days].sort().reverse());
    const [newest] = (await run(['events', '--db', db, '--json', '--limit', '1'])).out.trim().split('\n');
    expect((JSON.parse(newest!) as { date: { value: string } }).date.value).toBe(days[0]);
  });
});

describe('files of other kinds', () => {
  it('refuses a CSV file with its reason, and reads the rest', async () => {
    const csv = join(tmp.dir, 'table.csv');
    writeFileSync(csv, 'event_date,location,fatalities\n2023-01-01,Kherson,2\n');
    const txt = join(tmp.dir, 'report.txt');
    writeFileSync(txt, 'Shelling\n\nShells hit a depot in Kherson on Tuesday.\n');
    const r = await run(['ingest', '--db', db, csv, txt]);
    expect(r.code).toBe(EXIT.SOME_DOCUMENTS_FAILED);
    expect(r.err).toMatch(/table\.csv: bad_document: .*\.csv file is not a kind sitrep reads/);
    expect(r.out).toMatch(/ingested 2 documents: 1 new, 0 updated, 0 unchanged, 1 failed/);
    const store = await openSqliteLedger(db);
    try {
      expect((await store.counts()).documents).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('sitrep migrate between SQLite files', () => {
  it('copies a ledger whole (its text search included)', async () => {
    await seed(db, 4);
    const to = join(tmp.dir, 'copy.db');
    const r = await run(['migrate', '--from', db, '--to', to, '--quiet']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const a = await run(['export', '--db', db, '--format', 'jsonl']);
    const b = await run(['export', '--db', to, '--format', 'jsonl']);
    expect(b.out).toBe(a.out);
    const found = async (ledger: string) => (await run(['events', '--db', ledger, '--json', '--text', 'report'])).out.trim().split('\n').filter(Boolean);
    expect(await found(db)).toHaveLength(4);
    expect(await found(to)).toEqual(await found(db));
  });

  it('leaves nothing behind when it fails', async () => {
    await seed(db, 2);
    const to = join(tmp.dir, 'copy.db');
    await seed(to, 1);
    // A target that is not empty is refused and kept as it was.
    expect((await run(['migrate', '--from', db, '--to', to, '--quiet'])).code).toBe(EXIT.USAGE);
    const missing = join(tmp.dir, 'new.db');
    const bad = join(tmp.dir, 'not-a-ledger.db');
    writeFileSync(bad, 'this is no SQLite file at all, just words long enough to fill a header of one hundred bytes or so.');
    expect((await run(['migrate', '--from', bad, '--to', missing, '--quiet'])).code).not.toBe(0);
    expect(readdirSync(tmp.dir).filter((f) => f.startsWith('new.db'))).toEqual([]);
  });
});

describe('undated input', () => {
  it('dates a document from its file name, recording where the date came from', async () => {
    const folder = join(tmp.dir, 'news');
    execFileSync('mkdir', ['-p', folder]);
    writeFileSync(join(folder, '20230606T060000Z_UA_en_abc.txt'), 'Depot hit\n\nShells hit a fuel depot in Kherson on Monday, the governor said.\n');
    writeFileSync(join(folder, 'notes.txt'), 'Depot hit\n\nShells hit a fuel depot in Kherson on Monday, the governor said. More words.\n');
    const r = await run(['ingest', '--db', db, folder]);
    expect(r.out).toMatch(/0 failed, 1 undated;/);
    expect(r.err).toMatch(/notes\.txt: undated: /);
    expect(r.err).not.toMatch(/20230606T060000Z_UA_en_abc\.txt: undated/);
    const store = await openSqliteLedger(db);
    try {
      const docs = await Promise.all([1, 2].map((id) => store.document(id)));
      const named = docs.find((d) => d?.name.endsWith('abc.txt'))!;
      expect(named.published).toBe('2023-06-06T06:00:00Z');
      expect(named.publishedSource).toBe('page');
      expect(named.line?.document).toMatchObject({ publishedEvidence: 'file name "20230606T060000Z"' });
    } finally {
      await store.close();
    }
  });

  it('takes --published for what it reads, and refuses a malformed one', async () => {
    const txt = join(tmp.dir, 'notes.txt');
    writeFileSync(txt, 'Depot hit\n\nShells hit a fuel depot in Kherson on Monday, the governor said.\n');
    expect((await run(['ingest', '--db', db, '--published', 'yesterday', txt])).code).toBe(EXIT.USAGE);
    const r = await run(['ingest', '--db', db, '--published', '2023-06-07', txt]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/0 undated/);
    const store = await openSqliteLedger(db);
    try {
      expect(await store.document(1)).toMatchObject({ published: '2023-06-07', publishedSource: 'given' });
    } finally {
      await store.close();
    }
  });
});
