// Reads what `sitrep ingest` is pointed at: files, folders (recursively, in name order, skipping hidden
// entries and files of other kinds), http(s) URLs and "-" for standard input. Yields documents one by one;
// a path or URL that cannot be read is yielded as a typed failure and the rest goes on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ERROR_CODES, SitrepError } from '../errors.js';
import { MAX_DOCUMENT_CHARS } from './document.js';
import { fileKindOf, sniffKind, unknownKindReason, type FileKind } from './file-kinds.js';
import { contentHash } from './hash.js';
import { HttpClient, type FetchOptions } from './http-fetch.js';
import { fetchPages } from './url-reader.js';
import { jsonlDocuments } from './jsonl.js';
import { isTelegramExport, parseTelegramExport, telegramDocuments } from './telegram.js';
import type { SourceDocument, SourceItem } from './source.js';
import type { ContentKind } from './types.js';

/** Files larger than this are refused unread (a .jsonl file may hold many documents, so it gets more room). */
const MAX_FILE_BYTES = 4 * MAX_DOCUMENT_CHARS;
const MAX_JSONL_BYTES = 64 * MAX_DOCUMENT_CHARS;

export interface ReadOptions {
  stdin?: NodeJS.ReadableStream;
  /** What standard input holds; sniffed from its first byte when not given. */
  stdinKind?: ContentKind | 'jsonl';
  /** Limits of each fetch, and the hosts allowed although not public. */
  fetchLimits?: FetchOptions;
  /** Pages fetched at once. */
  concurrency?: number;
  /** Stops fetching (a shutdown). */
  signal?: AbortSignal;
}

const unreadable = (where: string, err: unknown) =>
  new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${where}: ${(err as Error).message}`, { path: where }, { cause: err });

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function documentsOf(bytes: Uint8Array, holds: ContentKind | 'jsonl', path: string | null, container: 'file' | 'stdin'): SourceDocument[] {
  if (holds === 'jsonl') return jsonlDocuments(bytes, path === null ? null : resolve(path));
  const raw = Uint8Array.from(bytes);
  return [
    {
      hash: contentHash(raw),
      kind: holds,
      container,
      name: path ?? 'stdin',
      sourcePath: path === null ? null : resolve(path),
      sourceLine: null,
      url: null,
      givenPublished: null,
      raw,
    },
  ];
}

/** A folder's .json files other than Telegram exports (metadata, gold files) are not documents: passed over. */
function isOtherJson(bytes: Uint8Array): boolean {
  try {
    return !isTelegramExport(JSON.parse(Buffer.from(bytes).toString('utf8')));
  } catch {
    return true; // not JSON at all: no export either, so nothing of the folder's documents
  }
}

async function* readFileItems(path: string, kind: FileKind | null, inFolder = false): AsyncGenerator<SourceItem> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(path);
    const limit = kind?.holds === 'jsonl' || kind?.holds === 'telegram' ? MAX_JSONL_BYTES : MAX_FILE_BYTES;
    if (size > limit) {
      yield { failure: { where: path, error: new SitrepError(ERROR_CODES.TOO_LARGE, `${path} is ${size} bytes; the limit is ${limit}`, { path }) } };
      return;
    }
    bytes = await readFile(path);
  } catch (err) {
    yield { failure: { where: path, error: unreadable(path, err) } };
    return;
  }
  if (kind?.gzip) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES });
    } catch (err) {
      yield { failure: { where: path, error: new SitrepError(ERROR_CODES.BAD_ENCODING, `${path}: not valid gzip (${(err as Error).message})`, { path }, { cause: err }) } };
      return;
    }
  }
  if (kind?.holds === 'telegram') {
    if (inFolder && isOtherJson(bytes)) return;
    try {
      const { documents, skipped } = telegramDocuments(parseTelegramExport(bytes, path), resolve(path));
      for (const document of documents) yield { document };
      const counts = { 'service messages': skipped.service, 'messages without text': skipped.empty };
      if (skipped.service + skipped.empty > 0) yield { skipped: { where: path, counts } };
    } catch (err) {
      if (!(err instanceof SitrepError)) throw err;
      yield { failure: { where: path, error: err } };
    }
    return;
  }
  for (const document of documentsOf(bytes, kind?.holds ?? sniffKind(bytes), path, 'file')) yield { document };
}

/** What one command-line argument leads to: a file, standard input, a URL, or a failure to look at a path. */
export type ReadTarget =
  | { file: string; kind: FileKind | null; inFolder?: boolean }
  | { stdin: true }
  | { url: string }
  | { failure: { where: string; error: SitrepError } };

/** An argument with a scheme ("https://…", "ftp://…") is a URL; fetching refuses all but http and https. */
export function isUrlArgument(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

/** A directory's identity, whatever path reaches it (through links or not). */
const directoryKey = (s: { dev: bigint; ino: bigint }) => `${s.dev}:${s.ino}`;

/**
 * The folders one walk has entered, by device and inode, so that each is read once however many links
 * lead to it; `open` holds those the walk is inside, so that a link back to one of them (a loop) is
 * reported, once per link, rather than followed.
 */
interface WalkState {
  entered: Set<string>;
  open: Set<string>;
}

async function* walk(dir: string, key: string, state: WalkState): AsyncGenerator<ReadTarget> {
  state.entered.add(key);
  state.open.add(key);
  try {
    yield* walkEntries(dir, state);
  } finally {
    state.open.delete(key);
  }
}

async function* walkEntries(dir: string, state: WalkState): AsyncGenerator<ReadTarget> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { failure: { where: dir, error: unreadable(dir, err) } };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    // A link whose target cannot be stat'ed is treated as a file, so reading it reports the failure.
    const target = entry.isDirectory() || entry.isSymbolicLink() ? await stat(path, { bigint: true }).catch(() => null) : null;
    if (target?.isDirectory()) {
      const key = directoryKey(target);
      if (state.open.has(key)) {
        const error = new SitrepError(ERROR_CODES.UNREADABLE, `${path} links back to a folder it is inside (a loop); not followed`, { path });
        yield { failure: { where: path, error } };
      } else if (!state.entered.has(key)) yield* walk(path, key, state);
      // Else a second way into a folder read already: its files were read once.
    } else {
      const kind = fileKindOf(entry.name);
      if (kind) yield { file: path, kind, inFolder: true };
    }
  }
}

/** The files, URLs and streams the arguments name, in order, without reading any of them. */
export async function* readTargets(paths: readonly string[]): AsyncGenerator<ReadTarget> {
  const state: WalkState = { entered: new Set(), open: new Set() };
  for (const path of paths) {
    if (path === '-') {
      yield { stdin: true };
      continue;
    }
    if (isUrlArgument(path)) {
      yield { url: path };
      continue;
    }
    let found;
    try {
      found = await stat(path, { bigint: true });
    } catch (err) {
      yield { failure: { where: path, error: unreadable(path, err) } };
      continue;
    }
    const refused = found.isDirectory() ? null : unknownKindReason(path);
    if (refused) yield { failure: { where: path, error: new SitrepError(ERROR_CODES.BAD_DOCUMENT, refused, { path }) } };
    else if (!found.isDirectory()) yield { file: path, kind: fileKindOf(path) };
    else if (!state.entered.has(directoryKey(found))) yield* walk(path, directoryKey(found), state);
  }
}

export async function* readSources(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<SourceItem> {
  let client: HttpClient | null = null;
  // Consecutive URLs are fetched together, a few at a time, and yielded in the order given.
  let urls: string[] = [];
  const fetchPending = async function* (): AsyncGenerator<SourceItem> {
    if (urls.length === 0) return;
    client ??= new HttpClient(opts.fetchLimits);
    const batch = urls;
    urls = [];
    yield* fetchPages(client, batch, { concurrency: opts.concurrency, signal: opts.signal });
  };
  try {
    for await (const target of readTargets(paths)) {
      if ('url' in target) {
        urls.push(target.url);
        continue;
      }
      yield* fetchPending();
      if ('failure' in target) yield target;
      else if ('file' in target) yield* readFileItems(target.file, target.kind, target.inFolder);
      else {
        if (!opts.stdin) throw new SitrepError(ERROR_CODES.USAGE, 'no standard input to read "-" from');
        let bytes: Uint8Array;
        try {
          bytes = await readAll(opts.stdin);
        } catch (err) {
          yield { failure: { where: 'stdin', error: unreadable('standard input', err) } };
          continue;
        }
        for (const document of documentsOf(bytes, opts.stdinKind ?? sniffKind(bytes), null, 'stdin')) yield { document };
      }
    }
    yield* fetchPending();
  } finally {
    if (client) await (client as HttpClient).close();
  }
}
