// The text an event's evidence spans point at, recovered from what the ledger stored: the input text for
// text documents, document.body (or a feed item's text) for html ones, as the contract defines offsets.
import { SitrepError } from '../errors.js';
import { rawDocumentOf } from '../ingest/raw-document.js';
import type { StoredDocument } from './store.js';

interface Span {
  start: number;
  end: number;
  item?: number;
}

function isSpan(v: unknown): v is Span {
  const o = v as Span;
  return typeof o === 'object' && o !== null && typeof o.start === 'number' && typeof o.end === 'number';
}

/**
 * The input text of a stored text document, or null when its stored bytes no longer make a document (a
 * SitrepError: undecodable, too large, empty). Anything else thrown is a bug and is not hidden.
 */
function storedText(doc: StoredDocument): string | null {
  try {
    return rawDocumentOf(doc).content;
  } catch (err) {
    if (err instanceof SitrepError) return null;
    throw err;
  }
}

/** The text each span covers, in order; a span the stored text cannot resolve gives null. */
export function evidenceTexts(doc: StoredDocument, spans: unknown): Array<string | null> {
  if (!Array.isArray(spans)) return [];
  const d = (doc.line?.document ?? {}) as { body?: unknown; items?: Array<{ text?: unknown }> };
  let input: string | null | undefined;
  const inputText = () => (input === undefined ? (input = doc.kind === 'text' ? storedText(doc) : null) : input);
  return spans.map((span) => {
    if (!isSpan(span)) return null;
    let text: string | null;
    if (span.item !== undefined) {
      const item = d.items?.[span.item]?.text;
      text = typeof item === 'string' ? item : null;
    } else if (doc.kind === 'html') text = typeof d.body === 'string' ? d.body : null;
    else text = inputText();
    if (text === null || span.start < 0 || span.end > text.length || span.end < span.start) return null;
    return text.slice(span.start, span.end);
  });
}
