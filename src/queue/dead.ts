// The dead-letter list: documents that could not be annotated, with the error each met. Letters come from
// workers (the pipeline rejected the document) and from pg-boss (a job's retries ran out); both are jobs
// in the dead-letter queue, read here straight from pg-boss's tables (never worked, so never archived).
import { sql, type Kysely } from 'kysely';
import type { LedgerDatabase } from '../ledger/schema.js';
import { BOSS_SCHEMA, DEAD_QUEUE } from './boss.js';
import { str, type JsonObject } from '../contract/read.js';

export interface DeadDocument {
  hash: string;
  name: string | null;
  documentId: number | null;
  code: string;
  message: string;
  at: string;
}

/** Every dead letter, the newest per document only, oldest first. */
export async function deadLetters(db: Kysely<LedgerDatabase>): Promise<DeadDocument[]> {
  // No queue has ever run on this ledger: nothing can have died.
  const installed = await sql<{ t: string | null }>`select to_regclass(${`${BOSS_SCHEMA}.job`})::text as t`.execute(db);
  if (!installed.rows[0]?.t) return [];
  const { rows } = await sql<{ data: JsonObject | null; output: JsonObject | null; created_on: Date }>`
    select data, output, created_on from ${sql.table(`${BOSS_SCHEMA}.job`)} where name = ${DEAD_QUEUE}
    union all
    select data, output, created_on from ${sql.table(`${BOSS_SCHEMA}.archive`)} where name = ${DEAD_QUEUE}
    order by created_on`.execute(db);
  const byHash = new Map<string, DeadDocument>();
  for (const row of rows) {
    const data = row.data ?? {};
    const hash = str(data.hash);
    if (!hash) continue;
    // A letter a worker wrote carries its error in data; one pg-boss moved carries the last failure as output.
    const output = row.output ?? {};
    const value = (output.value && typeof output.value === 'object' ? output.value : output) as JsonObject;
    byHash.set(hash, {
      hash,
      name: str(data.name),
      documentId: null,
      code: str(data.code) ?? str(value.code) ?? 'retries_exhausted',
      message: str(data.message) ?? str(value.message) ?? 'the job failed on every attempt',
      at: new Date(row.created_on).toISOString(),
    });
  }
  const letters = [...byHash.values()];
  if (letters.length === 0) return letters;
  const docs = await db
    .selectFrom('documents as d')
    .leftJoin('annotations as a', 'a.document_id', 'd.id')
    .select(['d.id', 'd.hash', 'd.name', 'a.status'])
    .where('d.hash', 'in', letters.map((l) => l.hash))
    .execute();
  const known = new Map(docs.map((d) => [d.hash, d]));
  // A document annotated since (re-ingested with --force after a fix) is no longer dead.
  return letters.filter((l) => {
    const d = known.get(l.hash);
    if (!d) return true;
    l.documentId = Number(d.id);
    l.name ??= d.name;
    return d.status !== 'ok';
  });
}
