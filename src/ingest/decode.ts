// Page bytes to text. The one switch point for the encoding detector in src/clean/encoding (sniffing BOMs,
// <meta charset> and statistics); until it lands, bytes are read as UTF-8 with a BOM dropped.
import type { ContentKind } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeDocumentBytes(bytes: Uint8Array, _kind: ContentKind): string {
  return utf8.decode(bytes);
}

/** JSON Lines are UTF-8 by definition (RFC 8259), whatever the pages inside them were. */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
