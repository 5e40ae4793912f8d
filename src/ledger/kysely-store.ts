// LedgerStore over Kysely: the queries are written once and run on any Kysely dialect. Every value goes in
// as a bound parameter; the only SQL text built here is fixed.
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import { documentFromRow, putDocument } from './put-document.js';
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { ContractLine } from '../edges/contract.js';
import type { LedgerDatabase } from './schema.js';
import { eventRow } from './event-row.js';
import { POSTGRES, SQLITE, type SqlFlavor } from './migrations/flavor.js';
import { linkSavedEvents } from './happenings/link-on-save.js';
import { outletOf } from './happenings/outlet.js';
import type { ReportRow } from './happenings/report.js';
import { minhash, signatureToHex } from './linking/fingerprint.js';
import { typeFamily } from './linking/link.js';
import { applyEventFilter, type FilterTarget } from './queries/event-filter.js';
import { eventColumns, toStoredEvent } from './queries/events.js';
import { happeningTarget, listHappenings, readHappening } from './queries/happenings.js';
import { eventStats } from './queries/stats.js';
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
        .select((eb) => eb.selectFrom('events as e').whereRef('e.document_id', '=', 'd.id').select(eb.fn.countAll<number>().as('n')).as('events'))
        .where('d.hash', '=', hash)
        .executeTakeFirst();
      if (!row) return null;
      return { documentId: Number(row.id), pipelineVersion: row.pipeline_version, status: row.status, events: Number(row.events ?? 0) };
    });
  }

  save(doc: DocumentInput, annotation: AnnotationInput, opts: SaveOptions = {}): Promise<SaveResult> {
    return storeOp('saving a document', this.location, () =>
      this.db.transaction().execute(async (trx) => {
        const { documentId, created } = await this.upsertDocument(trx, doc);
        const previous = created ? null : await this.retireAnnotation(trx, documentId);
        await trx.deleteFrom('events').where('document_id', '=', documentId).execute();
        await trx.deleteFrom('cleaned_documents').where('document_id', '=', documentId).execute();
        await trx.deleteFrom('annotations').where('document_id', '=', documentId).execute();
        await trx.deleteFrom('document_sources').where('document_id', '=', documentId).execute();
        await this.unindexText(trx, documentId);
        const rows = await this.insertAnnotation(trx, documentId, doc, annotation);
        if (opts.link !== false) {
          const outlet = await trx.selectFrom('document_sources').select('outlet').where('document_id', '=', documentId).executeTakeFirst();
          const by = `document ${documentId}${outlet?.outlet ? ` (${outlet.outlet})` : ''}`;
          const reason = previous
            ? `${by} re-annotated (${previous.pipelineVersion} → ${annotation.pipelineVersion})`
            : `report from ${by}`;
          await this.lockFamilies(trx, rows.map((r) => typeFamily(r.type)));
          await linkSavedEvents(trx, rows, previous?.happenings ?? [], { documentId, reason });
        }
        await trx.updateTable('ledger_meta').set((eb) => ({ value: eb('value', '+', 1) })).where('key', '=', 'revision').execute();
        return { documentId, created, events: rows.length };
      }),
    );
  }

  /**
   * Before a document's annotation is replaced: keeps the old one in annotation_history (when there was
   * one) and returns the happenings its events belonged to, which must be re-counted without them.
   */
  private async retireAnnotation(trx: Transaction<LedgerDatabase>, documentId: number): Promise<{ pipelineVersion: string; happenings: number[] } | null> {
    const old = await trx.selectFrom('annotations').selectAll().where('document_id', '=', documentId).executeTakeFirst();
    if (!old) return null;
    await trx
      .insertInto('annotation_history')
      .values({ document_id: documentId, pipeline_version: old.pipeline_version, status: old.status, line: old.line, annotated_at: old.annotated_at, replaced_at: new Date().toISOString() })
      .execute();
    const happenings = await trx
      .selectFrom('happening_reports as hr')
      .innerJoin('events as e', 'e.id', 'hr.event_id')
      .select('hr.happening_id')
      .distinct()
      .where('e.document_id', '=', documentId)
      .execute();
    return { pipelineVersion: old.pipeline_version, happenings: happenings.map((h) => Number(h.happening_id)) };
  }

  private upsertDocument(trx: Transaction<LedgerDatabase>, doc: DocumentInput): Promise<{ documentId: number; created: boolean }> {
    return putDocument(trx, doc, this.toBytes);
  }

  private async insertAnnotation(trx: Transaction<LedgerDatabase>, documentId: number, doc: DocumentInput, a: AnnotationInput): Promise<ReportRow[]> {
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
      const title = s(d.title);
      const body = s(d.body) ?? '';
      await trx
        .insertInto('cleaned_documents')
        .values({
          document_id: documentId,
          title,
          byline: s(d.byline),
          published: s(d.published),
          published_source: s(d.publishedSource),
          site_name: s(d.siteName),
          language: s(d.language),
          canonical_url: s(d.canonicalUrl),
          body,
        })
        .execute();
      await trx
        .insertInto('document_sources')
        .values({ document_id: documentId, outlet: outletOf(s(d.siteName), doc.url, s(d.canonicalUrl)), signature: signatureToHex(minhash(`${title ?? ''}\n${body}`)) })
        .execute();
      await this.indexText(trx, documentId, title, body);
    }
    const events = (line.events ?? []) as Array<Record<string, unknown>>;
    const stored: ReportRow[] = [];
    // Inserted in chunks so a long live blog stays under any driver's bound-parameter limit.
    for (let i = 0; i < events.length; i += 100) {
      const rows = events.slice(i, i + 100).map((e, k) => eventRow(documentId, i + k, e));
      const ids = await trx.insertInto('events').values(rows).returning(['id', 'ordinal']).execute();
      for (const { id, ordinal } of ids) {
        const row = rows[Number(ordinal) - i]!;
        stored.push({ ...(row as Omit<ReportRow, 'id'>), id: Number(id) } as ReportRow);
      }
    }
    return stored;
  }

  /**
   * Two PostgreSQL workers saving reports of one happening at once would each see no happening and start
   * one apiece; a transaction lock per type family (taken in sorted order, so never crosswise) makes
   * them link one after the other. SQLite has one writer at a time already.
   */
  private async lockFamilies(trx: Transaction<LedgerDatabase>, families: string[]): Promise<void> {
    if (this.flavor.name !== 'postgres') return;
    for (const family of [...new Set(families)].sort()) await sql`select pg_advisory_xact_lock(hashtext(${`sitrep-link:${family}`}))`.execute(trx);
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
  private async target(filter: EventFilter): Promise<Omit<FilterTarget, 'verification' | 'id' | 'documentsIn'>> {
    // The longest span is read (from its index) only when a `since` needs it.
    const span = filter.since ? await this.db.selectFrom('events').select((eb) => eb.fn.max('day_span').as('m')).executeTakeFirst() : undefined;
    return { flavor: this.flavor, maxSpanDays: Number(span?.m ?? 0) };
  }

  private async eventTarget(filter: EventFilter): Promise<FilterTarget> {
    return { ...(await this.target(filter)), verification: 'e.verification', id: 'e.id', documentsIn: (docs) => sql`e.document_id in (${docs})` };
  }

  events(filter: EventFilter = {}): Promise<StoredEvent[]> {
    return storeOp('listing events', this.location, async () => {
      const target = await this.eventTarget(filter);
      const page = async (f: EventFilter) => {
        // NULLS LAST (SQLite 3.30+, PostgreSQL) keeps the (day_start, id) index usable, unlike a CASE expression.
        let q = applyEventFilter(this.eventQuery(), f, target).orderBy(sql`e.day_start nulls last`).orderBy('e.id');
        if (f.limit !== undefined) q = q.limit(f.limit);
        return (await q.execute()).map(toStoredEvent);
      };
      const rows = await page(filter);
      // After a dated row, the undated rows come last: read them once the dated ones run out.
      if (filter.after && filter.after.dayStart !== null && (filter.limit === undefined || rows.length < filter.limit)) {
        const rest = filter.limit === undefined ? undefined : filter.limit - rows.length;
        rows.push(...(await page({ ...filter, after: { dayStart: null, id: 0 }, ...(rest === undefined ? {} : { limit: rest }) })));
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
      .select(eventColumns);
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
        events: await one(this.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()),
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
