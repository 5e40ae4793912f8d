// What the ingest stage hands to cleaning: one document, validated, with its content as text.

export type ContentKind = 'text' | 'html';

export interface RawDocument {
  /** Caller's id, echoed back unchanged. */
  id: string;
  kind: ContentKind;
  /** The page: HTML source or flattened text, already decoded to a JS string. */
  content: string;
  url?: string;
  /** Document creation time given by the caller (ISO date or date-time). */
  published?: string;
}
