// Import direction: reads every import (static, re-export and dynamic) of every module in src/ with
// TypeScript's own pre-processor and fails on one that goes up the layers of layers.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { LAYERS } from './layers.js';

const SRC = join(PROJECT_ROOT, 'src');

/** Folder (or top-level file) -> its rank, top (0) to bottom. */
const RANK = new Map(LAYERS.flatMap(({ folders }) => folders).map((f, i) => [f, i] as const));

function modulesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? modulesUnder(path) : e.name.endsWith('.ts') ? [path] : [];
  });
}

/** The folder of src/ a module belongs to ("annotate"), or the file itself when it stands at the top ("pipeline.ts"). */
const unitOf = (path: string): string => relative(SRC, path).split(sep)[0]!;

export interface WrongImport {
  from: string;
  to: string;
  specifier: string;
}

/** The imports of one module (given its text) that go up the layers. */
export function wrongImports(path: string, text: string): WrongImport[] {
  const from = unitOf(path);
  const out: WrongImport[] = [];
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    if (!specifier.startsWith('.')) continue;
    const target = resolve(dirname(path), specifier).replace(/\.js$/, '.ts');
    if (!target.startsWith(SRC + sep)) continue;
    const to = unitOf(target);
    if (to === from) continue;
    const a = RANK.get(from);
    const b = RANK.get(to);
    if (a === undefined || b === undefined || b < a) out.push({ from: relative(SRC, path), to: relative(SRC, target), specifier });
  }
  return out;
}

describe('import direction (test/architecture/layers.ts)', () => {
  const modules = modulesUnder(SRC);

  it('places every folder of src/ in a layer', () => {
    const units = [...new Set(modules.map(unitOf))];
    expect(units.filter((u) => !RANK.has(u))).toEqual([]);
  });

  it('has no import that goes up the layers', () => {
    const wrong = modules.flatMap((m) => wrongImports(m, readFileSync(m, 'utf8')));
    expect(wrong.map((w) => `${w.from} imports ${w.specifier} (${w.to})`)).toEqual([]);
  });

  it('catches an import that goes up, whatever its form', () => {
    const ledgerModule = join(SRC, 'ledger', 'example.ts');
    const stageModule = join(SRC, 'dating', 'example.ts');
    expect(wrongImports(ledgerModule, "import { runCli } from '../edges/cli/main.js';")).toHaveLength(1);
    expect(wrongImports(ledgerModule, "export { x } from '../edges/batch.js';")).toHaveLength(1);
    expect(wrongImports(ledgerModule, "const m = await import('../edges/http/app.js');")).toHaveLength(1);
    expect(wrongImports(stageModule, "import type { Timex } from '../annotate/types.js';")).toHaveLength(1);
    expect(wrongImports(stageModule, "import { MappedText } from '../text/mapped-text.js';")).toEqual([]);
    expect(wrongImports(ledgerModule, "import { processDocument } from '../pipeline.js';")).toEqual([]);
  });
});
