// Which files ingest reads, by name ending, as ordered data (longest endings first).
import type { ContentKind } from './types.js';

export interface FileKind {
  suffix: string;
  /** What the file holds: one page of a kind, or JSON Lines documents. */
  holds: ContentKind | 'jsonl';
  gzip: boolean;
}

export const FILE_KINDS: readonly FileKind[] = [
  { suffix: '.html.gz', holds: 'html', gzip: true },
  { suffix: '.htm.gz', holds: 'html', gzip: true },
  { suffix: '.txt.gz', holds: 'text', gzip: true },
  { suffix: '.jsonl.gz', holds: 'jsonl', gzip: true },
  { suffix: '.html', holds: 'html', gzip: false },
  { suffix: '.htm', holds: 'html', gzip: false },
  { suffix: '.txt', holds: 'text', gzip: false },
  { suffix: '.jsonl', holds: 'jsonl', gzip: false },
];

export function fileKindOf(path: string): FileKind | null {
  const lower = path.toLowerCase();
  return FILE_KINDS.find((k) => lower.endsWith(k.suffix)) ?? null;
}

/** For input whose name says nothing (stdin, an explicitly named file): JSON Lines, a page, or text. */
export function sniffKind(bytes: Uint8Array): ContentKind | 'jsonl' {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] === 0x7b /* { */) return 'jsonl';
  if (bytes[i] === 0x3c /* < */) return 'html';
  return 'text';
}
