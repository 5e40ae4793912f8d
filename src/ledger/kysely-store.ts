// LedgerStore over Kysely: the queries are written once and run on any Kysely dialect. Every value goes in
// as a bound parameter; the only SQL text built here is fixed.
import { CompiledQuery, PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import { documentFromRow, putDocument } from './put-document.js';
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { ContractLine } from '../contract/line.js';
import type { LedgerDatabase } from './schema.js';
import { annotationRows, type AnnotationRows } from './annotation-rows.js';
import { POSTGRES, SQLITE, type SqlFlavor } from './migrations/flavor.js';
import { inChunks } from './happenings/chunks.js';
import { lockForLinking } from './happenings/postgres-locks.js';
import type { LinkLock } from './happenings/link-locks.js';
import { happeningsReportedBy, linkSavedEvents, type RetiredHappening, type SavedEventRow } from './happenings/link-on-save.js';
import { EVENT_VERIFICATION, applyEventFilter, type FilterTarget } from './queries/event-filter.js';
import { eventColumns, eventHappeningColumns, toStoredEvent } from './queries/events.js';
import { happeningTarget, listHappenings, readHappening } from './queries/happenings.js';
import { eventStats } from './queries/stats.js';
import { sqliteTextPlan } from './queries/text-plan.js';
import { documentEventCounts, updateQuerySummaries, type SummarisedEvent } from './queries/summary-tables.js';
import { isSuperseded, supersedeEarlierVersions } from './supersede.js';
import type {
  AnnotationInput,
  DocumentInput,
  DocumentState,
  EventFilter,
  EventStats,
  HappeningDetail,
  LedgerCounts,
  LedgerStore,
  SaveOptions,
  SaveResult,
  StoredDocument,
  StoredEvent,
  StoredHappening,
  TransactionSql,
} from './store.js';

/** The transaction as raw SQL for a caller's own statements; values are bound parameters, never spliced in. */
function transactionSql(trx: Transaction<LedgerDatabase>): TransactionSql {
  return { executeSql: async (text, values) => ({ rows: (await trx.executeQuery(CompiledQuery.raw(text, values))).rows }) };
}

/** Runs a store operation, turning a driver failure into a typed STORE error (never swallowing it). */
async function storeOp<T>(what: string, location: string, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (err) {
    if (err instanceof SitrepError) throw err;
    throw new SitrepError(ERROR_CODES.STORE, `ledger ${location}: ${what} failed: ${(err as Error).message}`, { location }, { cause: err });
  }
}

export class KyselyLedgerStore implements LedgerStore {
  /** Which SQL the few backend-specific statements (full-text search) are written in. */
  private readonly flavor: SqlFlavor;

  constructor(
    private readonly db: Kysely<LedgerDatabase>,
    readonly location: string,
    /** Turns stored bytes into what the driver takes (better-sqlite3 wants a Buffer). */
    private readonly toBytes: (raw: Uint8Array) => Uint8Array = (raw) => raw,
    /** Default: PostgreSQL when the Kysely instance speaks through Kysely's PostgreSQL adapter, else SQLite. */
    flavor?: SqlFlavor,
  ) {
    this.flavor = flavor ?? (db.getExecutor().adapter instanceof PostgresAdapter ? POSTGRES : SQLITE);
  }

  documentState(hash: string): Promise<DocumentState | null> {
    return storeOp('reading a document', this.location, async () => {
      const row = await this.db
        .selectFrom('documents as d')
        .leftJoin('annotations as a', 'a.document_id', 'd.id')
        .select(['d.id', 'a.pipeline_version', 'a.status'])
        .select((eb) => eb.selectFrom('events as e').whereRef('e.document_id', '=', 'd.id').where('e.candidate', '=', 0).select(eb.fn.countAll<number>().as('n')).as('events'))
        .where('d.hash', '=', hash)
        .executeTakeFirst();
      if (!row) return null;
      return { documentId: Number(row.id), pipelineVersion: row.pipeline_version, status: row.status, events: Number(row.events ?? 0) };
    });
  }

  save(doc: DocumentInput, annotation: AnnotationInput, opts: SaveOptions = {}): Promise<SaveResult> {
    return storeOp('saving a document', this.location, async () => {
      // Made before the transaction opens, so its locks are held for SQL only, not for hashing.
      const made = annotationRows(doc, annotation);
      return this.db.transaction().execute(async (trx) => {
        const { documentId, created } = opts.documentId !== undefined ? { documentId: opts.documentId, created: false } : await this.upsertDocument(trx, doc);
        const previous = created ? null : await this.retireAnnotation(trx, documentId);
        const retiredCounts = previous ? await documentEventCounts(trx, documentId) : [];
        // Without an earlier annotation there is nothing to replace: a save writes the annotation, its
        // cleaned text, sources and events together, so a document stored bare (queued) has none of them.
        if (previous) await this.clearAnnotation(trx, documentId);
        // A version a newer one replaced keeps its annotation but reports nothing; a new version retires
        // the earlier ones' events (a queued document is new content too, stored before its annotation).
        const replaced = !created && (await isSuperseded(trx, documentId));
        const superseded = replaced || !made.source ? null : await supersedeEarlierVersions(trx, documentId, doc.url);
        const rows = await this.insertAnnotation(trx, documentId, replaced ? { ...made, events: [] } : made);
        // Candidates are stored, never linked: only shown events report happenings.
        const shown = rows.filter((r) => !r.candidate);
        if (opts.link !== false) {
          const outlet = made.source?.outlet ?? null;
          const by = `document ${documentId}${outlet ? ` (${outlet})` : ''}`;
          const reason = superseded?.documentIds.length
            ? `${by}, a newer version of ${doc.url}, replaced document ${superseded.documentIds.join(', ')}`
            : previous
              ? `${by} re-annotated (${previous.pipelineVersion} → ${annotation.pipelineVersion})`
              : `report from ${by}`;
          await linkSavedEvents(trx, shown, [...(previous?.happenings ?? []), ...(superseded?.happenings ?? [])], {
            documentId,
            reason,
            outlet,
            signature: made.source?.signature ?? null,
            ...(this.flavor.name === 'postgres' ? { lock: (locks: LinkLock[]) => lockForLinking(trx, locks) } : {}),
          });
        }
        await updateQuerySummaries(trx, [...retiredCounts, ...(superseded?.counts ?? [])], rows);
        const saved = { documentId, created, events: shown.length };
        await opts.inTransaction?.(transactionSql(trx), saved);
        // Last: every save on PostgreSQL waits here for the one before it to commit (one row), so the
        // revision is raised just before the commit, not ahead of the statements above, which would then
        // run one save at a time (concurrent count updates need no such order: their upserts add, and
        // they take their rows' locks in one sorted order).
        await trx.updateTable('ledger_meta').set((eb) => ({ value: eb('value', '+', 1) })).where('key', '=', 'revision').execute();
        return saved;
      });
    });
  }

  /**
   * Before a document's annotation is replaced: moves the old one to annotation_history (when there was
   * one; in one statement, so its line never travels to the client and back) and returns the happenings
   * its events belonged to, which must be re-counted without them.
   */
  private async retireAnnotation(trx: Transaction<LedgerDatabase>, documentId: number): Promise<{ pipelineVersion: string; happenings: RetiredHappening[] } | null> {
    const old = await trx
      .insertInto('annotation_history')
      .columns(['document_id', 'pipeline_version', 'status', 'line', 'annotated_at', 'replaced_at'])
      .expression((eb) =>
        eb
          .selectFrom('annotations')
          .select(['document_id', 'pipeline_version', 'status', 'line', 'annotated_at', eb.val(new Date().toISOString()).as('replaced_at')])
          .where('document_id', '=', documentId),
      )
      .returning('pipeline_version')
      .executeTakeFirst();
    if (!old) return null;
    return { pipelineVersion: old.pipeline_version, happenings: await happeningsReportedBy(trx, [documentId]) };
  }

  /** Deletes what a document's earlier annotation stored (its happening links go with its events). */
  private async clearAnnotation(trx: Transaction<LedgerDatabase>, documentId: number): Promise<void> {
    await trx.deleteFrom('events').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('cleaned_documents').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('annotations').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('document_sources').where('document_id', '=', documentId).execute();
    await this.unindexText(trx, documentId);
  }

  /** The stored document's id (a queued document's bytes are there already), else it is inserted now. */
  private async upsertDocument(trx: Transaction<LedgerDatabase>, doc: DocumentInput): Promise<{ documentId: number; created: boolean }> {
    const stored = await trx.selectFrom('documents').select('id').where('hash', '=', doc.hash).executeTakeFirst();
    if (stored) return { documentId: Number(stored.id), created: false };
    return putDocument(trx, doc, this.toBytes);
  }

  private async insertAnnotation(trx: Transaction<LedgerDatabase>, documentId: number, made: AnnotationRows): Promise<Array<SavedEventRow & SummarisedEvent>> {
    await trx.insertInto('annotations').values({ document_id: documentId, ...made.annotation }).execute();
    if (made.cleaned && made.source) {
      await trx.insertInto('cleaned_documents').values({ document_id: documentId, ...made.cleaned }).execute();
      await trx.insertInto('document_sources').values({ document_id: documentId, ...made.source }).execute();
      await this.indexText(trx, documentId, made.cleaned.title ?? null, made.cleaned.body);
    }
    const stored: Array<SavedEventRow & SummarisedEvent> = [];
    // Inserted in chunks so a long live blog stays under any driver's bound-parameter limit.
    for (const chunk of inChunks(made.events, 100)) {
      const rows = chunk.map((e) => ({ ...e, document_id: documentId }));
      const first = rows[0]!.ordinal;
      const ids = await trx.insertInto('events').values(rows).returning(['id', 'ordinal']).execute();
      for (const { id, ordinal } of ids) stored.push({ ...(rows[Number(ordinal) - first] as Omit<SavedEventRow & SummarisedEvent, 'id'>), id: Number(id) });
    }
    return stored;
  }

  /** Keeps the full-text index in step with the cleaned text (PostgreSQL indexes the table itself). */
  private async indexText(trx: Transaction<LedgerDatabase>, documentId: number, title: string | null, body: string): Promise<void> {
    if (this.flavor.name !== 'sqlite') return;
    await sql`insert into documents_fts (rowid, title, body) values (${documentId}, ${title ?? ''}, ${body})`.execute(trx);
  }

  private async unindexText(trx: Transaction<LedgerDatabase>, documentId: number): Promise<void> {
    if (this.flavor.name !== 'sqlite') return;
    await sql`delete from documents_fts where rowid = ${documentId}`.execute(trx);
  }

  /** How the shared filter code addresses the events listing in this backend. */
  private async target(filter: EventFilter): Promise<Omit<FilterTarget, 'verification' | 'id' | 'documentsIn' | 'candidateRows'>> {
    // The longest span is read (from its index) only when a `since` needs it.
    const span = filter.since ? await this.db.selectFrom('events').select((eb) => eb.fn.max('day_span').as('m')).executeTakeFirst() : undefined;
    return { flavor: this.flavor, maxSpanDays: Number(span?.m ?? 0) };
  }

  private async eventTarget(filter: EventFilter): Promise<FilterTarget> {
    const listing = filter.text !== undefined && this.flavor.name === 'sqlite' && (await sqliteTextPlan(this.db, filter.text, filter.limit === undefined ? undefined : filter.limit + (filter.offset ?? 0))) === 'listing';
    return { ...(await this.target(filter)), verification: EVENT_VERIFICATION, id: 'e.id', documentsIn: (docs) => sql`e.document_id in (${docs})`, textInListingOrder: listing, candidateRows: true };
  }

  events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return storeOp('listing events', this.location, async () => {
      if (filter.after && filter.offset) throw new SitrepError(ERROR_CODES.USAGE, 'a listing starts after a row or at an offset, not both');
      const target = await this.eventTarget(filter);
      const page = async (f: EventFilter) => {
        // Two steps: the page's ids from the events_listing index alone (it holds every filtered column, so
        // rows that do not match are never read), then only those rows with their documents. NULLS LAST
        // (SQLite 3.30+, PostgreSQL) keeps the index's (day_start, id) order usable, unlike a CASE expression.
        let ids = applyEventFilter(this.db.selectFrom('events as e').select(['e.id', 'e.day_start']), f, target).orderBy(sql`e.day_start nulls last`).orderBy('e.id');
        if (f.limit !== undefined) ids = ids.limit(f.limit);
        if (f.offset) ids = (f.limit === undefined ? ids.limit(Number.MAX_SAFE_INTEGER) : ids).offset(f.offset);
        const q = this.db
          .selectFrom(ids.as('p'))
          .innerJoin('events as e', 'e.id', 'p.id')
          .innerJoin('documents as d', 'd.id', 'e.document_id')
          .leftJoin('cleaned_documents as c', 'c.document_id', 'e.document_id')
          .leftJoin('happening_reports as ehr', 'ehr.event_id', 'e.id')
          .leftJoin('happenings as eh', 'eh.id', 'ehr.happening_id')
          .select(eventColumns)
          .select(eventHappeningColumns)
          .orderBy(sql`p.day_start nulls last`)
          .orderBy('p.id');
        return (await q.execute()).map(toStoredEvent);
      };
      const rows = await page(filter);
      // After a dated row, the undated rows come last: read them once the dated ones run out.
      if (filter.after && filter.after.dayStart !== null && (filter.limit === undefined || rows.length < filter.limit)) {
        const rest = filter.limit === undefined ? undefined : filter.limit - rows.length;
        const { offset: _skipped, ...undated } = filter;
        rows.push(...(await page({ ...undated, after: { dayStart: null, id: 0 }, ...(rest === undefined ? {} : { limit: rest }) })));
      }
      return rows;
    });
  }

  eventStats(filter: EventFilter = {}): Promise<EventStats> {
    return storeOp('counting events', this.location, async () => eventStats(this.db, filter, await this.eventTarget(filter)));
  }

  happenings(filter: EventFilter = {}): Promise<StoredHappening[]> {
    return storeOp('listing happenings', this.location, async () => listHappenings(this.db, filter, happeningTarget(await this.target(filter))));
  }

  happening(id: number): Promise<HappeningDetail | null> {
    return storeOp('reading a happening', this.location, () => readHappening(this.db, id));
  }

  happeningOfEvent(eventId: number): Promise<number | null> {
    return storeOp('reading a happening', this.location, async () => {
      const row = await this.db.selectFrom('happening_reports').select('happening_id').where('event_id', '=', eventId).executeTakeFirst();
      return row ? Number(row.happening_id) : null;
    });
  }

  annotationHistory(documentId: number) {
    return storeOp('reading annotation history', this.location, async () => {
      const rows = await this.db.selectFrom('annotation_history').selectAll().where('document_id', '=', documentId).orderBy('id').execute();
      return rows.map((r) => {
        const line = JSON.parse(r.line) as { events?: unknown[] };
        return { pipelineVersion: r.pipeline_version, status: r.status, annotatedAt: r.annotated_at, replacedAt: r.replaced_at, events: Array.isArray(line.events) ? line.events.length : 0 };
      });
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
      .leftJoin('happening_reports as ehr', 'ehr.event_id', 'e.id')
      .leftJoin('happenings as eh', 'eh.id', 'ehr.happening_id')
      .select(eventColumns)
      .select(eventHappeningColumns);
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
        ...documentFromRow(row),
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
        events: await one(this.db.selectFrom('events').where('candidate', '=', 0).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()),
      };
    });
  }

  revision(): Promise<number> {
    return storeOp('reading the revision', this.location, async () => {
      const row = await this.db.selectFrom('ledger_meta').select('value').where('key', '=', 'revision').executeTakeFirst();
      return Number(row?.value ?? 0);
    });
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}
