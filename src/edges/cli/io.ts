// File access for CLI commands, with read failures turned into typed errors.
import { createReadStream } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { ERROR_CODES, SitrepError } from '../../errors.js';

export async function openInput(path: string): Promise<Readable> {
  try {
    await access(path, constants.R_OK);
  } catch (err) {
    throw new SitrepError(ERROR_CODES.UNREADABLE, `cannot read ${path}`, { path }, { cause: err });
  }
  // A folder opens, and fails only when read (EISDIR): say so before, as the unreadable input it is.
  if ((await stat(path)).isDirectory()) throw new SitrepError(ERROR_CODES.UNREADABLE, `${path} is a folder, not a file of JSON Lines`, { path });
  return createReadStream(path);
}
