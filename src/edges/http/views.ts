// The JSON shapes the API returns. Events keep the contract's fields as stored; documents leave out the
// raw bytes (served only as their size) so a page of results stays small.
import type { StoredDocument, StoredEvent } from '../../ledger/store.js';
import type { DocumentView, EventView } from './view-schemas.js';

export function eventView(e: StoredEvent): EventView {
  return { id: e.id, document: e.document, ordinal: e.ordinal, ...e.event };
}

export function documentView(d: StoredDocument): DocumentView {
  const doc = d.line?.document ?? null;
  return {
    id: d.id,
    hash: d.hash,
    kind: d.kind,
    name: d.name,
    url: d.url,
    bytes: d.raw.byteLength,
    ingestedAt: d.ingestedAt,
    title: d.title,
    published: d.published,
    publishedSource: d.publishedSource,
    pipelineVersion: d.pipelineVersion,
    status: d.status,
    error: d.line?.error ?? null,
    byline: doc?.byline ?? null,
    siteName: doc?.siteName ?? null,
    body: typeof doc?.body === 'string' ? doc.body : '',
    items: Array.isArray(doc?.items) ? doc.items : [],
    events: Array.isArray(d.line?.events) ? d.line.events.length : 0,
  };
}
