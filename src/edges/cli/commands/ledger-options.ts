// What every ledger command shares: the --db option and opening the ledger it names. A postgres:// URL
// opens PostgreSQL (several processes on one ledger); anything else is a SQLite file path.
import { resolve } from 'node:path';
import { defaultLedgerPath } from '../../../ledger/location.js';
import { isPostgresUrl, openPostgresLedger, type PostgresOptions } from '../../../ledger/postgres.js';
import { openSqliteLedger } from '../../../ledger/sqlite.js';
import type { LedgerStore } from '../../../ledger/store.js';
import type { Command } from '../command.js';

export const DB_OPTION: Command['options'] = { db: { type: 'string' } };

export const DB_HELP =
  '--db FILE|URL: the ledger, a SQLite file or a postgres:// URL (default: $SITREP_DB, else $XDG_DATA_HOME/sitrep/ledger.db or ~/.local/share/sitrep/ledger.db)';

/** The ledger's location: a PostgreSQL URL as given, or an absolute SQLite file path. */
export function ledgerPath(values: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): string {
  if (typeof values.db === 'string' && values.db) return isPostgresUrl(values.db) ? values.db : resolve(values.db);
  return defaultLedgerPath(env);
}

/** Whether the ledger these options name is PostgreSQL (ingest then enqueues for workers). */
export function isPostgresLedger(values: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): boolean {
  return isPostgresUrl(ledgerPath(values, env));
}

/** How a command uses the ledger: `read` commands never create one (a missing ledger is an error). */
export type LedgerAccess = 'read' | 'write';

/** Opens the ledger at a location, choosing the backend from its form. */
export function openLedgerAt(location: string, pg: PostgresOptions = {}, access: LedgerAccess = 'write'): Promise<LedgerStore> {
  return isPostgresUrl(location) ? openPostgresLedger(location, pg) : openSqliteLedger(location, { create: access === 'write' });
}

/** Opens the ledger these options name. */
export function openLedger(values: Record<string, unknown>, pg: PostgresOptions = {}, access: LedgerAccess = 'write'): Promise<LedgerStore> {
  return openLedgerAt(ledgerPath(values), pg, access);
}

/** Opens the ledger, runs `work` with it, and closes it whatever happens. */
export async function withLedger<T>(values: Record<string, unknown>, work: (store: LedgerStore) => Promise<T>, access: LedgerAccess = 'write'): Promise<T> {
  const store = await openLedger(values, {}, access);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
