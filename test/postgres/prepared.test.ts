// Named prepared statements (src/ledger/postgres-prepared.ts): which texts are prepared, and that a ledger
// written through them is the one written without them.
import { describe, expect, it } from 'vitest';
import { SitrepError } from '../../src/errors.js';
import { PreparedStatements, preparedStatementsEnabled } from '../../src/ledger/postgres-prepared.js';
import { openPostgresLedger } from '../../src/ledger/postgres.js';
import { KHERSON, contractEvent, contractLineFor, textDocument } from '../ledger/fixtures.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';

describe('PreparedStatements', () => {
  it('prepares a text from its second use on, under one name per text', () => {
    const s = new PreparedStatements();
    const insert = 'insert into "events" ("type") values ($1)';
    expect(s.nameFor(insert)).toBeUndefined();
    const name = s.nameFor(insert);
    expect(name).toMatch(/^sitrep_[0-9a-f]{24}$/);
    expect(s.nameFor(insert)).toBe(name);
    s.nameFor('update "ledger_meta" set "value" = "value" + $1');
    expect(s.nameFor('update "ledger_meta" set "value" = "value" + $1')).not.toBe(name);
  });

  it('never prepares a text that selects or returns *, whose columns a migration may change', () => {
    const s = new PreparedStatements();
    const star = 'select * from "happenings" where "id" = $1';
    for (let i = 0; i < 3; i++) expect(s.nameFor(star)).toBeUndefined();
  });

  it('stops preparing new texts at its limit', () => {
    const s = new PreparedStatements(2);
    for (const t of ['a', 'b', 'c']) for (let i = 0; i < 2; i++) s.nameFor(`select ${t}`);
    expect(s.prepared).toBe(2);
    expect(s.nameFor('select c')).toBeUndefined();
    expect(s.nameFor('select a')).toBeDefined();
  });

  it('is switched off by SITREP_PG_PREPARED=off and refuses other values', () => {
    expect(preparedStatementsEnabled({})).toBe(true);
    expect(preparedStatementsEnabled({ SITREP_PG_PREPARED: 'off' })).toBe(false);
    expect(() => preparedStatementsEnabled({ SITREP_PG_PREPARED: 'maybe' })).toThrow(SitrepError);
  });
});

describePostgres('a ledger written through prepared statements', () => {
  it('holds what one written without them holds', async () => {
    const lines = async (prepared: boolean) => {
      const db = await createTestDatabase();
      const before = process.env.SITREP_PG_PREPARED;
      process.env.SITREP_PG_PREPARED = prepared ? 'on' : 'off';
      const store = await openPostgresLedger(db.url, { preparedStatements: true }).finally(() => {
        if (before === undefined) delete process.env.SITREP_PG_PREPARED;
        else process.env.SITREP_PG_PREPARED = before;
      });
      try {
        // Saved again and again, so the save's statements are prepared and then run as prepared.
        for (let i = 0; i < 6; i++) {
          const doc = textDocument(`Artillery struck Kherson, report ${i}.`, `r${i}.txt`);
          const events = [contractEvent({ type: 'attack.shelling', date: { value: `2023-03-2${i}`, precision: 'day' }, place: KHERSON, killed: i })];
          await store.save(doc, { pipelineVersion: 'p@1', line: contractLineFor(doc.name, `Report ${i}`, events), ms: 1 });
          await store.save(doc, { pipelineVersion: 'p@2', line: contractLineFor(doc.name, `Report ${i}`, events), ms: 1 });
        }
        return { events: (await store.events()).map((e) => ({ ...e.event, id: e.id })), happenings: await store.happenings(), stats: await store.eventStats() };
      } finally {
        await store.close();
        await db.drop();
      }
    };
    const without = await lines(false);
    expect(without.events.length).toBe(6);
    expect(await lines(true)).toEqual(without);
  });
});
