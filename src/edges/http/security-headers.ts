// The security headers every response carries, computed once. They are the ones hono's secureHeaders()
// middleware sends with this CSP (a test holds them equal); that middleware rebuilds them on each response
// through a Headers object, which on a cache hit cost more than the rest of the answer, so cached answers
// carry them in their prepared header record (see cached-reply.ts) and this middleware adds them to the rest.
//
// The page shows text taken from war-news pages: scripts only from this server, no inline script, no
// framing, no requests anywhere else, so even a rendering mistake cannot run or exfiltrate anything.
import type { MiddlewareHandler } from 'hono';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
});

const SECURITY_HEADER_LIST = Object.entries(SECURITY_HEADERS);

/**
 * Marks a response built with SECURITY_HEADERS already in its header record: the middleware leaves it be.
 * A property, not a WeakSet: thousands of responses a second in a WeakSet cost the garbage collector
 * (ephemeron barriers showed in the profile).
 */
const SECURED = Symbol('sitrep.secured');
type Marked = Response & { [SECURED]?: true };

export function markSecured(res: Response): Response {
  (res as Marked)[SECURED] = true;
  return res;
}

/** Sets SECURITY_HEADERS on every response not marked as carrying them (errors, static files, exports…). */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if ((c.res as Marked)[SECURED]) return;
    const headers = c.res.headers;
    for (const [name, value] of SECURITY_HEADER_LIST) headers.set(name, value);
  };
}
