// The ledger backends tests run against: SQLite in a temporary folder, and PostgreSQL in a database of its
// own per ledger (sitrep_test_<pid>_<n>), dropped afterwards, so parallel runs never meet. Without a
// PostgreSQL server the PostgreSQL suites skip with a visible note, except under CI, where they fail.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, it } from 'vitest';
import { openPostgresLedger } from '../../src/ledger/postgres.js';
import { openSqliteLedger } from '../../src/ledger/sqlite.js';
import type { LedgerStore } from '../../src/ledger/store.js';

/** A database on the server tests may create other databases from. */
export const PG_ADMIN_URL = process.env.SITREP_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return (err as Error).message || String(err);
  } finally {
    await client.end().catch(() => undefined); // the probe's own failure is what gets reported
  }
}

const probeError = await probe();
export const HAS_POSTGRES = probeError === null;

/** describe() when PostgreSQL answers; a visible skip when it does not; a failing test under CI. */
export function describePostgres(name: string, fn: () => void): void {
  if (HAS_POSTGRES) return describe(name, fn);
  if (process.env.CI) {
    describe(name, () => it(`needs PostgreSQL at ${PG_ADMIN_URL}`, () => {
      throw new Error(`PostgreSQL is unreachable (${probeError}); CI must start it (see docs/postgres.md)`);
    }));
    return;
  }
  console.warn(`[skipped] "${name}": PostgreSQL is unreachable at ${PG_ADMIN_URL} (${probeError})`);
  describe.skip(`${name} (skipped: no PostgreSQL at ${PG_ADMIN_URL})`, fn);
}

let databases = 0;

/** A fresh, empty database; `drop()` removes it, closing whatever connections are left. */
export async function createTestDatabase(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `sitrep_test_${process.pid}_${++databases}_${Date.now() % 100_000}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  // The name is built here from digits and underscores only, so quoting it is enough.
  await admin(`create database "${name}"`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

/** A new, empty ledger of one backend, with a way to open it again and to remove it. */
export interface OpenedStore {
  store: LedgerStore;
  location: string;
  reopen(): Promise<LedgerStore>;
  cleanup(): Promise<void>;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  describe: (name: string, fn: () => void) => void;
  open(): Promise<OpenedStore>;
}

export const SQLITE_BACKEND: StoreBackend = {
  name: 'sqlite',
  describe: (name, fn) => describe(name, fn),
  async open() {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
    const location = join(dir, 'nested', 'ledger.db');
    return {
      store: await openSqliteLedger(location),
      location,
      reopen: () => openSqliteLedger(location),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export const POSTGRES_BACKEND: StoreBackend = {
  name: 'postgres',
  describe: describePostgres,
  async open() {
    const db = await createTestDatabase();
    return { store: await openPostgresLedger(db.url), location: db.url, reopen: () => openPostgresLedger(db.url), cleanup: db.drop };
  },
};

export const STORE_BACKENDS: readonly StoreBackend[] = [SQLITE_BACKEND, POSTGRES_BACKEND];

/** Runs `suite` once per backend, each inside that backend's describe (skipped or failing as above). */
export function describeEachStore(name: string, suite: (backend: StoreBackend) => void): void {
  for (const backend of STORE_BACKENDS) backend.describe(`${name} [${backend.name}]`, () => suite(backend));
}
