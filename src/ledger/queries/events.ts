// The columns an event listing reads, and a row of them as a StoredEvent.
import type { StoredEvent } from '../store.js';
import { parseEvent } from '../../contract/read.js';

export const eventColumns = ['e.id', 'e.document_id', 'e.ordinal', 'e.json', 'd.name', 'd.url', 'c.title', 'c.published'] as const;

export interface EventSelection {
  id: number;
  document_id: number;
  ordinal: number;
  json: string;
  name: string;
  url: string | null;
  title: string | null;
  published: string | null;
}

export function toStoredEvent(row: EventSelection): StoredEvent {
  return {
    id: Number(row.id),
    documentId: Number(row.document_id),
    ordinal: Number(row.ordinal),
    event: parseEvent(row.json),
    document: { id: Number(row.document_id), name: row.name, title: row.title, published: row.published, url: row.url },
  };
}
