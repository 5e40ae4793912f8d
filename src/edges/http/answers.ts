// What the cached read routes answer, as data: a task names the route and its parsed parameters, and
// answer() makes the JSON body from the store. The same function runs in the server's thread or in a
// reader thread (read-pool.ts), so both give byte-for-byte the same answers.
import { ERROR_CODES, SitrepError } from '../../errors.js';
import type { LedgerStore } from '../../ledger/store.js';
import { evidenceOf } from './evidence.js';
import { eventsPage, nativeFilter, type EventsPageOptions } from './events-query.js';
import type { Filters } from './query.js';
import { relatedReports } from './related.js';
import { documentView, eventView } from './views.js';

export type ReadTask =
  | { route: 'events'; filters: Filters; page: EventsPageOptions }
  | { route: 'event'; id: number }
  | { route: 'stats'; filters: Filters };

const notFound = (what: string) => new SitrepError(ERROR_CODES.NOT_FOUND, `no ${what}`);

export async function answer(store: LedgerStore, task: ReadTask): Promise<unknown> {
  switch (task.route) {
    case 'events': {
      const page = await eventsPage(store, task.filters, task.page);
      return { events: page.events.map(eventView), next: page.next };
    }
    case 'event': {
      const event = await store.event(task.id);
      if (!event) throw notFound('such event');
      const doc = await store.document(event.documentId);
      if (!doc) throw notFound('document for this event');
      const related = await relatedReports(store, event);
      return { event: eventView(event), document: documentView(doc), evidence: evidenceOf(doc, event.event), related: related.map(eventView) };
    }
    case 'stats':
      return store.eventStats(nativeFilter(task.filters));
  }
}

const utf8 = new TextEncoder();

/** The answer as the UTF-8 JSON bytes the route sends. */
export async function answerBytes(store: LedgerStore, task: ReadTask): Promise<Uint8Array<ArrayBuffer>> {
  return utf8.encode(JSON.stringify(await answer(store, task))) as Uint8Array<ArrayBuffer>;
}
