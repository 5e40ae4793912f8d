// A cached JSON answer ready to send: for each form of its body (encoded-body.ts), the bytes and the whole
// header record, built once when the answer is made. A cache hit then allocates one Response around them:
// no Headers object, no header merging, no Content-Length counted (@hono/node-server writes a plain
// header record straight to the socket).
import type { Coding } from './content-coding.js';
import type { Bytes, EncodedBody } from './encoded-body.js';
import { SECURITY_HEADERS, markSecured } from './security-headers.js';

interface Form {
  body: Bytes;
  headers: Readonly<Record<string, string>>;
}

export class CachedReply {
  private readonly forms: Record<Coding, Form>;

  constructor(body: EncodedBody) {
    const plain = form(body.plain, null);
    this.forms = {
      identity: plain,
      gzip: body.gzip ? form(body.gzip, 'gzip') : plain,
      br: body.br ? form(body.br, 'br') : plain,
    };
  }

  /** The response for a client that accepts `coding` (the plain one when that form was not worth making). */
  response(coding: Coding): Response {
    const { body, headers } = this.forms[coding];
    // The record is shared by every hit: Response copies it (or, in @hono/node-server, only reads it).
    return markSecured(new Response(body, { status: 200, headers: headers as Record<string, string> }));
  }
}

function form(body: Bytes, encoding: 'gzip' | 'br' | null): Form {
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
