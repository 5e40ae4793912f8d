// Finds files shipped with the package (package.json, samples/) from compiled (dist/src/...) and source
// (src/...) modules alike, by walking up from this module to the folder holding sitrep's package.json.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null | undefined;

export function projectRoot(): string | null {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sitrep') return (root = dir);
    const up = dirname(dir);
    if (up === dir) return (root = null);
    dir = up;
  }
}

/** The version of the pipeline that annotated a document; a new one makes `ingest` annotate it again. */
export function pipelineVersion(): string {
  const dir = projectRoot();
  const version = dir ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version : undefined;
  return `sitrep@${version ?? 'unknown'}`;
}
