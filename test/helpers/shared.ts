// Tests that read ../shared skip, with a visible note, when it is absent; under CI (env CI set) they fail
// instead, as the PostgreSQL suites do, since CI always has it and a skip there would hide a broken setup.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, it } from 'vitest';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED = join(PROJECT_ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'eval', 'CONTRACT.md'));

/** describe() when ../shared is there; otherwise a skipped suite whose name says why (a failing one under CI). */
export function describeShared(name: string, fn: () => void): void {
  if (HAS_SHARED) describe(name, fn);
  else if (process.env.CI) {
    describe(name, () => {
      it('needs ../shared, which CI must have', () => {
        throw new Error(`${SHARED} is absent under CI`);
      });
    });
  } else {
    console.warn(`[skipped] "${name}": ../shared is not beside the project`);
    describe.skip(`${name} (skipped: ../shared is absent)`, fn);
  }
}
