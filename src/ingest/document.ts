// Turns one parsed batch line (or a file read from disk) into a validated RawDocument.
import { ERROR_CODES, SitrepError } from '../errors.js';
import type { RawDocument } from './types.js';

/** Documents larger than this are refused with a typed error rather than tying up the batch. */
export const MAX_DOCUMENT_CHARS = 32 * 1024 * 1024;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A document's "id" as text, when it has one of the kinds an id may be (a string or a number); else null. */
export function documentIdOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

export function toRawDocument(value: unknown): RawDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, 'a document must be a JSON object');
  }
  const o = value as Record<string, unknown>;
  if (typeof o.id !== 'string' && typeof o.id !== 'number') {
    throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, 'a document needs an "id" (string)');
  }
  const id = String(o.id);
  const hasText = typeof o.text === 'string';
  const hasHtml = typeof o.html === 'string';
  if (hasText === hasHtml) {
    throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, 'a document needs exactly one of "text" or "html" (a string)', { id });
  }
  const content = (hasText ? o.text : o.html) as string;
  if (content.length > MAX_DOCUMENT_CHARS) {
    throw new SitrepError(ERROR_CODES.TOO_LARGE, `document is ${content.length} characters; the limit is ${MAX_DOCUMENT_CHARS}`, { id });
  }
  // As a file of white space is refused: the same document must fare the same whichever way it came in.
  if (!content.trim()) throw new SitrepError(ERROR_CODES.EMPTY, `document "${id}" has no text`, { id });
  const doc: RawDocument = { id, kind: hasText ? 'text' : 'html', content };
  if (o.url !== undefined && o.url !== null) {
    if (typeof o.url !== 'string') throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, '"url" must be a string', { id });
    doc.url = o.url;
  }
  if (o.published !== undefined && o.published !== null && o.published !== '') {
    if (typeof o.published !== 'string' || !ISO_DATE.test(o.published.trim())) {
      throw new SitrepError(ERROR_CODES.BAD_DOCUMENT, '"published" must be an ISO date or date-time', { id });
    }
    doc.published = o.published.trim();
  }
  return doc;
}
