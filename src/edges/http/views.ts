// The JSON shapes the API returns. Events keep the contract's fields as stored; documents leave out the
// raw bytes (served only as their size) so a page of results stays small.
import { posix, win32 } from 'node:path';
import { shownVerification } from '../../ledger/linking/corroborate.js';
import type { StoredDocument, StoredEvent, StoredHappening } from '../../ledger/store.js';
import type { DocumentView, EventView } from './view-schemas.js';

/**
 * A document's name as the API shows it. A file read from disk is named by its path, absolute when so
 * given (and a .jsonl line without an id by its file's absolute path and line): the API shows the file's
 * own name, never where the server keeps it. Ids, URLs and relative names are shown as they are.
 */
export function publicName(name: string): string {
  if (posix.isAbsolute(name)) return posix.basename(name);
  if (/^[a-z]:[\\/]/i.test(name) || name.startsWith('\\\\')) return win32.basename(name);
  return name;
}

/**
 * An event as the API returns it: the contract's fields as stored, except `verification`, which is its
 * happening's (the one value every edge shows); what the report's own text said is `reportVerification`.
 */
export function eventView(e: StoredEvent): EventView {
  return {
    id: e.id,
    document: { ...e.document, name: publicName(e.document.name) },
    ordinal: e.ordinal,
    ...e.event,
    verification: shownVerification(e) as EventView['verification'],
    reportVerification: e.event.verification ?? null,
    happeningId: e.happening?.id ?? null,
    independentSources: e.happening?.independentSources ?? 1,
  };
}

export function documentView(d: StoredDocument): DocumentView {
  const doc = d.line?.document ?? null;
  return {
    id: d.id,
    hash: d.hash,
    kind: d.kind,
    name: publicName(d.name),
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

/**
 * One happening as `sitrep events --json` and the JSON Lines export write it: its best report in the
 * contract's event shape (with that report's document), under the happening's id and with the happening's
 * verification, plus how many independent sources report it, the competing fatality figures, and every
 * reporting document.
 */
export function happeningView(h: StoredHappening): Record<string, unknown> {
  return {
    id: h.id,
    ...h.best.event,
    verification: h.verification,
    reportVerification: h.best.event.verification ?? null,
    document: h.best.document,
    reportId: h.best.id,
    independentSources: h.independentSources,
    reports: h.reportCount,
    figures: h.figures,
    sources: h.sources,
  };
}
