// Finds files shipped with the package (package.json, samples/) from compiled (dist/src/...) and source
// (src/...) modules alike, by walking up from this module to the folder holding sitrep's package.json.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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

/** Every code file under `dir` (the compiled .js, or the .ts when run from source), in a stable order. */
function codeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

let version: string | undefined;

/**
 * The version of the pipeline that annotated a document; a new one makes `ingest` annotate it again. It is
 * the package version plus a hash of the code this process runs (the src tree this module sits in,
 * compiled or not) and the gazetteer, so any change to extraction code or place data re-annotates stale
 * documents without anyone remembering to bump a number. Computed once per process (~10 ms).
 */
export function pipelineVersion(): string {
  if (version !== undefined) return version;
  const dir = projectRoot();
  const pkg = dir ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version : undefined;
  const srcDir = dirname(dirname(fileURLToPath(import.meta.url)));
  const hash = createHash('sha256');
  for (const file of codeFiles(srcDir)) hash.update(relative(srcDir, file)).update('\0').update(readFileSync(file)).update('\0');
  const gazetteer = dir ? join(dir, 'data', 'gazetteer.json') : null;
  if (gazetteer && existsSync(gazetteer)) hash.update(readFileSync(gazetteer));
  return (version = `sitrep@${pkg ?? 'unknown'}+${hash.digest('hex').slice(0, 12)}`);
}
