// An answer's JSON bytes as sent plain and compressed (gzip, brotli), made once when the answer is made
// (in a reader thread when there is one) and cached with it: a page of 100 events is ~70 KB of JSON and
// ~5 KB compressed, so a client that accepts a compressed answer costs the server a fourteenth of the
// socket writes, and a cache hit never compresses anything.
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync, type BrotliOptions } from 'node:zlib';

export type Bytes = Uint8Array<ArrayBuffer>;

/** The plain bytes, and each compressed form (null when the body is too small to gain from one). */
export interface EncodedBody {
  plain: Bytes;
  gzip: Bytes | null;
  br: Bytes | null;
}

/** Below this a compressed body saves less than its headers and the client's work cost. */
export const MIN_COMPRESSED_BYTES = 512;

// Quality 4 is as small as gzip's best in half its time; 11 (the default) takes 100 ms a page.
const brotliOptions = (size: number): BrotliOptions => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});

/** A compressed copy as its own ArrayBuffer (zlib may hand back a view of a shared pool), so it can be transferred. */
const own = (b: Buffer): Bytes => new Uint8Array(b) as Bytes;

/** Encodes in this thread: for reader threads, whose whole job this is. */
export function encodeBodySync(plain: Bytes): EncodedBody {
  if (plain.byteLength < MIN_COMPRESSED_BYTES) return { plain, gzip: null, br: null };
  return { plain, gzip: own(gzipSync(plain)), br: own(brotliCompressSync(plain, brotliOptions(plain.byteLength))) };
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** Encodes on libuv's thread pool: for answers made in the server's own thread, which must stay free. */
export async function encodeBody(plain: Bytes): Promise<EncodedBody> {
  if (plain.byteLength < MIN_COMPRESSED_BYTES) return { plain, gzip: null, br: null };
  const [gz, br] = await Promise.all([gzipAsync(plain), brotliAsync(plain, brotliOptions(plain.byteLength))]);
  return { plain, gzip: own(gz), br: own(br) };
}

/** The buffers to transfer (not copy) when the body is posted to another thread. */
export const transferList = (body: EncodedBody): ArrayBuffer[] => [body.plain, body.gzip, body.br].filter((b): b is Bytes => b !== null).map((b) => b.buffer);
