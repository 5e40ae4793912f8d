// The columns an event listing reads, and a row of them as a StoredEvent.
import type { StoredEvent } from '../store.js';
import { parseEvent } from '../../contract/read.js';

export const eventColumns = ['e.id', 'e.document_id', 'e.ordinal', 'e.json', 'd.name', 'd.url', 'c.title', 'c.published'] as const;

/**
 * The happening an event reports, read beside it (left joins of `happening_reports as ehr` and `happenings
 * as eh` on the event `e`): its verification is the one every edge shows.
 */
export const eventHappeningColumns = ['eh.id as of_happening', 'eh.verification as of_happening_verification', 'eh.independent_sources as of_happening_sources'] as const;

export interface EventSelection {
  id: number;
  document_id: number;
  ordinal: number;
  json: string;
  name: string;
  url: string | null;
  title: string | null;
  published: string | null;
  of_happening?: number | null;
  of_happening_verification?: string | null;
  of_happening_sources?: number | null;
}

export function toStoredEvent(row: EventSelection): StoredEvent {
  const stored: StoredEvent = {
    id: Number(row.id),
    documentId: Number(row.document_id),
    ordinal: Number(row.ordinal),
    event: parseEvent(row.json),
    document: { id: Number(row.document_id), name: row.name, title: row.title, published: row.published, url: row.url },
  };
  if (row.of_happening !== undefined && row.of_happening !== null) {
    stored.happening = { id: Number(row.of_happening), verification: String(row.of_happening_verification), independentSources: Number(row.of_happening_sources) };
  }
  return stored;
}
