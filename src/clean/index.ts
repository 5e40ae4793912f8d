// The clean stage: a raw page in, the article and the page's other parts out.
import type { RawDocument } from '../ingest/types.js';
import type { CleanedDocument } from './types.js';
import { cleanHtml } from './html/index.js';
import { cleanText } from './text/index.js';

export function clean(raw: RawDocument): CleanedDocument {
  const doc = raw.kind === 'html' ? cleanHtml(raw) : cleanText(raw);
  if (raw.published) {
    doc.published = raw.published;
    doc.publishedSource = 'given';
    doc.publishedEvidence = 'given by the caller';
  }
  return doc;
}
