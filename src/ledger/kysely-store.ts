// LedgerStore over Kysely: the queries are written once and run on any Kysely dialect. Every value goes in
// as a bound parameter; the only SQL text built here is fixed.
import { sql, type Kysely, type Transaction } from 'kysely';
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { ContractLine } from '../edges/contract.js';
import type { LedgerDatabase } from './schema.js';
import { eventRow } from './event-row.js';
import type {
  AnnotationInput,
  DocumentInput,
  DocumentState,
  EventFilter,
  LedgerCounts,
  LedgerStore,
  SaveResult,
  StoredDocument,
  StoredEvent,
} from './store.js';

/** Runs a store operation, turning a driver failure into a typed STORE error (never swallowing it). */
async function storeOp<T>(what: string, location: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    throw new SitrepError(ERROR_CODES.STORE, `ledger ${location}: ${what} failed: ${(err as Error).message}`, { location }, { cause: err });
  }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class KyselyLedgerStore implements LedgerStore {
  constructor(
    private readonly db: Kysely<LedgerDatabase>,
    readonly location: string,
    /** Turns stored bytes into what the driver takes (better-sqlite3 wants a Buffer). */
    private readonly toBytes: (raw: Uint8Array) => Uint8Array = (raw) => raw,
  ) {}

  documentState(hash: string): Promise<DocumentState | null> {
    return storeOp('reading a document', this.location, async () => {
      const row = await this.db
        .selectFrom('documents as d')
        .leftJoin('annotations as a', 'a.document_id', 'd.id')
        .select(['d.id', 'a.pipeline_version', 'a.status'])
        .select((eb) => eb.selectFrom('events as e').whereRef('e.document_id', '=', 'd.id').select(eb.fn.countAll<number>().as('n')).as('events'))
        .where('d.hash', '=', hash)
        .executeTakeFirst();
      if (!row) return null;
      return { documentId: Number(row.id), pipelineVersion: row.pipeline_version, status: row.status, events: Number(row.events ?? 0) };
    });
  }

  save(doc: DocumentInput, annotation: AnnotationInput): Promise<SaveResult> {
    return storeOp('saving a document', this.location, () =>
      this.db.transaction().execute(async (trx) => {
        const { documentId, created } = await this.upsertDocument(trx, doc);
        await trx.deleteFrom('events').where('document_id', '=', documentId).execute();
        await trx.deleteFrom('cleaned_documents').where('document_id', '=', documentId).execute();
        await trx.deleteFrom('annotations').where('document_id', '=', documentId).execute();
        const events = await this.insertAnnotation(trx, documentId, annotation);
        return { documentId, created, events };
      }),
    );
  }

  private async upsertDocument(trx: Transaction<LedgerDatabase>, doc: DocumentInput): Promise<{ documentId: number; created: boolean }> {
    const inserted = await trx
      .insertInto('documents')
      .values({
        hash: doc.hash,
        kind: doc.kind,
        container: doc.container,
        name: doc.name,
        source_path: doc.sourcePath,
        source_line: doc.sourceLine,
        url: doc.url,
        given_published: doc.givenPublished,
        raw: this.toBytes(doc.raw),
        byte_length: doc.raw.byteLength,
        ingested_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('hash').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return { documentId: Number(inserted.id), created: true };
    const existing = await trx.selectFrom('documents').select('id').where('hash', '=', doc.hash).executeTakeFirstOrThrow();
    return { documentId: Number(existing.id), created: false };
  }

  private async insertAnnotation(trx: Transaction<LedgerDatabase>, documentId: number, a: AnnotationInput): Promise<number> {
    const { line } = a;
    await trx
      .insertInto('annotations')
      .values({
        document_id: documentId,
        pipeline_version: a.pipelineVersion,
        status: line.error ? 'failed' : 'ok',
        error_code: line.error?.code ?? null,
        error_message: line.error?.message ?? null,
        line: JSON.stringify(line),
        annotated_at: new Date().toISOString(),
        ms: a.ms,
      })
      .execute();
    const d = line.document as Record<string, unknown> | undefined;
    if (d) {
      const s = (v: unknown) => (typeof v === 'string' ? v : null);
      await trx
        .insertInto('cleaned_documents')
        .values({
          document_id: documentId,
          title: s(d.title),
          byline: s(d.byline),
          published: s(d.published),
          published_source: s(d.publishedSource),
          site_name: s(d.siteName),
          language: s(d.language),
          canonical_url: s(d.canonicalUrl),
          body: s(d.body) ?? '',
        })
        .execute();
    }
    const events = (line.events ?? []) as Array<Record<string, unknown>>;
    // Inserted in chunks so a long live blog stays under any driver's bound-parameter limit.
    for (let i = 0; i < events.length; i += 100) {
      const rows = events.slice(i, i + 100).map((e, k) => eventRow(documentId, i + k, e));
      await trx.insertInto('events').values(rows).execute();
    }
    return events.length;
  }

  events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return storeOp('listing events', this.location, async () => {
      let q = this.eventQuery();
      if (filter.type) {
        const t = filter.type;
        q = q.where((eb) => eb.or([eb('e.type', '=', t), eb('e.type', 'like', sql<string>`${escapeLike(t) + '.%'} escape '\\'`)]));
      }
      if (filter.since) q = q.where('e.day_end', '>=', filter.since);
      if (filter.until) q = q.where('e.day_start', '<=', filter.until);
      if (filter.verification) q = q.where('e.verification', '=', filter.verification);
      if (filter.documentIds) {
        if (filter.documentIds.length === 0) return [];
        q = q.where('e.document_id', 'in', [...filter.documentIds]);
      }
      if (filter.place) {
        const place = filter.place.toLowerCase();
        const p = `%${escapeLike(place)}%`;
        q = q.where((eb) =>
          eb.or([
            eb(eb.fn('lower', ['e.place_name']), 'like', sql<string>`${p} escape '\\'`),
            eb(eb.fn('lower', ['e.admin1']), 'like', sql<string>`${p} escape '\\'`),
            eb(eb.fn('lower', ['e.country']), '=', place),
          ]),
        );
      }
      // NULLS LAST (SQLite 3.30+, PostgreSQL) keeps the (day_start, id) index usable, unlike a CASE expression.
      q = q.orderBy(sql`e.day_start nulls last`).orderBy('e.id');
      if (filter.limit !== undefined) q = q.limit(filter.limit);
      return (await q.execute()).map(toStoredEvent);
    });
  }

  event(id: number): Promise<StoredEvent | null> {
    return storeOp('reading an event', this.location, async () => {
      const row = await this.eventQuery().where('e.id', '=', id).executeTakeFirst();
      return row ? toStoredEvent(row) : null;
    });
  }

  private eventQuery() {
    return this.db
      .selectFrom('events as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .leftJoin('cleaned_documents as c', 'c.document_id', 'e.document_id')
      .select(['e.id', 'e.document_id', 'e.ordinal', 'e.json', 'd.name', 'd.url', 'c.title', 'c.published']);
  }

  document(id: number): Promise<StoredDocument | null> {
    return storeOp('reading a document', this.location, async () => {
      const row = await this.db
        .selectFrom('documents as d')
        .leftJoin('cleaned_documents as c', 'c.document_id', 'd.id')
        .leftJoin('annotations as a', 'a.document_id', 'd.id')
        .selectAll('d')
        .select(['c.title', 'c.published', 'c.published_source', 'a.pipeline_version', 'a.status', 'a.line'])
        .where('d.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      return {
        id: Number(row.id),
        hash: row.hash,
        kind: row.kind,
        container: row.container,
        name: row.name,
        sourcePath: row.source_path,
        sourceLine: row.source_line,
        url: row.url,
        givenPublished: row.given_published,
        raw: new Uint8Array(row.raw),
        ingestedAt: row.ingested_at,
        title: row.title,
        published: row.published,
        publishedSource: row.published_source,
        pipelineVersion: row.pipeline_version,
        status: row.status,
        line: row.line ? (JSON.parse(row.line) as ContractLine) : null,
      };
    });
  }

  counts(): Promise<LedgerCounts> {
    return storeOp('counting', this.location, async () => {
      const one = async (q: Promise<{ n: number | string | bigint } | undefined>) => Number((await q)?.n ?? 0);
      return {
        documents: await one(this.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()),
        failed: await one(
          this.db.selectFrom('annotations').where('status', '=', 'failed').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
        ),
        events: await one(this.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()),
      };
    });
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

function toStoredEvent(row: {
  id: number;
  document_id: number;
  ordinal: number;
  json: string;
  name: string;
  url: string | null;
  title: string | null;
  published: string | null;
}): StoredEvent {
  return {
    id: Number(row.id),
    documentId: Number(row.document_id),
    ordinal: Number(row.ordinal),
    event: JSON.parse(row.json) as Record<string, unknown>,
    document: { id: Number(row.document_id), name: row.name, title: row.title, published: row.published, url: row.url },
  };
}
