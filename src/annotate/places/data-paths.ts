// Where the gazetteer's files live: data/ of the project root (found from this module, in src/ or dist/src/).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, SitrepError } from '../../errors.js';

function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new SitrepError(ERROR_CODES.INTERNAL, 'cannot find the project root for data/');
}

/** The built gazetteer (made at install, not committed). */
export function gazetteerDataPath(): string {
  return join(projectRoot(), 'data', 'gazetteer.json');
}

/** The typed arrays of the built gazetteer, read as they are (made at install, not committed). */
export function gazetteerBinaryPath(): string {
  return join(projectRoot(), 'data', 'gazetteer.bin');
}

/** Ukraine's places from GeoNames' dump, derived by `build-gazetteer --ua` and committed. */
export function uaTablePath(): string {
  return join(projectRoot(), 'data', 'geonames-ua.tsv.gz');
}
