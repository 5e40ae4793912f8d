// A cached JSON answer ready to send: for each form of its body (plain, and gzip or brotli once a client
// has asked for it, see encoded-body.ts), the bytes and the whole header record, built once. A cache hit
// then allocates one Response around them: no Headers object, no header merging, no Content-Length counted
// (@hono/node-server writes a plain header record straight to the socket).
import type { Coding } from './content-coding.js';
import { MIN_COMPRESSED_BYTES, compress, type Bytes, type Compression } from './encoded-body.js';
import { SECURITY_HEADERS, markSecured } from './security-headers.js';

interface Form {
  body: Bytes;
  headers: Readonly<Record<string, string>>;
}

export class CachedReply {
  private readonly plain: Form;
  private readonly packed: Partial<Record<Compression, Form>> = {};
  /** Compressions under way: concurrent requests for the same form share one. */
  private readonly packing: Partial<Record<Compression, Promise<Form>>> = {};

  constructor(body: Bytes) {
    this.plain = form(body, null);
  }

  /** The response for a client that accepts `coding` (plain when the body is too small to gain from it). */
  response(coding: Coding): Response | Promise<Response> {
    if (coding === 'identity' || this.plain.body.byteLength < MIN_COMPRESSED_BYTES) return respond(this.plain);
    const ready = this.packed[coding];
    if (ready) return respond(ready);
    return this.pack(coding).then(respond);
  }

  private pack(coding: Compression): Promise<Form> {
    let pending = this.packing[coding];
    if (!pending) {
      pending = compress(this.plain.body, coding).then((bytes) => (this.packed[coding] = form(bytes, coding)));
      this.packing[coding] = pending;
      // A failed compression fails its requests (a 500 through errors.ts); the next request tries again.
      pending.catch(() => this.packing[coding] === pending && delete this.packing[coding]);
    }
    return pending;
  }
}

// The record is shared by every hit: Response copies it (or, in @hono/node-server, only reads it).
const respond = ({ body, headers }: Form): Response => markSecured(new Response(body, { status: 200, headers: headers as Record<string, string> }));

function form(body: Bytes, encoding: Compression | null): Form {
  return {
    body,
    headers: Object.freeze({
      'content-type': 'application/json; charset=UTF-8',
      'content-length': String(body.byteLength),
      ...(encoding ? { 'content-encoding': encoding } : {}),
      // Every form says it depends on Accept-Encoding, so a shared cache never hands a brotli body to a
      // client that did not ask for one (nor the plain one to every client).
      vary: 'Accept-Encoding',
      ...SECURITY_HEADERS,
    }),
  };
}
