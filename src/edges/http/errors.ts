// The HTTP edge's one mapping from SitrepError codes to status codes, and the JSON error body. Every route
// throws SitrepError; nothing else in this folder picks a status for a failure.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod/v4';
import { ERROR_CODES, SitrepError, asSitrepError, type ErrorCode } from '../../errors.js';

export function statusFor(code: ErrorCode): ContentfulStatusCode {
  switch (code) {
    case ERROR_CODES.USAGE:
    case ERROR_CODES.BAD_JSON:
    case ERROR_CODES.BAD_DOCUMENT:
    case ERROR_CODES.BAD_ENCODING:
    case ERROR_CODES.EMPTY:
    case ERROR_CODES.REFUSED_ADDRESS:
      return 400;
    case ERROR_CODES.NOT_FOUND:
      return 404;
    case ERROR_CODES.TOO_LARGE:
    case ERROR_CODES.OVER_BUDGET:
      return 413;
    case ERROR_CODES.UNKNOWN_HOST:
      return 421;
    case ERROR_CODES.STORE:
    case ERROR_CODES.NO_LEDGER:
      return 503;
    default:
      return 500;
  }
}

/** Zod failures are argument errors: report which parameter and why, as a USAGE error. */
export function fromZod(err: ZodError): SitrepError {
  const what = err.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ');
  return new SitrepError(ERROR_CODES.USAGE, `invalid parameters: ${what}`);
}

export function errorResponse(err: unknown, c: Context): Response {
  // hono's own middleware (bearer auth: 401 with WWW-Authenticate) answers for itself; it is not a SitrepError.
  if (err instanceof HTTPException) return err.getResponse();
  const e = err instanceof ZodError ? fromZod(err) : asSitrepError(err, 'http');
  const status = statusFor(e.code);
  // A 500 body names the failure but not the stack: the details stay in the server log.
  if (status >= 500) console.error(`sitrep serve: ${c.req.method} ${c.req.path}: ${(err as Error)?.stack ?? String(err)}`);
  return c.json({ error: { code: e.code, message: e.message } }, status);
}
