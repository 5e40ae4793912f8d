// The PostgreSQL backend: the same KyselyLedgerStore and migrations as SQLite, over a pg connection pool,
// so several processes (ingest, workers, serve) share one ledger. Migrated on open, under Kysely's
// migration lock, so workers starting together do not race.
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { LedgerDatabase } from './schema.js';
import { KyselyLedgerStore } from './kysely-store.js';
import { migrationProvider } from './migrations/index.js';
import { PreparedStatements, preparedStatementsEnabled, preparingPool } from './postgres-prepared.js';
import { POSTGRES } from './migrations/flavor.js';
import type { LedgerStore } from './store.js';

export interface PostgresOptions {
  /** Connections in the pool (serve wants several; a worker needs one or two). */
  poolSize?: number;
  /** Shown in pg_stat_activity, so an operator can tell workers from the API. */
  applicationName?: string;
  /**
   * Send repeated statements as named prepared statements (src/ledger/postgres-prepared.ts): for a worker,
   * whose saves repeat a few dozen texts; not the API, whose filters make texts without end. Overridden
   * to off by SITREP_PG_PREPARED=off.
   */
  preparedStatements?: boolean;
  /**
   * Commit without waiting for the WAL to reach disk (synchronous_commit = off on these connections). For
   * a queue worker's saves only: what they write is derived from a document already stored durably, and a
   * save commits with its job's completion, so a save lost to a server crash (the last few hundred
   * milliseconds of commits at most, never half of one) leaves its job open, and the job runs again. Every
   * save ends on the ledger's one revision row, which it holds until its commit returns: waiting for the
   * disk there makes every worker in the fleet wait for the disk in turn. SQLite's synchronous = NORMAL
   * makes the same trade.
   */
  asyncCommit?: boolean;
}

/** Whether a ledger location names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/** The URL without its password: what logs and `store.location` show. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    // Not a parseable URL: show none of it rather than risk printing a secret.
    return 'postgres://(unparseable url)';
  }
}

// int8 (bigserial ids, count(*)) arrives from pg as a string by default; ledger ids stay far below 2^53,
// so numbers keep both backends returning the same JSON.
const INT8_OID = 20;
const typeParsers = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** A Kysely handle on the database, migrated to the latest schema. Its owner destroys it. */
export async function openPostgresKysely(url: string, opts: PostgresOptions = {}): Promise<Kysely<LedgerDatabase>> {
  const prepare = Boolean(opts.preparedStatements) && preparedStatementsEnabled();
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 4,
    application_name: opts.applicationName ?? 'sitrep',
    types: typeParsers,
    ...(opts.asyncCommit ? { options: '-c synchronous_commit=off' } : {}),
  });
  const where = redactUrl(url);
  // An idle pooled connection the server closed (a restart, an operator's kill) is reported here rather
  // than crashing the process; the pool replaces it and the next query gets a live connection.
  pool.on('error', (err) => process.emitWarning(`ledger ${where}: idle connection lost: ${err.message}`, 'SitrepPostgresWarning'));
  const db = new Kysely<LedgerDatabase>({ dialect: new PostgresDialect({ pool: prepare ? preparingPool(pool, new PreparedStatements()) : pool }) });
  let error: unknown;
  try {
    ({ error } = await new Migrator({ db, provider: migrationProvider(POSTGRES) }).migrateToLatest());
  } catch (err) {
    error = err;
  }
  if (error) {
    await db.destroy();
    const message = error instanceof Error ? error.message : String(error);
    throw new SitrepError(ERROR_CODES.STORE, `cannot open the ledger ${where}: ${message}`, { location: where }, { cause: error });
  }
  return db;
}

/** Opens the PostgreSQL ledger at `url` (postgres://user@host:port/database), migrating it first. */
export async function openPostgresLedger(url: string, opts: PostgresOptions = {}): Promise<LedgerStore> {
  return postgresStore(await openPostgresKysely(url, opts), url);
}

/** The store over an open handle (the queue shares the handle for its own reads). */
export function postgresStore(db: Kysely<LedgerDatabase>, url: string): KyselyLedgerStore {
  return new KyselyLedgerStore(db, redactUrl(url), (raw) => Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
}
