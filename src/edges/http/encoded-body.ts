// An answer's JSON bytes compressed for a client that accepts it (gzip, brotli). A page of 100 events is
// ~70 KB of JSON and ~5.5 KB compressed. Each form is made on libuv's thread pool, off the server's thread,
// the first time a client asks for it (cached-reply.ts keeps it with the answer), so a cache hit never
// compresses anything and a form nobody asks for is never made.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type Bytes = Uint8Array<ArrayBuffer>;
export type Compression = 'gzip' | 'br';

/** Below this a compressed body saves less than its headers and the client's work cost. */
export const MIN_COMPRESSED_BYTES = 512;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export async function compress(plain: Bytes, coding: Compression): Promise<Bytes> {
  const packed =
    coding === 'gzip'
      ? await gzipAsync(plain)
      : // Quality 4 is as small as gzip's best in half its time; 11 (the default) takes 100 ms a page.
        await brotliAsync(plain, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength },
        });
  // zlib may hand back a view of a larger chunk; a copy of the exact size keeps the cache's memory to the bytes.
  return (packed.byteLength === packed.buffer.byteLength ? new Uint8Array(packed.buffer) : new Uint8Array(packed)) as Bytes;
}
