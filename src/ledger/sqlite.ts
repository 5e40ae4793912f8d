// The embedded SQLite backend: one file, opened through better-sqlite3, migrated on open.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { LedgerDatabase } from './schema.js';
import { KyselyLedgerStore } from './kysely-store.js';
import { migrationProvider } from './migrations/index.js';
import { SQLITE } from './migrations/flavor.js';
import type { LedgerStore } from './store.js';

/** Opens (creating it and its folder on first use) the SQLite ledger at `path`, or ":memory:". */
export async function openSqliteLedger(path: string): Promise<LedgerStore> {
  let sqlite: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new Database(path);
    // WAL: a reader never blocks the ingest, and a crash mid-write leaves the last committed state.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new SitrepError(ERROR_CODES.STORE, `cannot open the ledger ${path}: ${(err as Error).message}`, { location: path }, { cause: err });
  }
  const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({ db, provider: migrationProvider(SQLITE) }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new SitrepError(ERROR_CODES.STORE, `cannot migrate the ledger ${path}: ${(error as Error).message ?? String(error)}`, { location: path }, { cause: error });
  }
  return new KyselyLedgerStore(db, path, (raw) => Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
}
