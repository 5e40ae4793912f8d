// `sitrep events --candidates` and `sitrep show --candidates`: the candidates appear only when asked,
// marked; without the option both print exactly what they print for a ledger without candidates.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { ContractLine } from '../../src/contract/line.js';
import { runCli as run } from '../cli/memory-io.js';
import { KHERSON, ODESA, contractEvent, contractLineFor, tempDir, textDocument } from './fixtures.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const DAY = { value: '2023-03-21', precision: 'day' };
const TEXT = 'Shells hit a market in Kherson on Tuesday. Drones were said to circle over the Odesa port.';

async function seed(db: string, withCandidates: boolean) {
  const store = await openSqliteLedger(db);
  try {
    const line: ContractLine = contractLineFor('r.txt', 'Report', [contractEvent({ type: 'attack.shelling', date: DAY, place: KHERSON, killed: 1 })]);
    (line.document as Record<string, unknown>).body = TEXT;
    if (withCandidates) line.candidates = [contractEvent({ type: 'attack.drone', date: DAY, place: ODESA, evidence: [{ start: 43, end: TEXT.length }] })] as ContractLine['candidates'];
    await store.save(textDocument(TEXT, 'r.txt'), { pipelineVersion: 't', line, ms: 0 });
  } finally {
    await store.close();
  }
}

describe('sitrep events/show --candidates', () => {
  it('prints by default what a ledger without candidates prints', async () => {
    const plain = join(tmp.dir, 'plain.db');
    const with_ = join(tmp.dir, 'with.db');
    await seed(plain, false);
    await seed(with_, true);
    for (const args of [['events'], ['events', '--json'], ['show', '1'], ['show', '--json', '1']]) {
      const a = await run([...args, '--db', plain]);
      const b = await run([...args, '--db', with_]);
      expect(b.code).toBe(0);
      // Times of annotation differ between the two ledgers; nothing else may.
      const scrub = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+Z)?/g, 'T');
      expect(scrub(b.out)).toBe(scrub(a.out));
    }
  });

  it('lists them after the happenings, marked, when asked', async () => {
    const db = join(tmp.dir, 'with.db');
    await seed(db, true);
    const table = await run(['events', '--db', db, '--candidates']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/KIND/);
    expect(table.out).toMatch(/CANDIDATE\s+2023-03-21\s+attack\.drone\s+Odesa/);
    const json = (await run(['events', '--db', db, '--candidates', '--json'])).out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(json.map((l) => [l.type, l.candidate ?? false])).toEqual([['attack.shelling', false], ['attack.drone', true]]);
    const show = await run(['show', '--db', db, '--candidates', '1']);
    expect(show.out).toMatch(/candidates of its documents .*: 1/);
    expect(show.out).toContain('Drones were said to circle over the Odesa port.');
    const shown = JSON.parse((await run(['show', '--db', db, '--candidates', '--json', '1'])).out) as { candidates: Array<{ event: Record<string, unknown> }> };
    expect(shown.candidates.map((c) => [c.event.type, c.event.candidate])).toEqual([['attack.drone', true]]);
  });
});
