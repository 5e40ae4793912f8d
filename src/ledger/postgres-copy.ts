// Copies a whole ledger between SQLite and PostgreSQL (either way), row for row with the same ids, so the
// copy answers every query exactly as the original did. Both ends are migrated to the same schema first;
// every table the two share is copied, parents before children (from the target's foreign keys), in one
// target transaction. The target must be empty. Writers should be stopped while it runs.
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { ERROR_CODES, SitrepError } from '../errors.js';
import { isPostgresUrl, openPostgresKysely, redactUrl } from './postgres.js';
import { openSqliteLedger } from './sqlite.js';

type AnyDb = Kysely<any>;
type Row = Record<string, unknown>;

interface Endpoint {
  db: AnyDb;
  flavor: 'sqlite' | 'postgres';
  where: string;
}

export interface CopyReport {
  tables: Array<{ table: string; rows: number }>;
  ms: number;
}

const PAGE = 500;

async function openEndpoint(location: string, role: 'source' | 'target'): Promise<Endpoint> {
  if (isPostgresUrl(location)) return { db: await openPostgresKysely(location, { poolSize: 2, applicationName: 'sitrep-migrate' }), flavor: 'postgres', where: redactUrl(location) };
  if (role === 'source' && !existsSync(location)) throw new SitrepError(ERROR_CODES.UNREADABLE, `no ledger at ${location}`, { path: location });
  // Opening through the store migrates the file; the copy then works on a plain handle of its own.
  await (await openSqliteLedger(location)).close();
  const sqlite = new Database(location);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return { db: new Kysely({ dialect: new SqliteDialect({ database: sqlite }) }), flavor: 'sqlite', where: location };
}

/** Copies every row of the ledger at `from` into the empty ledger at `to`. */
export async function copyLedger(from: string, to: string, onTable?: (table: string, rows: number) => void): Promise<CopyReport> {
  // A SQLite target that did not exist is removed again when the copy fails, so a failure leaves nothing
  // behind; an existing (empty) target keeps its state, as the copy is one transaction.
  const newFile = !isPostgresUrl(to) && !existsSync(to);
  try {
    return await copyInto(from, to, onTable);
  } catch (err) {
    if (newFile) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${to}${suffix}`, { force: true });
    throw err;
  }
}

async function copyInto(from: string, to: string, onTable?: (table: string, rows: number) => void): Promise<CopyReport> {
  const t0 = performance.now();
  const source = await openEndpoint(from, 'source');
  try {
    const target = await openEndpoint(to, 'target');
    try {
      const { n } = await target.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      if (Number(n) > 0) throw new SitrepError(ERROR_CODES.USAGE, `the target ledger ${target.where} is not empty (${String(n)} documents); migrate copies into an empty ledger`);
      const tables = await copyOrder(source, target);
      const report: CopyReport = { tables: [], ms: 0 };
      await target.db.transaction().execute(async (trx) => {
        // Rows a migration seeded in the new target (settings, markers) give way to the source's own.
        for (const t of [...tables].reverse()) await trx.deleteFrom(t.name).execute();
        for (const t of tables) {
          const rows = await copyTable(source, trx, target.flavor, t);
          report.tables.push({ table: t.name, rows });
          onTable?.(t.name, rows);
        }
        for (const hook of AFTER_COPY) await hook(trx, target.flavor, tables);
      });
      report.ms = performance.now() - t0;
      return report;
    } finally {
      await target.db.destroy();
    }
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    throw new SitrepError(ERROR_CODES.STORE, `migrating ${from.startsWith('postgres') ? redactUrl(from) : from} to ${to.startsWith('postgres') ? redactUrl(to) : to} failed: ${(err as Error).message}`, {}, { cause: err });
  } finally {
    await source.db.destroy();
  }
}

interface TablePlan {
  name: string;
  columns: string[];
  key: string[];
}

/** The tables both ledgers have, with the columns both have, ordered parents first. */
async function copyOrder(source: Endpoint, target: Endpoint): Promise<TablePlan[]> {
  const [s, t] = await Promise.all([tablesOf(source), tablesOf(target)]);
  const plans: TablePlan[] = [];
  for (const [name, cols] of t) {
    const sourceCols = s.get(name);
    if (!sourceCols) continue;
    const columns = cols.filter((c) => sourceCols.includes(c));
    plans.push({ name, columns, key: await primaryKey(target, name) });
  }
  const parents = await foreignKeys(target);
  const done = new Set<string>();
  const ordered: TablePlan[] = [];
  while (ordered.length < plans.length) {
    const ready = plans.filter((p) => !done.has(p.name) && (parents.get(p.name) ?? []).every((r) => r === p.name || done.has(r) || !plans.some((q) => q.name === r)));
    if (ready.length === 0) throw new SitrepError(ERROR_CODES.STORE, 'the ledger tables refer to each other in a cycle; cannot order the copy');
    for (const p of ready) {
      done.add(p.name);
      ordered.push(p);
    }
  }
  return ordered;
}

/** Plain tables (not views, not FTS or search-vector columns) and their columns, in the ledger's schema. */
async function tablesOf(end: Endpoint): Promise<Map<string, string[]>> {
  const tables = await end.db.introspection.getTables();
  const derived = await derivedTables(end);
  const out = new Map<string, string[]>();
  for (const t of tables) {
    if (t.isView || derived.has(t.name)) continue;
    if (end.flavor === 'postgres' && t.schema !== 'public') continue;
    out.set(
      t.name,
      t.columns.filter((c) => c.dataType !== 'tsvector').map((c) => c.name),
    );
  }
  return out;
}

/**
 * SQLite's virtual tables (the FTS5 index) and the shadow tables they keep (`documents_fts_data`, ...):
 * derived from the copied rows, rebuilt after the copy (AFTER_COPY), and not writable row by row.
 */
async function derivedTables(end: Endpoint): Promise<Set<string>> {
  if (end.flavor !== 'sqlite') return new Set();
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and sql like 'create virtual table%'`.execute(end.db);
  const virtual = rows.map((r) => r.name);
  const { rows: all } = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(end.db);
  return new Set(all.map((r) => r.name).filter((n) => virtual.some((v) => n === v || n.startsWith(`${v}_`))));
}

async function primaryKey(end: Endpoint, table: string): Promise<string[]> {
  if (end.flavor === 'sqlite') {
    const { rows } = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${table}) where pk > 0 order by pk`.execute(end.db);
    return rows.map((r) => r.name);
  }
  const { rows } = await sql<{ name: string }>`
    select a.attname as name from pg_index i
    join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
    where i.indrelid = ${`public.${table}`}::regclass and i.indisprimary
    order by array_position(i.indkey, a.attnum)`.execute(end.db);
  return rows.map((r) => r.name);
}

/** For each table, the tables its foreign keys point at. */
async function foreignKeys(end: Endpoint): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (end.flavor === 'sqlite') {
    const { rows } = await sql<{ tbl: string; ref: string }>`
      select m.name as tbl, f."table" as ref from sqlite_master m, pragma_foreign_key_list(m.name) f where m.type = 'table'`.execute(end.db);
    for (const r of rows) out.set(r.tbl, [...(out.get(r.tbl) ?? []), r.ref]);
    return out;
  }
  const { rows } = await sql<{ tbl: string; ref: string }>`
    select c.relname as tbl, p.relname as ref from pg_constraint k
    join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    where k.contype = 'f' and n.nspname = 'public'`.execute(end.db);
  for (const r of rows) out.set(r.tbl, [...(out.get(r.tbl) ?? []), r.ref]);
  return out;
}

/** Copies one table in pages by its primary key (keyset), returning the rows copied. */
async function copyTable(source: Endpoint, trx: Transaction<any>, flavor: Endpoint['flavor'], t: TablePlan): Promise<number> {
  const key = t.key.length ? t.key : t.columns.slice(0, 1);
  let after: unknown[] | null = null;
  let copied = 0;
  for (;;) {
    let q = source.db.selectFrom(t.name).select(t.columns);
    if (after) {
      const last = after;
      q = key.length === 1
        ? q.where(key[0]!, '>', last[0])
        : q.where((eb) => eb(eb.refTuple(...(key as [string, string])), '>', eb.tuple(...(last as [unknown, unknown]))));
    }
    for (const k of key) q = q.orderBy(k);
    const rows = (await q.limit(PAGE).execute()) as Row[];
    if (rows.length === 0) break;
    await trx.insertInto(t.name).values(rows.map((r) => toTarget(r, flavor))).execute();
    copied += rows.length;
    const lastRow = rows[rows.length - 1]!;
    after = key.map((k) => lastRow[k]);
    if (rows.length < PAGE) break;
  }
  return copied;
}

/** Values as the target's driver takes them (SQLite has no booleans, dates or JSON objects). */
function toTarget(row: Row, flavor: Endpoint['flavor']): Row {
  if (flavor === 'postgres') return row;
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) {
    if (typeof v === 'boolean') out[k] = v ? 1 : 0;
    else if (v instanceof Date) out[k] = v.toISOString();
    else if (v !== null && typeof v === 'object' && !(v instanceof Uint8Array)) out[k] = JSON.stringify(v);
    else out[k] = v;
  }
  return out;
}

type AfterCopy = (trx: Transaction<any>, flavor: Endpoint['flavor'], copied: readonly TablePlan[]) => Promise<void>;

/** What each backend derives rather than stores, rebuilt once the rows are in. */
const AFTER_COPY: readonly AfterCopy[] = [
  // PostgreSQL numbers new rows from sequences: move them past the copied ids.
  async (trx, flavor, copied) => {
    if (flavor !== 'postgres') return;
    for (const { name } of copied.filter((t) => t.columns.includes('id'))) {
      await sql`select setval(s.seq, m.top) from (select pg_get_serial_sequence(${name}, 'id') as seq) s,
        (select max(id) as top from ${sql.table(name)}) m where s.seq is not null and m.top is not null`.execute(trx);
    }
  },
  // SQLite's full-text index (migration 004) is a separate FTS5 table the store keeps in step on save.
  async (trx, flavor) => {
    if (flavor !== 'sqlite') return;
    const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'documents_fts'`.execute(trx);
    if (!rows[0]?.n) return;
    await sql`insert into documents_fts (rowid, title, body) select document_id, coalesce(title, ''), body from cleaned_documents`.execute(trx);
  },
];
