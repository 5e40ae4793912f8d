// Splits a JSON Lines file into one SourceDocument per non-blank line, keeping each line's bytes as read.
// A line that is not a JSON document object still becomes a SourceDocument (named by its position), so
// that its failure is stored and reported like any other bad document.
import { contentHash } from './hash.js';
import { decodeUtf8 } from './decode.js';
import type { SourceDocument } from './source.js';

function linesOf(bytes: Uint8Array): Array<{ line: number; bytes: Uint8Array }> {
  const out: Array<{ line: number; bytes: Uint8Array }> = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = 1;
  for (let i = start; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      let end = i;
      if (end > start && bytes[end - 1] === 0x0d) end--;
      out.push({ line, bytes: bytes.subarray(start, end) });
      start = i + 1;
      line++;
    }
  }
  return out;
}

/** The fields of a line that name the document, when the line is a JSON object (else nulls). */
function headerOf(lineBytes: Uint8Array): { id: string | null; kind: 'text' | 'html'; url: string | null; published: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(lineBytes));
  } catch {
    // Not JSON: the line is still kept; rawDocumentOf reports the parse error as the document's failure.
    return { id: null, kind: 'text', url: null, published: null };
  }
  const o = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? String(o.id) : null;
  return {
    id,
    kind: typeof o.html === 'string' ? 'html' : 'text',
    url: typeof o.url === 'string' ? o.url : null,
    published: typeof o.published === 'string' && o.published.trim() ? o.published.trim() : null,
  };
}

export function jsonlDocuments(bytes: Uint8Array, sourcePath: string | null, container: 'jsonl' = 'jsonl'): SourceDocument[] {
  const where = sourcePath ?? 'stdin';
  return linesOf(bytes)
    .filter((l) => decodeUtf8(l.bytes).trim() !== '')
    .map((l) => {
      const header = headerOf(l.bytes);
      const raw = Uint8Array.from(l.bytes);
      return {
        hash: contentHash(raw),
        kind: header.kind,
        container,
        name: header.id ?? `${where}:${l.line}`,
        sourcePath,
        sourceLine: l.line,
        url: header.url,
        givenPublished: header.published,
        raw,
      };
    });
}
