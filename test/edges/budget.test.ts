// The per-document budget in the compiled CLI (document threads need dist/; built here when missing): a
// 30 MB document ends in a typed error line, by size under the default budget and by time when the size
// budget lets it in, and the documents after it are annotated.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { longReport } from '../helpers/long-text.js';
import { tempDir } from '../ledger/fixtures.js';

const BIN = join(PROJECT_ROOT, 'bin', 'sitrep.js');
const SHORT = 'Shelling damaged a school in Kherson on Monday, officials said.';

beforeAll(() => {
  if (!existsSync(join(PROJECT_ROOT, 'dist', 'src', 'edges', 'document-thread.js'))) {
    execFileSync('npx', ['tsc', '-p', '.'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  }
});

function annotate(input: string, args: string[]): Promise<{ code: number | null; lines: Array<Record<string, any>>; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'annotate', '--input', input, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code,
        lines: Buffer.concat(out).toString().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>),
        err: Buffer.concat(err).toString(),
      }),
    );
  });
}

describe('per-document budget (compiled CLI)', () => {
  it('gives a 30 MB document a typed error line and annotates the lines after it', async () => {
    const tmp = tempDir();
    try {
      const input = join(tmp.dir, 'batch.jsonl');
      const huge = longReport(30_000_000, false);
      const lines = [{ id: 'before', text: SHORT }, { id: 'huge', text: huge }, { id: 'after', text: SHORT }, { id: 'last', text: SHORT }];
      writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');

      // The default budget refuses it by size, unread.
      const bySize = await annotate(input, []);
      expect(bySize.code).toBe(3);
      expect(bySize.lines.map((l) => l.id)).toEqual(['before', 'huge', 'after', 'last']);
      expect(bySize.lines[1]).toMatchObject({ error: { code: 'too_large', line: 2 } });
      for (const i of [0, 2, 3]) expect(bySize.lines[i]!.events.length).toBeGreaterThan(0);

      // Let in by size, it is stopped by time: its thread is ended and the next document gets a new one.
      const byTime = await annotate(input, ['--max-chars', '40000000', '--max-seconds', '3']);
      expect(byTime.code).toBe(3);
      expect(byTime.lines.map((l) => l.id)).toEqual(['before', 'huge', 'after', 'last']);
      expect(byTime.lines[1]).toMatchObject({ error: { code: 'over_budget', line: 2 } });
      expect(byTime.err).toContain('huge: over_budget');
      for (const i of [2, 3]) expect(byTime.lines[i]!.events).toEqual(bySize.lines[i]!.events);
    } finally {
      tmp.cleanup();
    }
  }, 180_000);

  it('refuses budgets that are no positive numbers', async () => {
    const tmp = tempDir();
    try {
      const input = join(tmp.dir, 'one.jsonl');
      writeFileSync(input, JSON.stringify({ id: 'a', text: SHORT }) + '\n');
      expect((await annotate(input, ['--max-seconds', '0'])).code).toBe(2);
      expect((await annotate(input, ['--max-chars', 'lots'])).code).toBe(2);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
