// Page bytes to text: the one place ingest decodes, through the encoding detector in src/ingest/encoding
// (byte-order mark, declared charset checked against the bytes, then detection).
import { decodeBytes } from './encoding/index.js';
import type { ContentKind } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/** Throws SitrepError(bad_encoding) when the bytes are text in no supported encoding. */
export function decodeDocumentBytes(bytes: Uint8Array, _kind: ContentKind): string {
  return decodeBytes(bytes);
}

/** JSON Lines are UTF-8 by definition (RFC 8259), whatever the pages inside them were. */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
