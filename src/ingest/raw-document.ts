// Rebuilds the pipeline's RawDocument from a document's stored bytes. Ingest runs this on what it just
// read, and the ledger on what it kept, so both see the same text. Throws SitrepError for a bad document.
import { ERROR_CODES, SitrepError } from '../errors.js';
import { MAX_DOCUMENT_CHARS, toRawDocument } from './document.js';
import { decodeDocumentBytes, decodeUtf8 } from './decode.js';
import type { SourceDocument } from './source.js';
import type { RawDocument } from './types.js';

type StoredBytes = Pick<SourceDocument, 'kind' | 'container' | 'name' | 'raw' | 'url' | 'givenPublished'>;

export function rawDocumentOf(doc: StoredBytes): RawDocument {
  if (doc.container === 'jsonl') {
    let value: unknown;
    try {
      value = JSON.parse(decodeUtf8(doc.raw));
    } catch (err) {
      throw new SitrepError(ERROR_CODES.BAD_JSON, `${doc.name}: not valid JSON (${(err as Error).message})`, { name: doc.name });
    }
    return toRawDocument(value);
  }
  const content = decodeDocumentBytes(doc.raw, doc.kind);
  if (content.length > MAX_DOCUMENT_CHARS) {
    throw new SitrepError(ERROR_CODES.TOO_LARGE, `${doc.name} is ${content.length} characters; the limit is ${MAX_DOCUMENT_CHARS}`, { name: doc.name });
  }
  if (!content.trim()) throw new SitrepError(ERROR_CODES.EMPTY, `${doc.name} is empty`, { name: doc.name });
  const raw: RawDocument = { id: doc.name, kind: doc.kind, content };
  if (doc.url) raw.url = doc.url;
  if (doc.givenPublished) raw.published = doc.givenPublished;
  return raw;
}
