// The embedded SQLite backend: one file, opened through better-sqlite3, migrated on open.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { LedgerDatabase } from './schema.js';
import { KyselyLedgerStore } from './kysely-store.js';
import { migrationProvider } from './migrations/index.js';
import { SQLITE } from './migrations/flavor.js';
import type { LedgerStore } from './store.js';

/**
 * The Kysely store, with the one read the HTTP server makes on every request (is the cached answer still
 * current?) as a statement prepared once: a few microseconds instead of a query built, compiled and
 * prepared each time.
 */
class SqliteLedgerStore extends KyselyLedgerStore {
  private readonly revisionStatement: Database.Statement<[], number>;

  constructor(db: Kysely<LedgerDatabase>, path: string, sqlite: Database.Database) {
    super(db, path, (raw) => Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), SQLITE);
    this.revisionStatement = sqlite.prepare<[], number>(`select value from ledger_meta where key = 'revision'`).pluck();
  }

  override async revision(): Promise<number> {
    try {
      return Number(this.revisionStatement.get() ?? 0);
    } catch (err) {
      throw new SitrepError(ERROR_CODES.STORE, `ledger ${this.location}: reading the revision failed: ${(err as Error).message}`, { location: this.location }, { cause: err });
    }
  }
}

export interface OpenOptions {
  /**
   * Create the file (and its folder) when there is none (default true). Commands that only read pass
   * false: a mistyped --db then says so instead of leaving an empty ledger behind.
   */
  create?: boolean;
}

/** Opens (creating it and its folder on first use, unless told not to) the SQLite ledger at `path`, or ":memory:". */
export async function openSqliteLedger(path: string, opts: OpenOptions = {}): Promise<LedgerStore> {
  if (opts.create === false && path !== ':memory:' && !existsSync(path)) {
    throw new SitrepError(ERROR_CODES.NO_LEDGER, `no ledger at ${path} (sitrep ingest creates one; --db or $SITREP_DB names another)`, { location: path });
  }
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
  return new SqliteLedgerStore(db, path, sqlite);
}

/**
 * A read-only connection to a ledger file another connection has opened (and migrated): the HTTP
 * server's reader threads. WAL lets it read while the writer writes; it never migrates or writes.
 */
export function openSqliteReader(path: string): LedgerStore {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { readonly: true, fileMustExist: true });
    sqlite.pragma('busy_timeout = 5000');
  } catch (err) {
    throw new SitrepError(ERROR_CODES.STORE, `cannot open the ledger ${path} for reading: ${(err as Error).message}`, { location: path }, { cause: err });
  }
  const db = new Kysely<LedgerDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  return new SqliteLedgerStore(db, path, sqlite);
}
