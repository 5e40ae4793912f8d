// The Host header check against DNS rebinding: a web page on an attacker's name that re-resolves to
// 127.0.0.1 makes the browser send requests to this server with that name as Host, and read the answers
// as its own origin. Requests are answered only for names the server is known by: an IP address (a page
// cannot be served from a name and send an address as Host), localhost, the name it was bound to, and the
// names configured (sitrep serve --allowed-host; "*" answers any).
import type { MiddlewareHandler } from 'hono';
import { isIP } from 'node:net';
import { ERROR_CODES, SitrepError } from '../../errors.js';

/** The host name of a Host header ("example.org:8080" -> "example.org", "[::1]:80" -> "::1"), lower case. */
export function hostNameOf(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return (colon < 0 ? h : h.slice(0, colon)).replace(/\.$/, '');
}

export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  // HTTP/1.0 clients may send none; browsers always do.
  if (header === undefined || allowed.has('*')) return true;
  const name = hostNameOf(header);
  return isIP(name) !== 0 || name === 'localhost' || name.endsWith('.localhost') || allowed.has(name);
}

export function hostCheck(names: readonly string[]): MiddlewareHandler {
  const allowed = new Set(names.map((n) => hostNameOf(n)).filter(Boolean));
  return async (c, next) => {
    const header = c.req.header('host');
    if (!hostAllowed(header, allowed)) {
      throw new SitrepError(ERROR_CODES.UNKNOWN_HOST, `this server does not answer for the host "${hostNameOf(header!)}" (sitrep serve --allowed-host NAME)`);
    }
    await next();
  };
}
