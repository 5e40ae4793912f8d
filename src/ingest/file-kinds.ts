// Which files ingest reads, by name ending, as ordered data (longest endings first).
import type { ContentKind } from './types.js';

export interface FileKind {
  suffix: string;
  /** What the file holds: one page of a kind, JSON Lines documents, or a Telegram channel export. */
  holds: ContentKind | 'jsonl' | 'telegram';
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
  // Telegram Desktop's export (result.json); another .json is refused with the reason when read.
  { suffix: '.json', holds: 'telegram', gzip: false },
];

/**
 * Why a file named on the command line is not read: a name ending that is none of FILE_KINDS (a .csv, a
 * .pdf) says the file holds something else, which read as text would make one nonsense document. A
 * name without an ending is sniffed instead (null).
 */
export function unknownKindReason(path: string): string | null {
  if (fileKindOf(path)) return null;
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  const ending = base.slice(dot).toLowerCase();
  const known = FILE_KINDS.filter((k) => !k.gzip).map((k) => k.suffix).join(' ');
  return `${path}: a ${ending} file is not a kind sitrep reads (${known}, also gzipped); for text of another kind, pipe it to "-" with --as text`;
}

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
