// Linking on PostgreSQL: reports of one happening saved at the same moment by separate connections (as
// queue workers do) must still end in one happening, and full-text search runs on PostgreSQL's own index.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgresLedger } from '../../src/ledger/postgres.js';
import type { LedgerStore } from '../../src/ledger/store.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';
import { KHERSON, contractEvent, contractLineFor, textDocument } from './fixtures.js';

describePostgres('linking on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let stores: LedgerStore[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    stores = [await openPostgresLedger(database.url), await openPostgresLedger(database.url)];
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await database?.drop();
  });

  it('links concurrent saves of one happening into one, and searches text', async () => {
    const outlets = Array.from({ length: 8 }, (_, i) => `outlet-${i}.example`);
    await Promise.all(
      outlets.map((outlet, i) => {
        const text = `Report number ${i} from ${outlet}: ${'artillery shelling market Kherson casualties governor '.repeat(1).split(' ').slice(i % 3).join(' ')} word${i}`;
        const doc = { ...textDocument(text, `${outlet}.txt`), url: `https://${outlet}/a` };
        const line = contractLineFor(doc.name, `Report ${i}`, [contractEvent({ type: 'attack.shelling', date: { value: '2023-03-21', precision: 'day' }, place: KHERSON })]);
        (line.document as Record<string, unknown>).body = text;
        return stores[i % 2]!.save(doc, { pipelineVersion: 't', line, ms: 0 });
      }),
    );
    const happenings = await stores[0]!.happenings();
    expect(happenings).toHaveLength(1);
    expect(happenings[0]!.reportCount).toBe(8);
    expect(await stores[1]!.happenings({ text: 'word3' })).toHaveLength(1);
    expect(await stores[1]!.events({ text: 'word3' })).toHaveLength(1);
    expect(await stores[1]!.events({ text: 'nowhere' })).toHaveLength(0);
  });
});
