// Where the ledger lives when no --db is given: $SITREP_DB, else the per-user data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultLedgerPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITREP_DB) return env.SITREP_DB;
  const dataHome = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'sitrep', 'ledger.db');
}
