// The CLI's one mapping from error codes to process exit codes.
import { ERROR_CODES, type ErrorCode } from '../../errors.js';

export const EXIT = {
  OK: 0,
  /** Unexpected failure of the command itself. */
  FAILURE: 1,
  /** Wrong arguments. */
  USAGE: 2,
  /** The batch ran to the end but some documents failed (each has an error line). */
  SOME_DOCUMENTS_FAILED: 3,
  /** Input that could not be read at all. */
  UNREADABLE: 4,
  /** The store could not be opened or written. */
  STORE: 5,
  NOT_FOUND: 6,
  /** A read command named a ledger that does not exist. */
  NO_LEDGER: 7,
} as const;

export function exitCodeFor(code: ErrorCode): number {
  switch (code) {
    case ERROR_CODES.USAGE:
      return EXIT.USAGE;
    case ERROR_CODES.UNREADABLE:
    case ERROR_CODES.REFUSED_ADDRESS:
      return EXIT.UNREADABLE;
    case ERROR_CODES.STORE:
      return EXIT.STORE;
    case ERROR_CODES.NOT_FOUND:
      return EXIT.NOT_FOUND;
    case ERROR_CODES.NO_LEDGER:
      return EXIT.NO_LEDGER;
    case ERROR_CODES.BAD_JSON:
    case ERROR_CODES.BAD_DOCUMENT:
    case ERROR_CODES.TOO_LARGE:
    case ERROR_CODES.BAD_ENCODING:
    case ERROR_CODES.EMPTY:
    case ERROR_CODES.OVER_BUDGET:
      return EXIT.SOME_DOCUMENTS_FAILED;
    default:
      return EXIT.FAILURE;
  }
}
