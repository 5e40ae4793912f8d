// File access for CLI commands, with read failures turned into typed errors.
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ERROR_CODES, SitrepError } from '../../errors.js';

export async function openInput(path: string): Promise<Readable> {
  try {
    await access(path, constants.R_OK);
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${path}`, { path }, { cause: err });
  }
  return createReadStream(path);
}
