// Taking the linking locks on PostgreSQL: transaction-scoped advisory locks, all in one statement, in the
// order linkLocks() gives (unnest yields its rows in array order), released when the save commits.
import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from '../schema.js';
import type { LinkLock } from './link-locks.js';

export async function lockForLinking(db: Kysely<LedgerDatabase>, locks: readonly LinkLock[]): Promise<void> {
  if (locks.length === 0) return;
  const families = locks.map((l) => l.family);
  const weeks = locks.map((l) => l.week);
  await sql`select pg_advisory_xact_lock(k.family, k.week) from unnest(${families}::int4[], ${weeks}::int4[]) as k(family, week)`.execute(db);
}
