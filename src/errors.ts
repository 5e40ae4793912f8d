// Every error sitrep reports on purpose is defined here, once. Each edge (CLI exit codes, HTTP status,
// batch output lines) maps these codes in exactly one place; nothing else inspects error messages.

export const ERROR_CODES = {
  /** A batch input line is not JSON, or not an object. */
  BAD_JSON: 'bad_json',
  /** A document lacks a required field or has fields of the wrong type. */
  BAD_DOCUMENT: 'bad_document',
  /** The document is larger than the configured limit. */
  TOO_LARGE: 'too_large',
  /** Bytes that cannot be decoded as text in any supported encoding. */
  BAD_ENCODING: 'bad_encoding',
  /** Input that is well-formed but holds nothing to work on (an empty page). */
  EMPTY: 'empty',
  /** A file, directory or URL that cannot be read. */
  UNREADABLE: 'unreadable',
  /** A URL whose host is, or resolves to, an address not fetched unless allowed (loopback, private, link-local...). */
  REFUSED_ADDRESS: 'refused_address',
  /** A document that took longer than its time budget (the budget is configurable). */
  OVER_BUDGET: 'over_budget',
  /** An HTTP request naming a Host the server does not answer for (DNS rebinding). */
  UNKNOWN_HOST: 'unknown_host',
  /** Wrong command-line or API arguments. */
  USAGE: 'usage',
  /** The store cannot be opened or written. */
  STORE: 'store',
  /** A command that only reads was pointed at a ledger that does not exist (it is never created for a read). */
  NO_LEDGER: 'no_ledger',
  /** Something that is not found (an event id, a document). */
  NOT_FOUND: 'not_found',
  /** An unexpected failure inside a stage: a bug, reported per document so the batch goes on. */
  INTERNAL: 'internal',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class SitrepError extends Error {
  override readonly name = 'SitrepError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toJSON(): { code: ErrorCode; message: string } & Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.details };
  }
}

/** Wraps anything thrown into a SitrepError, keeping the original as the cause. */
export function asSitrepError(err: unknown, stage?: string): SitrepError {
  if (err instanceof SitrepError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SitrepError(ERROR_CODES.INTERNAL, stage ? `${stage}: ${message}` : message, stage ? { stage } : {}, {
    cause: err,
  });
}
