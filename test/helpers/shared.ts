// Tests that read ../shared skip, with a visible note, when it is absent. CI always has it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe } from 'vitest';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'eval', 'CONTRACT.md'));

/** describe() when ../shared is there; otherwise a skipped suite whose name says why. */
export function describeShared(name: string, fn: () => void): void {
  if (HAS_SHARED) describe(name, fn);
  else {
    console.warn(`[skipped] "${name}": ../shared is not beside the project`);
    describe.skip(`${name} (skipped: ../shared is absent)`, fn);
  }
}
