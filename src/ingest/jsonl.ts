// Splits a JSON Lines file into one SourceDocument per non-blank line, keeping each line's bytes as read.
// A line that is not a JSON document object still becomes a SourceDocument (named by its position), so
// that its failure is stored and reported like any other bad document.
import { contentHash } from './hash.js';
import { decodeUtf8 } from './decode.js';
import { documentIdOf } from './document.js';
import type { SourceDocument } from './source.js';

/**
 * The one rule for where a JSON Lines line ends, for `sitrep ingest` and `sitrep annotate` alike: at "\n",
 * with one "\r" before it dropped. A lone "\r" ends nothing: JSON allows it as white space inside a
 * line. A UTF-8 byte-order mark at the very start is dropped. Fed chunk by chunk, so a stream is split as
 * it comes, however long its lines.
 */
export class LineSplitter {
  private pending: Uint8Array[] = [];
  private started = false;
  private line = 1;

  /** The lines completed by `chunk`, numbered from 1. */
  push(chunk: Uint8Array): Array<{ line: number; bytes: Uint8Array }> {
    let bytes = chunk;
    if (!this.started && bytes.length > 0) {
      this.started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    const out: Array<{ line: number; bytes: Uint8Array }> = [];
    let start = 0;
    for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, start)) {
      out.push(this.take(bytes.subarray(start, i)));
      start = i + 1;
    }
    if (start < bytes.length) this.pending.push(bytes.subarray(start));
    return out;
  }

  /** The last line, when the input does not end with a line break (else an empty one). */
  end(): { line: number; bytes: Uint8Array } {
    return this.take(new Uint8Array(0));
  }

  private take(tail: Uint8Array): { line: number; bytes: Uint8Array } {
    let bytes = this.pending.length ? Buffer.concat([...this.pending, tail]) : tail;
    this.pending = [];
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    return { line: this.line++, bytes };
  }
}

/** The lines of a stream of bytes, as LineSplitter ends them. */
export async function* streamLines(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<{ line: number; bytes: Uint8Array }> {
  const splitter = new LineSplitter();
  for await (const chunk of stream) yield* splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const last = splitter.end();
  if (last.bytes.length > 0) yield last;
}

function linesOf(bytes: Uint8Array): Array<{ line: number; bytes: Uint8Array }> {
  const splitter = new LineSplitter();
  return [...splitter.push(bytes), splitter.end()];
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
  return {
    id: documentIdOf(o),
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
