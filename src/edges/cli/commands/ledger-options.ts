// What every ledger command shares: the --db option and opening the ledger it names.
import { resolve } from 'node:path';
import { defaultLedgerPath } from '../../../ledger/location.js';
import { openSqliteLedger } from '../../../ledger/sqlite.js';
import type { LedgerStore } from '../../../ledger/store.js';
import type { Command } from '../command.js';

export const DB_OPTION: Command['options'] = { db: { type: 'string' } };

export const DB_HELP = '--db FILE: the ledger (default: $SITREP_DB, else $XDG_DATA_HOME/sitrep/ledger.db or ~/.local/share/sitrep/ledger.db)';

export function ledgerPath(values: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): string {
  return typeof values.db === 'string' && values.db ? resolve(values.db) : defaultLedgerPath(env);
}

/** Opens the ledger, runs `work` with it, and closes it whatever happens. */
export async function withLedger<T>(values: Record<string, unknown>, work: (store: LedgerStore) => Promise<T>): Promise<T> {
  const store = await openSqliteLedger(ledgerPath(values));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
