// The schema and queries are written once for every Kysely dialect. Without a PostgreSQL server here, this
// compiles them for PostgreSQL (through Kysely's DummyDriver) and checks what would be sent.
import { describe, expect, it } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { MIGRATIONS } from '../../src/ledger/migrations/index.js';
import { POSTGRES } from '../../src/ledger/migrations/flavor.js';
import { KyselyLedgerStore } from '../../src/ledger/kysely-store.js';
import type { LedgerDatabase } from '../../src/ledger/schema.js';

function postgresRecorder() {
  const sent: Array<{ sql: string; parameters: readonly unknown[] }> = [];
  const db = new Kysely<LedgerDatabase>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
    log: (event) => {
      if (event.level === 'query') sent.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  return { db, sent };
}

describe('PostgreSQL', () => {
  it('gets the same tables from the same migrations, in its own column types', async () => {
    const { db, sent } = postgresRecorder();
    for (const m of MIGRATIONS) await m.make(POSTGRES).up(db);
    const ddl = sent.map((s) => s.sql).join(';\n');
    for (const table of ['documents', 'cleaned_documents', 'annotations', 'events']) expect(ddl).toContain(`create table "${table}"`);
    expect(ddl).toMatch(/"id" bigserial primary key/);
    expect(ddl).toMatch(/"raw" bytea not null/);
    expect(ddl).toMatch(/"document_id" bigint not null references "documents" \("id"\) on delete cascade/);
    expect(ddl).not.toMatch(/autoincrement|blob/i);
  });

  it('receives every filter value as a bound parameter, never inside the SQL text', async () => {
    const { db, sent } = postgresRecorder();
    const store = new KyselyLedgerStore(db, 'postgres://test');
    const hostile = "Kherson'; drop table events; --";
    await store.events({ type: hostile, place: hostile, verification: hostile, since: '2023-01-01', until: '2023-12-31', limit: 5 });
    const query = sent.find((s) => s.sql.includes('limit'));
    expect(sent.map((s) => s.sql).join('\n')).not.toContain('drop table');
    expect(query!.sql).toMatch(/\$1/);
    expect(query!.parameters).toEqual(expect.arrayContaining([hostile, 'kherson\'; drop table events; --', '2023-01-01', '2023-12-31']));
  });
});
