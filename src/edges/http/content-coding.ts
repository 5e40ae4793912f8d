// Which of an answer's forms (encoded-body.ts) a request's Accept-Encoding allows, best first: brotli,
// then gzip, then the plain bytes (RFC 9110 §12.5.3: q-values, "*", x-gzip as gzip, q=0 refuses).
import { LRUCache } from 'lru-cache';
export type Coding = 'br' | 'gzip' | 'identity';

/** A client sends the same header on every request, so each distinct header is parsed once. */
const MAX_SEEN = 64;
const seen = new LRUCache<string, Coding>({ max: MAX_SEEN });

export function preferredCoding(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  let coding = seen.get(acceptEncoding);
  if (coding === undefined) {
    coding = parse(acceptEncoding);
    // Bounded against a client sending a new header each time: forgetting only costs a parse.
    seen.set(acceptEncoding, coding);
  }
  return coding;
}

function parse(header: string): Coding {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!name) continue;
    const weight = params.find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(value) ? value : 0);
  }
  const star = q.get('*');
  const weightOf = (c: string) => q.get(c) ?? star ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  // Plain bytes are always acceptable unless refused; a client that ranks them above both codings gets them.
  const identity = q.get('identity') ?? 0;
  const best = Math.max(br, gz);
  if (best <= 0 || identity > best) return 'identity';
  return br >= gz ? 'br' : 'gzip';
}
