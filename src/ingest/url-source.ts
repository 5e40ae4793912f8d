// Fetched pages as SourceDocuments: what the Content-Type says the body is, the charset it declares, and
// the bytes the ledger keeps. The document's name is the URL as given, its url the one the body came from.
import { decodeBytes } from './encoding/index.js';
import { charsetFromContentType } from './encoding/declared.js';
import { ERROR_CODES, SitrepError } from '../errors.js';
import { sniffKind } from './file-kinds.js';
import { contentHash } from './hash.js';
import type { FetchedResource } from './http-fetch.js';
import type { SourceDocument } from './source.js';
import type { ContentKind } from './types.js';

/** What a body of a media type is taken for, in order; `sniff` looks at the first bytes. */
const MEDIA_TYPES: ReadonlyArray<{ type: RegExp; holds: ContentKind | 'feed' | 'sniff' }> = [
  { type: /^(?:text\/html|application\/xhtml\+xml)$/, holds: 'html' },
  { type: /^text\/plain$/, holds: 'text' },
  { type: /^application\/(?:rss|atom|rdf)\+xml$/, holds: 'feed' },
  { type: /^(?:application|text)\/xml$/, holds: 'sniff' },
  { type: /^(?:|application\/octet-stream|binary\/octet-stream)$/, holds: 'sniff' },
];

const FEED_ROOT = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/;

const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf);

export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

/** What the body holds: a page of a kind, a feed, or null for anything that is not text (images, PDFs). */
export function bodyKind(contentType: string | null, bytes: Uint8Array): ContentKind | 'feed' | null {
  const media = mediaTypeOf(contentType);
  const rule = MEDIA_TYPES.find((r) => r.type.test(media));
  if (!rule) return null;
  if (rule.holds !== 'sniff') return rule.holds;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  if (FEED_ROOT.test(head)) return 'feed';
  const sniffed = sniffKind(bytes);
  return sniffed === 'jsonl' ? 'text' : sniffed;
}

/**
 * The bytes to store for a page. They are kept as fetched when they decode to the same text without the
 * HTTP header (which the ledger does not keep); otherwise the decoded text is stored as UTF-8 behind a
 * byte-order mark, so that reading the stored bytes again gives exactly the text the header meant.
 */
export function storedBytes(bytes: Uint8Array, contentType: string | null): { raw: Uint8Array; text: string } {
  const text = decodeBytes(bytes, contentType ? { contentType } : undefined);
  if (!charsetFromContentType(contentType ?? undefined) || decodesAlone(bytes, text)) return { raw: bytes, text };
  return { raw: Buffer.concat([UTF8_BOM, Buffer.from(text, 'utf8')]), text };
}

function decodesAlone(bytes: Uint8Array, text: string): boolean {
  try {
    return decodeBytes(bytes) === text;
  } catch (err) {
    // Without the header the bytes are no text at all: that is a "no", anything else is a bug.
    if (err instanceof SitrepError && err.code === ERROR_CODES.BAD_ENCODING) return false;
    throw err;
  }
}

/** A fetched page as a document; throws SitrepError for a body that is not a page. */
export function pageDocument(res: FetchedResource, givenPublished: string | null = null): SourceDocument {
  const kind = bodyKind(res.contentType, res.bytes);
  if (kind === 'feed') {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `${res.requestedUrl} is a feed, not a page: use sitrep watch`, { url: res.url, transient: false });
  }
  if (kind === null) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `${res.requestedUrl} is not a web page (Content-Type ${mediaTypeOf(res.contentType)})`, {
      url: res.url,
      transient: false,
    });
  }
  const { raw } = storedBytes(res.bytes, res.contentType);
  return {
    hash: contentHash(raw),
    kind,
    // The ledger knows files, .jsonl lines and stdin; a page is one file-like document whose url says where it came from.
    container: 'file',
    name: res.requestedUrl,
    sourcePath: null,
    sourceLine: null,
    url: res.url,
    givenPublished,
    raw,
  };
}
