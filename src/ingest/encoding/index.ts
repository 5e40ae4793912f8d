// Bytes of an HTML or text page to a JS string. Order of evidence, as browsers use it: a byte-order mark,
// then the declared charset (HTTP header, then <meta>), checked against the bytes, then detection.
import iconv from 'iconv-lite';
import chardet from 'chardet';
import { SitrepError, ERROR_CODES } from '../../errors.js';
import { sniffDeclaredCharset, charsetFromContentType } from './declared.js';
import { canonicalEncoding } from './labels.js';

export interface DecodeHint {
  /** The HTTP Content-Type header, e.g. "text/html; charset=windows-1251". */
  contentType?: string;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes page bytes; throws SitrepError(bad_encoding) only when no supported encoding gives text. */
export function decodeBytes(buf: Uint8Array, hint?: DecodeHint): string {
  if (buf.length === 0) return '';
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => buf[i] === b)) return checked(decodeAs(buf.subarray(bom.bytes.length), bom.encoding), bom.encoding);
  }
  const declared = canonicalEncoding(charsetFromContentType(hint?.contentType)) ?? canonicalEncoding(sniffDeclaredCharset(buf));
  const utf8 = tryUtf8(buf);
  // A page declared as a single-byte charset whose bytes are valid multi-byte UTF-8 was mislabelled.
  if (utf8 !== null && (declared === null || declared === 'utf-8' || hasMultiByte(buf))) return checked(utf8, 'utf-8');
  if (declared !== null && declared !== 'utf-8') return checked(decodeAs(buf, declared), declared);
  const detected = canonicalEncoding(chardet.detect(buf) ?? undefined);
  if (detected !== null && detected !== 'utf-8') return checked(decodeAs(buf, detected), detected);
  // Declared UTF-8 (or detected as such) but invalid: decode leniently if the damage is small.
  return checked(decodeAs(buf, 'utf-8'), 'utf-8');
}

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return strictUtf8.decode(buf);
  } catch (err) {
    if (err instanceof TypeError) return null;
    throw err;
  }
}

function hasMultiByte(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) if (buf[i]! >= 0x80) return true;
  return false;
}

function decodeAs(buf: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding);
}

/** Text that is mostly replacement or control characters was never text in that encoding. */
function checked(text: string, encoding: string): string {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13)) bad++;
  }
  if (text.length > 0 && bad / text.length > 0.1) {
    throw new SitrepError(ERROR_CODES.BAD_ENCODING, `bytes are not text in ${encoding}`, {
      encoding,
      badShare: Math.round((bad / text.length) * 1000) / 1000,
    });
  }
  return text;
}
