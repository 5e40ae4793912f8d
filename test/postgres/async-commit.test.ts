// A worker's saves commit without waiting for the disk (PostgresOptions.asyncCommit); every other
// connection keeps PostgreSQL's synchronous commit.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { openPostgresKysely } from '../../src/ledger/postgres.js';
import { createTestDatabase, describePostgres } from '../helpers/stores.js';

describePostgres('asynchronous commit', () => {
  const setting = async (url: string, asyncCommit: boolean) => {
    const db = await openPostgresKysely(url, { poolSize: 1, asyncCommit });
    try {
      const { rows } = await sql<{ synchronous_commit: string }>`show synchronous_commit`.execute(db);
      return rows[0]?.synchronous_commit;
    } finally {
      await db.destroy();
    }
  };

  it('is off on the connections that ask for it, and on everywhere else', async () => {
    const db = await createTestDatabase();
    try {
      expect(await setting(db.url, true)).toBe('off');
      expect(await setting(db.url, false)).toBe('on');
    } finally {
      await db.drop();
    }
  });
});
