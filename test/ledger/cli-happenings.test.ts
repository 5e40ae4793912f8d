// `sitrep events` and `sitrep show` over happenings: one line per happening with its sources, the
// --text filter, and the show page with every report, its evidence and the revision log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import { runCli as run } from '../cli/memory-io.js';
import { KHERSON, ODESA, contractEvent, contractLineFor, tempDir, textDocument } from './fixtures.js';

let tmp: ReturnType<typeof tempDir>;
let db: string;
beforeEach(() => {
  tmp = tempDir();
  db = join(tmp.dir, 'ledger.db');
});
afterEach(() => tmp.cleanup());


const DAY = { value: '2023-03-21', precision: 'day' };
const TEXTS = [
  ['https://south.example/1', 'Shells hit a market in Kherson on Tuesday; two people were killed, officials said.'],
  ['https://north.example/2', 'Russian artillery struck central Kherson on Tuesday morning, the governor reported, and a pharmacy burned.'],
  ['https://sea.example/3', 'Drones attacked the port of Odesa overnight and a grain terminal caught fire.'],
] as const;

async function seed() {
  const store = await openSqliteLedger(db);
  try {
    for (const [i, [url, text]] of TEXTS.entries()) {
      const doc = { ...textDocument(text, `r${i}.txt`), url };
      const start = 0;
      const event = contractEvent({ type: i < 2 ? 'attack.shelling' : 'attack.drone', date: DAY, place: i < 2 ? KHERSON : ODESA, killed: i === 0 ? 2 : null, evidence: [{ start, end: text.indexOf(';') > 0 ? text.indexOf(';') : text.length }] });
      const line = contractLineFor(doc.name, `Report ${i}`, [event]);
      (line.document as Record<string, unknown>).body = text;
      await store.save(doc, { pipelineVersion: 't', line, ms: 0 });
    }
  } finally {
    await store.close();
  }
}

describe('sitrep events and show over happenings', () => {
  it('prints one line per happening with its independent sources and documents', async () => {
    await seed();
    const r = await run(['events', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, any>);
    expect(lines).toHaveLength(2);
    const shelling = lines.find((l) => l.type === 'attack.shelling')!;
    expect(shelling).toMatchObject({ independentSources: 2, verification: 'confirmed', location: { name: 'Kherson' } });
    expect(shelling.sources.map((s: any) => s.outlet)).toEqual(['south.example', 'north.example']);
    expect(shelling.sources.every((s: any) => s.eventIds.length === 1 && typeof s.title === 'string')).toBe(true);
    const table = await run(['events', '--db', db]);
    expect(table.out).toMatch(/SOURCES/);
    expect(table.out).toMatch(/attack\.shelling\s+Kherson.*confirmed.*\b2\b/);
  });

  it('filters by words of the reporting documents with --text', async () => {
    await seed();
    const types = async (text: string) => (await run(['events', '--db', db, '--json', '--text', text])).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).type);
    expect(await types('pharmacy')).toEqual(['attack.shelling']);
    expect(await types('grain terminal')).toEqual(['attack.drone']);
    expect(await types('submarine')).toEqual([]);
  });

  it('shows every report of a happening with its evidence, and the revision log', async () => {
    await seed();
    const [first] = (await run(['events', '--db', db, '--json', '--type', 'attack.shelling'])).out.trim().split('\n');
    const id = (JSON.parse(first!) as { id: number }).id;
    const r = await run(['show', '--db', db, String(id)]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/confirmed: 2 independent sources, 2 reports/);
    expect(r.out).toMatch(/> Shells hit a market in Kherson on Tuesday/);
    expect(r.out).toMatch(/> Russian artillery struck central Kherson/);
    expect(r.out).toMatch(/revisions[\s\S]*verification\s+unconfirmed → confirmed/);
    const j = JSON.parse((await run(['show', '--db', db, '--json', String(id)])).out);
    expect(j.reports).toHaveLength(2);
    expect(j.revisions.length).toBeGreaterThan(0);
  });
});
