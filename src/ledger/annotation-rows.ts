// The rows a save writes for one annotation, made before its transaction opens: the contract line as JSON,
// the cleaned document, the outlet and MinHash signature, the events broken out. Making them costs CPU
// (the signature hashes every shingle of the body), and a PostgreSQL transaction held open meanwhile keeps
// its locks, and with them other workers, waiting.
import type { DocumentInput, AnnotationInput } from './store.js';
import type { LedgerDatabase, NewEventRow } from './schema.js';
import type { Insertable } from 'kysely';
import { eventRow } from './event-row.js';
import { outletOf } from './happenings/outlet.js';
import { minhash, signatureToHex } from './linking/fingerprint.js';

type WithoutDocument<T> = Omit<T, 'document_id'>;

export interface AnnotationRows {
  annotation: WithoutDocument<Insertable<LedgerDatabase['annotations']>>;
  /** Absent for an error line, which has no document. */
  cleaned: WithoutDocument<Insertable<LedgerDatabase['cleaned_documents']>> | null;
  source: { outlet: string | null; signature: string } | null;
  /** The events in contract order, then the candidates (flagged); each row's ordinal is its index. */
  events: NewEventRow[];
}

/** The rows of the annotation; events carry document id 0 until the document's id is known. */
export function annotationRows(doc: DocumentInput, a: AnnotationInput): AnnotationRows {
  // The stored line is what the pipeline shows (as before candidates were stored): the candidates live in
  // the events table only, flagged, so the line's readers (show, history, exports) see no difference.
  const { candidates, ...line } = a.line;
  const annotation = {
    pipeline_version: a.pipelineVersion,
    status: line.error ? ('failed' as const) : ('ok' as const),
    error_code: line.error?.code ?? null,
    error_message: line.error?.message ?? null,
    line: JSON.stringify(line),
    annotated_at: new Date().toISOString(),
    ms: a.ms,
  };
  const d = line.document as Record<string, unknown> | undefined;
  let cleaned: AnnotationRows['cleaned'] = null;
  let source: AnnotationRows['source'] = null;
  if (d) {
    const s = (v: unknown) => (typeof v === 'string' ? v : null);
    const title = s(d.title);
    const body = s(d.body) ?? '';
    cleaned = {
      title,
      byline: s(d.byline),
      published: s(d.published),
      published_source: s(d.publishedSource),
      site_name: s(d.siteName),
      language: s(d.language),
      canonical_url: s(d.canonicalUrl),
      body,
    };
    source = { outlet: outletOf(s(d.siteName), doc.url, s(d.canonicalUrl)), signature: signatureToHex(minhash(`${title ?? ''}\n${body}`)) };
  }
  const shown = ((line.events ?? []) as Array<Record<string, unknown>>).map((e, ordinal) => eventRow(0, ordinal, e));
  const below = ((candidates ?? []) as Array<Record<string, unknown>>).map((e, i) => eventRow(0, shown.length + i, e, true));
  const events = [...shown, ...below];
  return { annotation, cleaned, source, events };
}
