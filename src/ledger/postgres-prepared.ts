// Named prepared statements for the statements a process sends again and again (a worker's save is the
// same dozen texts per document; workers turn this on, see PostgresOptions): PostgreSQL then parses and
// plans each once per connection instead of once per use, and the driver sends only the values. A pg pool
// is wrapped so that Kysely's plain `query(text, values)` goes out as `query({ name, text, values })` once
// a text has been seen before.
//
// Which texts, and how many: only a text used twice (most one-off statements never become a server-side
// statement), at most MAX_PREPARED per process (each costs server memory on every connection of the pool;
// multi-row inserts make one text per row count), and none that selects or returns `*`: a prepared
// statement's result columns are fixed when it is prepared, and PostgreSQL refuses to run it after a
// migration (run by another process) changes them ("cached plan must not change result type").
//
// SITREP_PG_PREPARED=off sends every statement unnamed, for a connection pooler that cannot keep named
// statements in transaction mode (PgBouncer before 1.21, or with max_prepared_statements = 0).
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { ERROR_CODES, SitrepError } from '../errors.js';

/** Texts prepared at most, per process: a worker's save uses a few hundred at most (row counts vary). */
export const MAX_PREPARED = 500;

/** Whether statements may be prepared (SITREP_PG_PREPARED: on, the default, or off). */
export function preparedStatementsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = (env.SITREP_PG_PREPARED ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'on' || raw === '1' || raw === 'true') return true;
  if (raw === 'off' || raw === '0' || raw === 'false') return false;
  throw new SitrepError(ERROR_CODES.USAGE, `$SITREP_PG_PREPARED must be on or off, not ${env.SITREP_PG_PREPARED}`);
}

export class PreparedStatements {
  private readonly seen = new Set<string>();
  private readonly names = new Map<string, string>();

  constructor(private readonly max = MAX_PREPARED) {}

  /** The statement name to prepare `text` under, or undefined to send it unnamed. */
  nameFor(text: string): string | undefined {
    const named = this.names.get(text);
    if (named !== undefined) return named;
    if (this.names.size >= this.max || text.includes('*')) return undefined;
    if (!this.seen.has(text)) {
      // Remembered only while there is room to prepare: the set stays as bounded as the names.
      if (this.seen.size < this.max * 4) this.seen.add(text);
      return undefined;
    }
    // A name made from the text itself: two texts never share a name, whichever connection meets them first.
    const name = `sitrep_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    this.seen.delete(text);
    this.names.set(text, name);
    return name;
  }

  get prepared(): number {
    return this.names.size;
  }
}

/** The pool as Kysely sees it, preparing what `statements` names. */
export function preparingPool(pool: pg.Pool, statements: PreparedStatements): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      // One wrapper per pooled connection: Kysely keeps its own state per client object it is given.
      let w = wrapped.get(client);
      if (!w) {
        w = {
          query: ((textOrCursor: unknown, values?: readonly unknown[]) => {
            if (typeof textOrCursor !== 'string') return client.query(textOrCursor as pg.Submittable);
            const name = statements.nameFor(textOrCursor);
            return client.query(name === undefined ? { text: textOrCursor, values: values as unknown[] } : { name, text: textOrCursor, values: values as unknown[] });
          }) as unknown as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        wrapped.set(client, w);
      }
      return w;
    },
    end: () => pool.end(),
  };
}
